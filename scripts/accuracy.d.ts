/** Types of scripts/accuracy.js, for the accuracy floor test written in TypeScript. */
import type { Plan, WorkbookSnapshot } from "../src/plan";
import type { Finding } from "../src/plan/rules";

/** The core the measure runs: the TypeScript sources in jest, build/cli from the command line. */
export interface AccuracyApi {
  openSnapshot(file: string): Promise<WorkbookSnapshot>;
  readPlan(snapshot: WorkbookSnapshot): { ok: true; plan: Plan } | { ok: false; message: string };
  validatePlan(plan: Plan, asOf: string): { findings: Finding[] };
}

/** Summed figures over a set of workbooks. */
export interface AccuracyTotal {
  workbooks: number;
  layoutRight: number;
  columnsRight: number;
  columns: number;
  errorsLabelled: number;
  errorsFound: number;
  errorFindings: number;
  errorsCorrect: number;
  warningsLabelled: number;
  warningsFound: number;
  unlabelledWarnings: number;
  recall: number;
  precision: number;
}

export interface WorkbookScore {
  set: "gallery" | "reading" | "corpus";
  name: string;
  layout: { right: boolean; why: string[] };
  columns: { right: number; total: number; wrong: string[] };
  errors: { labelled: number; found: number; findings: number; correct: number; missed: string[]; falseAlarms: string[] };
  warnings: { labelled: number; found: number; unlabelled: number };
}

export interface AccuracyReport {
  sets: { gallery?: AccuracyTotal; reading?: AccuracyTotal; corpus?: AccuracyTotal };
  all: AccuracyTotal;
  workbooks: WorkbookScore[];
}

/** One answer key (test/fixtures/layouts/*.key.json, test/accuracy/reading/*.key.json). */
export interface AnswerKey {
  workbook: string;
  cause: string;
  asOf: string;
  plan: boolean;
  refusal?: string;
  sheets: { sheet: string; headerRow: number; actionRows: (number | string)[]; headingRows?: number[]; columns: Record<string, string | null> }[];
  defects: { sheet?: string; row?: number; rows?: number[]; ref?: string; rules: string[]; severity: "error" | "warning" | "info"; why: string }[];
  notes?: string;
}

export interface KeyEntry {
  set: "gallery" | "reading" | "corpus";
  name: string;
  file: string;
  key: AnswerKey;
}

export function measure(api: AccuracyApi, options?: { only?: string; sets?: ("gallery" | "reading" | "corpus")[] }): Promise<AccuracyReport>;
export function table(report: AccuracyReport): string;
export function expandRows(list?: (number | string)[]): number[];
export function columnNumber(letters: string): number;
export function loadEntries(): KeyEntry[];

/** Scores one workbook's reading (or refusal) and findings against its key. */
export function scoreEntry(
  entry: KeyEntry,
  result: { ok: true; plan: Pick<Plan, "sheets" | "actions" | "headings"> } | { ok: false; message: string },
  findings: Pick<Finding, "rule" | "severity" | "sheet" | "row" | "cell" | "message">[],
): WorkbookScore;
