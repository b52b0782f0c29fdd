import type { CanonicalStatus } from "./model";
import { normaliseStatus } from "./status";

/** The plan's own wording for each canonical status it uses (first seen wins). */
export type StatusWording = Partial<Record<CanonicalStatus, string>>;

/** Learns the plan's status words so fixes and the status dropdown speak its language. */
export function statusWording(vocabulary: string[]): StatusWording {
  const wording: StatusWording = {};
  for (const raw of vocabulary) {
    const { canonical } = normaliseStatus(raw);
    if (canonical !== "unknown" && canonical !== "blank") wording[canonical] ??= raw;
  }
  return wording;
}
