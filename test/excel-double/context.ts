/**
 * The request/sync machinery of the Excel double, modelled on Office.js: proxies queue work,
 * `context.sync()` runs the queue in order against the workbook state, loaded values become
 * readable only after that sync, and each sync is counted with an estimate of its bytes.
 */
import type { DocumentFileOptions } from "./document-file";
import type { WorkbookState } from "./state";

/** An error shaped like Office's `OfficeExtension.Error` (`name`, `code`, `message`). */
export class DoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** The double's knobs. Limits default to desktop Excel (none); pass 5 MB to act like the web. */
export interface DoubleOptions extends DocumentFileOptions {
  /** Highest ExcelApi version the double claims, e.g. `"1.12"` to hide merged areas. */
  excelApi?: string;
  /** Reject a sync whose response would exceed this many bytes (Excel on the web: 5 MB). */
  responseLimitBytes?: number;
  /** Reject a sync whose request would exceed this many bytes (Excel on the web: 5 MB). */
  requestLimitBytes?: number;
  /**
   * The code a too-large response fails with. "Excel on the web limits requests and responses to
   * 5 MB. The API returns a `RichAPI.Error` error if this limit is exceeded" ("Optimize performance
   * using the Excel JavaScript API", performance.md; "Resource limits and performance optimization
   * for Office Add-ins"): the error's code is not promised, so besides the usual
   * `ResponsePayloadSizeLimitExceeded` a test can pass a generic `GeneralException`.
   */
  responseLimitCode?: string;
}

/** One recorded round trip. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

/** What every context of one double shares: the workbook, options, counters and events. */
export interface DoubleHost {
  state: WorkbookState;
  options: DoubleOptions;
  syncs: SyncRecord[];
  selectionHandlers: Set<() => Promise<unknown>>;
}

/** A value staged by a load, committed only when the whole sync succeeds. */
export interface Staged {
  bytes: number;
  commit(): void;
}

type Op = { bytes: number; run(): Staged[] | void };

/** The double's `Excel.RequestContext`. */
export class DoubleContext {
  private queue: Op[] = [];
  /** False outside a running batch, like a context used after `Excel.run` returned. */
  open = false;
  /** The double's `context.workbook`. */
  readonly workbook: unknown;

  constructor(
    readonly host: DoubleHost,
    makeWorkbook: (context: DoubleContext) => unknown,
  ) {
    this.workbook = makeWorkbook(this);
  }

  /** Number of queued operations not yet synced. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queues an operation; `bytes` is its share of the request. */
  enqueue(bytes: number, run: () => Staged[] | void): void {
    if (!this.open) {
      throw new DoubleError("InvalidRequestContext", "This object was used outside its Excel.run batch.");
    }
    this.queue.push({ bytes, run });
  }

  /** Runs the queue in order; on error the queue is dropped and nothing loaded becomes readable. */
  async sync(): Promise<void> {
    if (!this.open) {
      throw new DoubleError("InvalidRequestContext", "context.sync() was called outside its Excel.run batch.");
    }
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = { requestBytes: ops.reduce((n, op) => n + op.bytes, 0), responseBytes: 0 };
    this.host.syncs.push(record);
    await Promise.resolve(); // a round trip is asynchronous
    const limits = this.host.options;
    if (limits.requestLimitBytes !== undefined && record.requestBytes > limits.requestLimitBytes) {
      throw new DoubleError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const staged: Staged[] = [];
    for (const op of ops) {
      // Writes before a failing operation stay applied, as in Excel: a batch is not a transaction.
      const result = op.run();
      if (result) staged.push(...result);
    }
    record.responseBytes = staged.reduce((n, s) => n + s.bytes, 0);
    if (limits.responseLimitBytes !== undefined && record.responseBytes > limits.responseLimitBytes) {
      throw new DoubleError(limits.responseLimitCode ?? "ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const s of staged) s.commit();
  }
}

/** JSON length, the double's estimate of a value's share of a request or response. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

/** Splits `"a, b"` / `["a","b"]` / `{ select: "a" }` load arguments into property paths. */
export function loadPaths(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap(loadPaths);
  if (typeof arg === "object" && arg !== null) {
    const select = (arg as { select?: unknown }).select;
    if (select !== undefined) return loadPaths(select);
    return Object.keys(arg).filter((k) => !k.startsWith("$"));
  }
  return [];
}

/**
 * Base of every proxy: `load()` queues a load, `loaded()` reads a value only once a sync has
 * delivered it (Office's `PropertyNotLoaded` otherwise).
 */
export abstract class DoubleObject {
  private delivered = new Map<string, unknown>();

  constructor(readonly context: DoubleContext) {}

  /** Queues a load of scalar properties, navigation paths (`worksheet/name`) or `items/...`. */
  load(arg?: unknown): this {
    const paths = loadPaths(arg);
    this.context.enqueue(jsonBytes(paths) + 20, () => this.fetch(paths.length ? paths : this.scalarNames()));
    return this;
  }

  /** Runs during sync: stages the values of `paths`. */
  fetch(paths: string[]): Staged[] {
    const staged: Staged[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const slash = path.indexOf("/");
      if (slash < 0) {
        const value = this.scalar(path);
        staged.push({ bytes: jsonBytes(value) + path.length + 4, commit: () => this.delivered.set(path, value) });
      } else {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
      }
    }
    for (const [head, rest] of nested) staged.push(...this.fetchNested(head, rest));
    return staged;
  }

  /** Reads a loaded value, or throws like Office when it was not loaded and synced. */
  protected loaded<T>(name: string): T {
    if (!this.delivered.has(name)) {
      throw new DoubleError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.delivered.get(name) as T;
  }

  /** Lets a collection publish its `items` without a property of that name. */
  protected stage(name: string, value: unknown, bytes: number): Staged {
    return { bytes, commit: () => this.delivered.set(name, value) };
  }

  /** Current value of a scalar property, computed from the workbook state during sync. */
  protected abstract scalar(name: string): unknown;

  /** Scalars loaded by a bare `load()`. */
  protected abstract scalarNames(): string[];

  /** Loads through a navigation property (`worksheet/name`); none by default. */
  protected fetchNested(head: string, rest: string[]): Staged[] {
    throw new DoubleError("InvalidArgument", `The double cannot load '${head}/${rest.join(",")}'.`);
  }
}

/**
 * A proxy returned by an `...OrNullObject` method: `isNullObject` is readable only after the
 * sync that evaluated it, and is settled where the call sits in the queue.
 */
export abstract class NullableObject extends DoubleObject {
  private settled: boolean | undefined;

  constructor(
    context: DoubleContext,
    private readonly nullable: boolean,
  ) {
    super(context);
    if (nullable) {
      context.enqueue(10, () => [{ bytes: 6, commit: () => (this.settled = this.exists()) }]);
    } else {
      this.settled = true;
    }
  }

  /** A null object delivers no values, so reading one throws like an unloaded property. */
  override fetch(paths: string[]): Staged[] {
    return this.nullable && !this.exists() ? [] : super.fetch(paths);
  }

  /** True when the object does not exist; throws before the evaluating sync. */
  get isNullObject(): boolean {
    if (this.settled === undefined) {
      throw new DoubleError("PropertyNotLoaded", "isNullObject is not available before context.sync().");
    }
    return !this.settled;
  }

  /** Whether the object exists in the current state. */
  protected abstract exists(): boolean;
}
