import type { ChangeSet, SheetActions, SheetCell, WorkbookPort } from "../../src/plan/port";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { buildSheet, buildWorkbook, dateCell } from "../support/snapshot-builder";

/** A port whose reads answer, in turn, from a list of snapshots or errors (the last repeats). */
export class FakePort implements WorkbookPort {
  reads = 0;
  applied: ChangeSet[] = [];
  /** The snapshot last read before each apply (what the change was prepared from). */
  appliedOver: (WorkbookSnapshot | undefined)[] = [];
  private lastRead: WorkbookSnapshot | undefined;

  constructor(private readonly answers: (WorkbookSnapshot | Error)[]) {}

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const answer = this.answers[Math.min(this.reads, this.answers.length - 1)];
    this.reads++;
    if (answer instanceof Error) throw answer;
    this.lastRead = answer;
    return answer;
  }

  async apply(changes: ChangeSet): Promise<void> {
    this.applied.push(changes);
    this.appliedOver.push(this.lastRead);
  }
}

/**
 * A small plan laid out as staff keep one: a title block, the header on row 3, workstream heading
 * rows, and a Glossary sheet.
 */
export function smallPlan(): WorkbookSnapshot {
  return buildWorkbook(
    buildSheet(
      "Action Plan",
      [
        ["Children's Services Improvement Plan"],
        [],
        ["Ref", "Action", "Lead Officer", "End Date", "Update on Progress", "Status", "Notes"],
        ["1. Leadership & Governance"],
        ["1", "Appoint an independent chair", "Chief Executive", dateCell(42185, "30/06/2015"), "27.05.15 KJ: Shortlist agreed", "In Progress", ""],
        ["1A", "Publish terms of reference", "Head of Governance", "TBC", "", "Not Started", ""],
        ["2. Practice"],
        ["2", "Audit 50 case files", "Principal Social Worker", dateCell(42216, "31/07/2015"), "", "Not Started", ""],
      ],
      { merged: ["A4:G4", "A7:G7"] },
    ),
    buildSheet("Glossary", [
      ["Initials", "Full Name", "Role"],
      ["KJ", "Kate Jones", "Service Manager - Access"],
      ["SS", "Sam Smith", "Head of Service"],
    ]),
  );
}

/**
 * Sheet actions that record what the views asked for. `userSelects` plays the user selecting
 * cells in the sheet: it becomes the current selection and every registered handler hears it.
 */
export function fakeSheetActions(): SheetActions & {
  calls: string[];
  /** What `currentSelection` answers. */
  selection: SheetCell;
  /** Handlers registered through `onSelectionChanged` and not yet removed. */
  handlers: Set<(selection: SheetCell) => void>;
  userSelects(sheet: string, address: string): void;
} {
  const calls: string[] = [];
  const handlers = new Set<(selection: SheetCell) => void>();
  const fake = {
    calls,
    handlers,
    selection: { sheet: "Action Plan", address: "A1" } as SheetCell,
    userSelects(sheet: string, address: string) {
      fake.selection = { sheet, address };
      for (const handler of [...handlers]) handler({ sheet, address });
    },
    selectCell: async (sheet: string, address: string) => void calls.push(`select ${sheet}!${address}`),
    activateSheet: async (sheet: string) => void calls.push(`activate ${sheet}`),
    onSelectionChanged: async (handler: (selection: SheetCell) => void) => {
      handlers.add(handler);
      return async () => void handlers.delete(handler);
    },
    currentSelection: async () => fake.selection,
    highlight: async (cells: SheetCell[]) => void calls.push(`highlight ${cells.length}`),
    clearHighlights: async () => void calls.push("clear"),
  };
  return fake;
}
