/**
 * Conditional formats in the Excel double (ExcelApi 1.6; on RangeAreas 1.9): a collection per
 * range or RangeAreas with `add`, `getItem`, `items`, and formats with `id`, `type`, `priority`,
 * `custom.rule.formula`, `custom.format.fill.color` and `delete()`. Each sheet keeps its rules in
 * priority order (index 0 is the top). Kept apart from `proxies.ts`, which only hands these out.
 */
import type { RangeBounds } from "../../src/plan/cells";
import { DoubleContext, DoubleError, DoubleObject, jsonBytes, type Staged } from "./context";
import { intersects, type ConditionalFormatState, type SheetState } from "./state";

/** The types `ConditionalFormatCollection.add` accepts. */
const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

/** What a conditional-format collection covers: some areas of one sheet. */
export interface CoveredAreas {
  sheet: SheetState;
  areas: RangeBounds[];
}

/** A new id, unique in the workbook, as Office hands out (the double's are `{CF-n}`). */
function nextId(context: DoubleContext): string {
  const state = context.host.state;
  state.conditionalFormatSerial = (state.conditionalFormatSerial ?? 0) + 1;
  return `{CF-${state.conditionalFormatSerial}}`;
}

/** `Excel.ConditionalFormatCollection` of a range or RangeAreas: the rules touching its cells. */
export class ConditionalFormatCollectionProxy extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly covered: () => CoveredAreas,
  ) {
    super(context);
  }

  /** The loaded rules, top priority first; throws before `load("items/...")` and a sync. */
  get items(): ConditionalFormatProxy[] {
    return this.loaded<ConditionalFormatProxy[]>("items");
  }

  /** Adds a rule over the covered cells at the top priority, when the sync runs. */
  add(type: string): ConditionalFormatProxy {
    let added: { sheet: SheetState; format: ConditionalFormatState } | undefined;
    this.context.enqueue(jsonBytes(type) + 40, () => {
      if (!TYPES.includes(type)) throw new DoubleError("InvalidArgument", `'${type}' is not a conditional format type.`);
      const { sheet, areas } = this.covered();
      const format: ConditionalFormatState = { id: nextId(this.context), type, areas: areas.map((a) => ({ ...a })) };
      sheet.conditionalFormats.unshift(format);
      added = { sheet, format };
    });
    return new ConditionalFormatProxy(this.context, () => {
      if (!added) throw new DoubleError("ItemNotFound", "The conditional format was used before it was added.");
      return added;
    });
  }

  /** The rule with this id, among those touching the covered cells. */
  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, () => {
      const { sheet } = this.covered();
      const format = this.touching().find((f) => f.id === id);
      if (!format) throw new DoubleError("ItemNotFound", `The requested resource doesn't exist: conditional format '${id}'.`);
      return { sheet, format };
    });
  }

  private touching(): ConditionalFormatState[] {
    const { sheet, areas } = this.covered();
    return sheet.conditionalFormats.filter((f) => f.areas.some((a) => areas.some((b) => intersects(a, b))));
  }

  override fetch(paths: string[]): Staged[] {
    const { sheet } = this.covered();
    const items = this.touching().map((format) => new ConditionalFormatProxy(this.context, () => ({ sheet, format })));
    const sub = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    const staged: Staged[] = [this.stage("items", items, 2)];
    for (const item of items) staged.push(...item.fetch(sub.length ? sub : item.names()));
    return staged;
  }

  protected scalar(name: string): unknown {
    throw new DoubleError("InvalidArgument", `Collections have no property '${name}' in the double.`);
  }
  protected scalarNames(): string[] {
    return ["items"];
  }
}

/** `Excel.ConditionalFormat`. Only the custom kind has its rule and format modelled. */
export class ConditionalFormatProxy extends DoubleObject {
  private resolved: { sheet: SheetState; format: ConditionalFormatState } | undefined;

  constructor(
    context: DoubleContext,
    private readonly resolve: () => { sheet: SheetState; format: ConditionalFormatState },
  ) {
    super(context);
  }

  /** The rule this proxy stands for, resolved once (at the first sync that uses it). */
  target(): { sheet: SheetState; format: ConditionalFormatState } {
    if (!this.resolved) this.resolved = this.resolve();
    return this.resolved;
  }

  get id(): string {
    return this.loaded("id");
  }
  get type(): string {
    return this.loaded("type");
  }
  get priority(): number {
    return this.loaded("priority");
  }

  /** The custom rule's parts; using them on another type of rule fails at sync, like Office. */
  get custom(): CustomConditionalFormatProxy {
    return new CustomConditionalFormatProxy(this.context, () => {
      const format = this.target().format;
      if (format.type !== "Custom") {
        throw new DoubleError("InvalidOperation", `The conditional format is of type '${format.type}', not 'Custom'.`);
      }
      return format;
    });
  }

  /** Removes the rule when the sync runs. */
  delete(): void {
    this.context.enqueue(30, () => {
      const { sheet, format } = this.target();
      const index = sheet.conditionalFormats.indexOf(format);
      if (index < 0) throw new DoubleError("ItemNotFound", `The conditional format '${format.id}' no longer exists.`);
      sheet.conditionalFormats.splice(index, 1);
    });
  }

  names(): string[] {
    return this.scalarNames();
  }
  protected scalarNames(): string[] {
    return ["id", "type", "priority"];
  }
  protected scalar(name: string): unknown {
    const { sheet, format } = this.target();
    if (name === "id") return format.id;
    if (name === "type") return format.type;
    if (name === "priority") return sheet.conditionalFormats.indexOf(format);
    throw new DoubleError("InvalidArgument", `The double's conditional format has no property '${name}'.`);
  }
}

/** `Excel.CustomConditionalFormat`: `rule.formula` and `format.fill.color`. */
export class CustomConditionalFormatProxy {
  readonly rule: ConditionalFormatRuleProxy;
  readonly format: { fill: { color: string } };

  constructor(context: DoubleContext, resolve: () => ConditionalFormatState) {
    this.rule = new ConditionalFormatRuleProxy(context, resolve);
    const fill = {} as { color: string };
    Object.defineProperty(fill, "color", {
      set: (color: string) => context.enqueue(jsonBytes(color) + 30, () => void (resolve().fill = color)),
      get: () => {
        throw new DoubleError("InvalidArgument", "The double's conditional fill is write-only (tests read the state).");
      },
    });
    this.format = { fill };
  }
}

/** `Excel.ConditionalFormatRule` of a custom rule. */
export class ConditionalFormatRuleProxy extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly resolve: () => ConditionalFormatState,
  ) {
    super(context);
  }

  get formula(): string {
    return this.loaded("formula");
  }
  set formula(formula: string) {
    this.context.enqueue(jsonBytes(formula) + 30, () => void (this.resolve().formula = formula));
  }

  protected scalarNames(): string[] {
    return ["formula"];
  }
  protected scalar(name: string): unknown {
    if (name === "formula") return this.resolve().formula ?? "";
    throw new DoubleError("InvalidArgument", `The double's conditional format rule has no property '${name}'.`);
  }
}
