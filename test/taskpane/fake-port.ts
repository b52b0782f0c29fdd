import type { ChangeSet, WorkbookPort } from "../../src/plan/port";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { buildSheet, buildWorkbook, dateCell } from "../support/snapshot-builder";

/** A port whose reads answer, in turn, from a list of snapshots or errors (the last repeats). */
export class FakePort implements WorkbookPort {
  reads = 0;
  applied: ChangeSet[] = [];

  constructor(private readonly answers: (WorkbookSnapshot | Error)[]) {}

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const answer = this.answers[Math.min(this.reads, this.answers.length - 1)];
    this.reads++;
    if (answer instanceof Error) throw answer;
    return answer;
  }

  async apply(changes: ChangeSet): Promise<void> {
    this.applied.push(changes);
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

/** Sheet actions that record what the views asked for. */
export function fakeSheetActions(): import("../../src/taskpane/pane-host").SheetActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    selectCell: async (sheet, address) => void calls.push(`select ${sheet}!${address}`),
    activateSheet: async (sheet) => void calls.push(`activate ${sheet}`),
    onSelectionChanged: async () => async () => undefined,
    currentSelection: async () => ({ sheet: "Action Plan", address: "A1" }),
    highlight: async (cells) => void calls.push(`highlight ${cells.length}`),
    clearHighlights: async () => void calls.push("clear"),
  };
}
