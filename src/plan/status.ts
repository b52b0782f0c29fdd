/** Status cells: the plan's own wording mapped to a small canonical set. */
import type { CanonicalStatus, Status } from "./model";
import { memoByText } from "./memo";
import { looseKey } from "./text";

/**
 * Status wordings seen in plans and project tools, by loose key (`looseKey`: lowercase,
 * punctuation and extra spaces dropped). RAG colours are not statuses: `Red` is `unknown` here
 * and read by `parseRag` instead.
 */
const VOCABULARY: Record<string, CanonicalStatus> = {
  // Not started
  "not started": "notStarted",
  "not yet started": "notStarted",
  "not started yet": "notStarted",
  "yet to start": "notStarted",
  "not commenced": "notStarted",
  "not yet commenced": "notStarted",
  // In progress, on track
  "in progress": "inProgress",
  "in progress on track": "inProgress",
  "on track": "inProgress",
  "started": "inProgress",
  "ongoing": "inProgress",
  "on going": "inProgress",
  "open": "inProgress",
  "underway": "inProgress",
  "under way": "inProgress",
  "commenced": "inProgress",
  "wip": "inProgress",
  "work in progress": "inProgress",
  "active": "inProgress",
  // At risk: not late yet, but in trouble
  "at risk": "atRisk",
  "blocked": "atRisk",
  "issues": "atRisk",
  // Late
  "overdue": "overdue",
  "off track": "overdue",
  "delayed": "overdue",
  "behind": "overdue",
  "behind schedule": "overdue",
  "late": "overdue",
  "slipped": "overdue",
  "slipping": "overdue",
  // Complete
  "complete": "complete",
  "completed": "complete",
  "done": "complete",
  "closed": "complete",
  "achieved": "complete",
  "finished": "complete",
  "delivered": "complete",
  // Paused
  "paused": "paused",
  "on hold": "paused",
  "suspended": "paused",
  "deferred": "paused",
  // Cancelled
  "cancelled": "cancelled",
  "canceled": "cancelled",
  "superseded": "cancelled",
  "withdrawn": "cancelled",
  "no longer required": "cancelled",
  "not required": "cancelled",
  "abandoned": "cancelled",
  "dropped": "cancelled",
};

/** Words that qualify an "in progress" status: `In Progress (Overdue)`, `In progress - at risk`. */
const IN_PROGRESS_PREFIX = /^(?:in progress|ongoing|on going|started|underway|under way|open) (.+)$/;

/** The first words of a cell up to a dash, bracket, colon, semicolon or comma that starts detail. */
const STATUS_THEN_DETAIL = /^([^-–—(:;,]+?)\s*[-–—(:;,]\s*(.*\S)/s;

/**
 * The canonical meaning of a status cell, keeping the plan's wording (trimmed) in `raw`.
 * Case, spacing and punctuation do not matter. `Not Started` → `notStarted`;
 * `In Progress (on track)`, `On track`, `Ongoing`, `Open` → `inProgress`; `At risk`, `Blocked` →
 * `atRisk`; `In Progress (Overdue)`, `Overdue`, `Off track`, `Delayed`, `Behind` → `overdue`;
 * `Complete`, `Done`, `Closed`, `Achieved` → `complete`; `Paused`, `On hold` → `paused`;
 * `Cancelled`, `Superseded`, `Withdrawn`, `No longer required` → `cancelled`; blank → `blank`;
 * anything else (including RAG colours) → `unknown`.
 */
export function normaliseStatus(raw: string): Status {
  const written = raw.trim();
  return written === "" ? BLANK_STATUS : statusOf(written);
}

const BLANK_STATUS: Status = Object.freeze({ raw: "", canonical: "blank" });
// Each wording read once, its actions sharing one frozen result, so nothing changes one
// action's status through another's.
const statusOf = memoByText((written: string): Status => Object.freeze({ raw: written, canonical: canonicalOf(written) }));

function canonicalOf(written: string): CanonicalStatus {
  const key = looseKey(written);
  const direct = VOCABULARY[key];
  if (direct) return direct;
  // "In progress" qualified by how it is going: the qualifier decides.
  const qualified = IN_PROGRESS_PREFIX.exec(key);
  const qualifier = qualified ? VOCABULARY[qualified[1]] : undefined;
  if (qualifier === "inProgress" || qualifier === "atRisk" || qualifier === "overdue") {
    return qualifier;
  }
  // A status followed by detail after a dash, bracket, colon or comma (`Complete - evidence
  // filed`, `On track (see note)`): the words before the detail are the status.
  // Detail that is itself another status (`In progress (complete)`) contradicts it: unknown.
  const head = STATUS_THEN_DETAIL.exec(written);
  const headStatus = head ? VOCABULARY[looseKey(head[1])] : undefined;
  const detailStatus = head ? VOCABULARY[looseKey(head[2])] : undefined;
  if (headStatus && (!detailStatus || detailStatus === headStatus)) return headStatus;
  return "unknown";
}
