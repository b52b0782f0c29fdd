/** @jest-environment jsdom */
/**
 * Issue 11 item 11: round trips per real click, through the pane's own code paths. The real views
 * (their hooks and models) run over the Office adapter (`OfficeWorkbook`, `OfficeSheetActions`)
 * on the Excel double; each click is counted as the double's `context.sync()` calls from the click
 * until the pane is idle again. The counts must not grow with the plan: 200 and 2,000 actions.
 * `UPDATE_ROUND_TRIPS=1` prints the table the README's "Round trips per click" section shows.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { OfficeSheetActions, OfficeWorkbook } from "../../src/excel";
import type { CellValue } from "../../src/plan/snapshot";
import { AsOfProvider } from "../../src/taskpane/as-of";
import { HostProvider } from "../../src/taskpane/host-context";
import type { UserPreferences } from "../../src/taskpane/pane-host";
import { PortProvider } from "../../src/taskpane/port-context";
import { PlanView } from "../../src/taskpane/views/PlanView";
import { SummaryView } from "../../src/taskpane/views/SummaryView";
import { UpdateView } from "../../src/taskpane/views/UpdateView";
import { ValidateView } from "../../src/taskpane/views/ValidateView";
import { createExcelDouble, type ExcelDouble } from "../excel-double";

jest.setTimeout(300_000);

/** 30/04/2015 and 31/07/2015 as Excel serials (1900 system). */
const APRIL_30 = 42124;
const JULY_31 = 42216;

/**
 * A plan of `n` actions, header on row 1. Actions 1-5 ended 30/04/2015 and are still "In
 * Progress" and rated Green, so as at 08/06/2015 the rules give Red (findings with a safe fix:
 * set the RAG to "Red"); the rest are due 31/07/2015 and on time. The findings are the same at
 * every size, so only the plan grows.
 */
function plan(n: number): ExcelDouble {
  const rows: CellValue[][] = [["Ref", "Action", "Lead Officer", "End Date", "Update on Progress", "Status", "RAG"]];
  for (let i = 1; i <= n; i++) {
    const done = i <= 5;
    rows.push([
      String(i),
      `Action ${i}: review the quality of supervision`,
      "Head of Service",
      done ? APRIL_30 : JULY_31,
      done ? "01.05.15 KJ: This has been completed" : "01.06.15 KJ: Work has started",
      "In Progress",
      "Green",
    ]);
  }
  const double = createExcelDouble({
    "Action Plan": rows,
    Glossary: [
      ["Initials", "Full Name", "Role"],
      ["KJ", "Kate Jones", "Service Manager"],
    ],
  });
  // End dates as Excel shows them under dd/mm/yyyy.
  const sheet = double.state.sheets[0];
  for (let r = 2; r <= n + 1; r++) {
    const cell = sheet.cells.get(`${r},4`)!;
    const serial = cell.value as number;
    sheet.cells.set(`${r},4`, { ...cell, numberFormat: "dd/mm/yyyy", text: serial === APRIL_30 ? "30/04/2015" : "31/07/2015" });
  }
  return double;
}

function preferences(): UserPreferences {
  const saved = new Map([["initials", "KJ"]]);
  return { get: (key) => saved.get(key) ?? null, set: (key, value) => void saved.set(key, value) };
}

/** Waits until the pane has stopped calling Excel: no sync for a few quiet ticks, no spinner. */
async function settle(double: ExcelDouble): Promise<void> {
  let quiet = 0;
  let last = -1;
  while (quiet < 4) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    const busy = document.querySelector(".fui-Spinner") !== null;
    if (double.syncCount === last && !busy) quiet++;
    else quiet = 0;
    last = double.syncCount;
  }
}

/** Round trips of one click: `action` from a counter at zero until the pane is idle. */
async function count(double: ExcelDouble, action: () => void | Promise<void>): Promise<number> {
  await settle(double);
  double.resetCounters();
  await act(async () => {
    await action();
  });
  await settle(double);
  return double.syncCount;
}

/** The views in their providers, over the Office adapter on `double`. */
function pane(double: ExcelDouble, view: ReactElement) {
  const port = new OfficeWorkbook(double.run, double.supports);
  const sheet = new OfficeSheetActions(double.run, double.runWith);
  const prefs = preferences();
  return render(
    <FluentProvider theme={webLightTheme}>
      <PortProvider port={port}>
        <HostProvider sheet={sheet} preferences={prefs}>
          {/* The pane's one as-of date, as boot.tsx provides it, set to the plan's board date. */}
          <AsOfProvider preferences={prefs} workbook="round-trips" today={AS_OF}>
            {view}
          </AsOfProvider>
        </HostProvider>
      </PortProvider>
    </FluentProvider>,
  );
}

const JUNE_10 = () => new Date(2015, 5, 10, 14, 3);
const AS_OF = "2015-06-08";

/** Every click of the issue, in order, on a plan of `n` actions. */
async function clicks(n: number): Promise<Record<string, number>> {
  const double = plan(n);
  const out: Record<string, number> = {};
  const mounted: { unmount(): void }[] = [];
  const open = async (name: string, view: ReactElement) => {
    out[name] = await count(double, () => void mounted.push(pane(double, view)));
  };

  await open("Open Plan view", <PlanView />);
  mounted.pop()!.unmount();

  await open("Open Add update view", <UpdateView now={JUNE_10} />);
  out["Select a row"] = await count(double, () => double.userSelects("Action Plan", "B5"));
  const add = async (text: string) => {
    fireEvent.change(screen.getByRole("textbox", { name: /^Update/ }), { target: { value: text } });
    fireEvent.click(screen.getByRole("button", { name: "Add update" }));
  };
  out["Add update (first: creates the change log)"] = await count(double, () => add("Thresholds workshop held"));
  await waitFor(() => expect(screen.getByText("Update added to 4")).toBeTruthy());
  await act(async () => double.userSelects("Action Plan", "B6"));
  await settle(double);
  out["Add update (later)"] = await count(double, () => add("Second entry"));
  await waitFor(() => expect(screen.getByText("Update added to 5")).toBeTruthy());
  mounted.pop()!.unmount();

  await open("Open Validate view", <ValidateView />);
  out["Validate plan"] = await count(double, () => {
    fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
  });
  out["Highlight in sheet"] = await count(double, () => {
    fireEvent.click(screen.getByRole("button", { name: "Highlight" }));
  });
  await waitFor(() => expect(screen.getByText(/cells? marked in the sheet/)).toBeTruthy());
  out["Clear highlights"] = await count(double, () => {
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
  });
  await waitFor(() => expect(screen.getByText("Highlights cleared")).toBeTruthy());
  // A finding's own line inside its action's group (the group's item holds several).
  const fixable = screen
    .getAllByRole("listitem")
    .filter((li) => li.parentElement?.getAttribute("aria-label")?.startsWith("Problems of"))
    .find((li) => /Fix: set G\d+ to "Red"/.test(li.textContent ?? ""))!;
  out["Fix (then validates again)"] = await count(double, () => {
    fireEvent.click(within(fixable as HTMLElement).getByRole("button", { name: "Fix" }));
  });
  mounted.pop()!.unmount();

  await open("Open Board summary view", <SummaryView />);
  await settle(double);
  out["Create summary sheet"] = await count(double, () => {
    fireEvent.click(screen.getByRole("button", { name: "Create summary sheet" }));
  });
  await waitFor(() => expect(screen.getByRole("button", { name: /^Go to sheet RAG 2015-06-08/ })).toBeTruthy());
  mounted.pop()!.unmount();
  return out;
}

describe("round trips per click (issue 11 item 11)", () => {
  it("are the same for a 200-action plan and a 2,000-action plan, click by click", async () => {
    const small = await clicks(200);
    const large = await clicks(2000);
    expect(small["Open Plan view"]).toBeGreaterThan(0);
    if (process.env.UPDATE_ROUND_TRIPS) {
      const lines = Object.keys(small).map((k) => `| ${k} | ${small[k]} | ${large[k]} |`);
      console.log(["| click | 200 actions | 2,000 actions |", "| --- | --- | --- |", ...lines].join("\n"));
    }
    expect(large).toEqual(small);
    // Every click reaches Excel at least once, and none syncs in a loop over the plan.
    for (const n of Object.values(small)) expect(n).toBeGreaterThan(0);
    expect(Math.max(...Object.values(small))).toBeLessThan(15);
  });
});
