/** The plan as the core understands it: actions, their fields, and where each came from. */

/** A calendar date as `YYYY-MM-DD`. Dates carry no time and no time zone. */
export type IsoDate = string;

/** The meanings a plan column can have. */
export type ColumnRole =
  | "ref"
  | "task"
  | "owner"
  | "endDate"
  | "update"
  | "successMeasures"
  | "status"
  | "rag"
  | "workstream"
  | "priority"
  // Completion fields project tools export (issue 10 cause 11): optional, never required.
  | "startDate"
  | "percentComplete"
  | "completedDate"
  | "lateFlag";

/** Day-first (UK) or month-first (US export) reading of a date column. */
export type DateOrder = "dmy" | "mdy";

/** An end date as written: a date, "TBC", blank, or something that is not a date. */
export type EndDate =
  | {
      kind: "date";
      date: IsoDate;
      /** What the cell shows. */
      text: string;
      /** Written with a two-digit year (`31/07/15`). */
      twoDigitYear: boolean;
      /** Came from an Excel date serial rather than text. */
      fromSerial: boolean;
      /** Written as a period (`Q3 2024/25`, `Autumn term 2024`): why `date` is its last day. */
      period?: string;
    }
  /** To be confirmed, or no end at all: `standing` for `Ongoing`, `Monthly`, `With immediate effect`. */
  | { kind: "tbc"; text: string; standing?: boolean }
  | { kind: "blank" }
  | {
      kind: "invalid";
      text: string;
      /** Why it is not a date: "not a date" or an impossible date such as 31/02/2022. */
      reason: string;
    };

/** An end date that is a real date. */
export type DatedEndDate = Extract<EndDate, { kind: "date" }>;

/** One dated, initialled entry in an update cell. */
export interface UpdateEntry {
  /** The entry date when one leads the entry (year inferred from neighbours when omitted). */
  date?: IsoDate;
  /** The date as written, e.g. `27.05.15`, `03.06.2015`, `03.06`. */
  dateText?: string;
  /** The year was not written (`03.06 SS:`) and was inferred. */
  yearInferred?: boolean;
  /**
   * Why `date` is absent although `dateText` is present: the date written is impossible
   * (`31.02.15 is not a real date`) or has no year that can be inferred.
   */
  dateIssue?: string;
  /** Initials as written, e.g. `KJ`, `KMc`, `AMD`. */
  initials?: string;
  /**
   * The mark between the entry's date and initials and its words, as written: `:`, a dash
   * (`01.06.2015 - Tasks`), `.` (`03.06.2015. Complete`) or `""` when none (`02.06.2015 EB confirmed`).
   */
  separator?: string;
  /** The entry's words without its date and initials. */
  text: string;
  /** The entry exactly as written in the cell. */
  raw: string;
  /** Offset of `raw` in the cell text. */
  start: number;
  /**
   * The period column the entry was written in, when the plan keeps its updates one column per
   * period: an entry with no date of its own takes the period's last day as `date`.
   */
  period?: UpdatePeriod;
  /** The entry's cell (A1), when the action's updates span several period columns. */
  cell?: string;
}

/** The period a column of an update history covers, read from its heading. */
export interface UpdatePeriod {
  /** The heading as written (`Action: March 2024`, `November 2024`, `Update Q2`). */
  name: string;
  /** First and last day of the period; absent when the heading names no datable period (`Update Q2`). */
  from?: IsoDate;
  to?: IsoDate;
}

/** One column of an update history kept over period columns. */
export interface UpdateColumn {
  /** 1-based column number. */
  column: number;
  header: string;
  period: UpdatePeriod;
}

/** One action's cell in one period column, blank or not. */
export interface UpdateCell {
  /** A1 address on the action's sheet. */
  cell: string;
  column: number;
  /** The cell exactly as written. */
  text: string;
  period: UpdatePeriod;
}

/** A `% Complete` cell (issue 10 cause 11). */
export interface PercentComplete {
  /** The share done, 0-100 (`0.75` formatted as a percentage, `75` and `"75%"` are all 75); null when blank or not a percentage. */
  value: number | null;
  /** What the cell shows. */
  text: string;
}

/** A late (overdue) flag cell as project tools export it: `Yes`, `true`, `Late`. */
export interface LateFlag {
  /** True when the cell says late, false when it says not late, null when blank or not a yes/no. */
  late: boolean | null;
  text: string;
}

/** Canonical statuses; a plan's own wording is kept beside it in `Status.raw`. */
export type CanonicalStatus =
  | "notStarted"
  | "inProgress"
  | "atRisk"
  | "overdue"
  | "complete"
  | "paused"
  | "cancelled"
  | "blank"
  | "unknown";

export interface Status {
  /** The plan's own wording, trimmed. */
  raw: string;
  canonical: CanonicalStatus;
}

/** RAG colours; Blue means complete (BRAG). */
export type RagColour = "blue" | "green" | "amber" | "red";

/** One owner named in an owner cell. */
export interface Owner {
  /** As written, trimmed (`Service Manager - Access`). */
  name: string;
}

/** A person listed in the plan's glossary. */
export interface GlossaryEntry {
  initials: string;
  fullName: string;
  role: string;
  email?: string;
}

/** A heading row between actions. */
export interface Heading {
  sheet: string;
  row: number;
  level: "workstream" | "priority";
  text: string;
}

/** One action row. */
export interface Action {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  ref: string | null;
  /** `81A` → `81`; null for a top-level ref. */
  parentRef: string | null;
  task: string;
  /** The owner cell as written. */
  ownerText: string;
  owners: Owner[];
  /** True when the owner cell is blank or says TBC. */
  ownerUnknown: boolean;
  endDate: EndDate;
  /**
   * The update cell exactly as written. When the plan keeps updates one column per period, the
   * latest period's cell (`cells.update`), which may be blank while an earlier period holds the
   * current update.
   */
  updateText: string;
  /** The update log's entries, oldest first; over every period column when there are several. */
  updates: UpdateEntry[];
  /** Every period column's cell, oldest period first, when the plan keeps updates one column per period. */
  updateHistory?: UpdateCell[];
  successMeasures: string;
  status: Status;
  /** The plan's own RAG column, when it has one and the cell names a colour. */
  rag: RagColour | null;
  /** The RAG cell as written. */
  ragText: string;
  workstream: string | null;
  priority: string | null;
  /** `% Complete`, when the plan has that column. */
  percentComplete?: PercentComplete;
  /** The completed date, when the plan has that column: read as an end date is (a date, blank, or what was typed). */
  completedDate?: EndDate;
  /** The late flag, when the plan has that column. */
  lateFlag?: LateFlag;
  /** A1 address of each mapped field's cell on `sheet`. */
  cells: Partial<Record<ColumnRole, string>>;
}

/** Where a plan table sits on one sheet. */
export interface PlanSheet {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 1-based column number of each mapped role. */
  columns: Partial<Record<ColumnRole, number>>;
  /** The header text of each mapped role, as written. */
  headers: Partial<Record<ColumnRole, string>>;
  /** The Excel Table the plan lives in, if any. */
  table?: string;
  /** Last 1-based sheet row read as part of the plan. */
  lastRow: number;
  dateOrder: DateOrder;
  /** The date order of typed update entries, decided from the update column alone (issue 10 cause 10). */
  updateDateOrder?: DateOrder;
  /**
   * The update history's period columns, oldest period first, when updates are kept one column
   * per period (`columns.update` is then the latest of them).
   */
  updateColumns?: UpdateColumn[];
}

/** A plan read from a workbook. */
export interface Plan {
  sheets: PlanSheet[];
  actions: Action[];
  headings: Heading[];
  /** Workstream names in plan order. */
  workstreams: string[];
  glossary: GlossaryEntry[];
  /** Where the glossary was found, e.g. `Glossary!A1`. */
  glossaryAt?: string;
  /** 0..1: how sure the reader is of the column mapping. */
  confidence: number;
  /** Why the reader chose this sheet, header and mapping, in plain words. */
  reasons: string[];
  /** Statuses in the plan's own wording, in first-seen order (blank excluded). */
  statusVocabulary: string[];
}
