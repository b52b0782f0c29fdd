/** Small helpers shared by the bench's parts. */
import { performance } from "node:perf_hooks";

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error("No values to take a median of.");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds `fn` took, and its result. */
export function timed<T>(fn: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = fn();
  return { ms: performance.now() - started, result };
}

/** Milliseconds an async `fn` took, and its result. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

/** Rounds to `digits` decimals (for the JSON: no 12.345678901). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * How many times to run something: at least `min`, at most `max`, and no more once another run
 * (as long as the average so far) would end past `budgetMs`.
 */
export interface RunPlan {
  min: number;
  max: number;
  budgetMs: number;
}

/** Runs `fn` (which returns its own measurement) as `plan` says; returns every measurement. */
export async function repeat<T>(plan: RunPlan, fn: (i: number) => T | Promise<T>): Promise<T[]> {
  const started = performance.now();
  const out: T[] = [];
  for (;;) {
    const spent = performance.now() - started;
    const next = out.length === 0 ? 0 : spent / out.length;
    if (out.length >= Math.max(1, plan.min) && (out.length >= plan.max || spent + next > plan.budgetMs)) return out;
    out.push(await fn(out.length));
  }
}
