/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WorkbookReadError } from "../../src/plan/port";
import { buildWorkbook } from "../support/snapshot-builder";
import { PortProvider } from "../../src/taskpane/port-context";
import { PlanView } from "../../src/taskpane/views/PlanView";
import { FakePort, smallPlan } from "./fake-port";

function renderView(port: FakePort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PortProvider port={port}>
        <PlanView />
      </PortProvider>
    </FluentProvider>,
  );
}

/** The definition (dd) that follows a term (dt) in the "Where the plan is" list. */
function fact(term: string): string {
  const dt = screen.getByText(term, { selector: "dt *" }).closest("dt")!;
  return dt.nextElementSibling!.textContent ?? "";
}

/** A field's column picker (a native select, named by its row's header). */
const picker = (field: string) => screen.getByRole("combobox", { name: field }) as HTMLSelectElement;

/** What a field's picker shows: the text of its selected option. */
const shown = (field: string) => picker(field).selectedOptions[0]?.textContent;

/** Chooses the option named `option` in a field's picker, as a user would. */
function choose(field: string, option: string) {
  const select = picker(field);
  fireEvent.change(select, { target: { value: (within(select).getByRole("option", { name: option }) as HTMLOptionElement).value } });
}

describe("PlanView", () => {
  test("shows a spinner while reading, then the plan the real readPlan found", async () => {
    const port = new FakePort([smallPlan()]);
    renderView(port);
    expect(screen.getByText("Reading the plan…")).toBeTruthy();

    expect(await screen.findByRole("heading", { name: "Where the plan is" })).toBeTruthy();
    expect(fact("Sheet")).toBe('"Action Plan"');
    expect(fact("Header row")).toBe("3");
    expect(fact("Actions")).toBe("3");
    expect(fact("Glossary")).toMatch(/^2 people/);
    expect(port.reads).toBe(1);
  });

  test("shows each field's column with its header text", async () => {
    renderView(new FakePort([smallPlan()]));
    await screen.findByRole("combobox", { name: "Owner" });
    expect(shown("Owner")).toBe("C · Lead Officer");
    expect(shown("Status")).toBe("F · Status");
    expect(shown("RAG")).toBe("Not used");
    // The small plan's workstreams are heading rows, not a column.
    expect(shown("Workstream")).toBe("From heading rows");
  });

  test("lists actions per workstream and the confidence with its reasons", async () => {
    renderView(new FakePort([smallPlan()]));
    const table = await screen.findByRole("table", { name: "Actions per workstream" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));
    expect(rows).toEqual([
      ["1. Leadership & Governance", "2"],
      ["2. Practice", "1"],
    ]);
    expect(screen.getByText(/^Confidence: (High|Medium|Low) \(\d+%\)/)).toBeTruthy();
    expect(screen.getByText(/header on row 3/)).toBeTruthy();
  });

  test("a corrected column re-reads the plan from the same snapshot", async () => {
    const port = new FakePort([smallPlan()]);
    renderView(port);
    await screen.findByRole("combobox", { name: "Owner" });
    choose("Owner", "G · Notes");

    expect(shown("Owner")).toBe("G · Notes");
    expect(screen.getByRole("button", { name: "Use detected columns" })).toBeTruthy();
    expect(port.reads).toBe(1);

    fireEvent.click(screen.getByRole("button", { name: "Use detected columns" }));
    expect(shown("Owner")).toBe("C · Lead Officer");
    expect(screen.queryByRole("button", { name: "Use detected columns" })).toBeNull();
  });

  test("moving a field onto another's column leaves the other unmapped", async () => {
    renderView(new FakePort([smallPlan()]));
    await screen.findByRole("combobox", { name: "Owner" });
    choose("Owner", "F · Status");
    expect(shown("Owner")).toBe("F · Status");
    expect(shown("Status")).toBe("Not used");
  });

  test("a failed read shows the message and Retry reads again", async () => {
    const port = new FakePort([new WorkbookReadError("Excel could not read this workbook: busy."), smallPlan()]);
    renderView(port);
    expect(await screen.findByText("Excel could not read this workbook: busy.")).toBeTruthy();
    expect(screen.getByText("No plan could be read")).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    });
    expect(await screen.findByRole("heading", { name: "Where the plan is" })).toBeTruthy();
    expect(port.reads).toBe(2);
  });

  test("an unexpected error is shown in plain words, not swallowed", async () => {
    renderView(new FakePort([new Error("socket closed")]));
    expect(await screen.findByText("The workbook could not be read: socket closed")).toBeTruthy();
  });

  test("a workbook without a plan shows readPlan's message", async () => {
    renderView(new FakePort([buildWorkbook()]));
    expect(await screen.findByText(/The workbook is empty/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  test("Read again reads the workbook again", async () => {
    const port = new FakePort([smallPlan()]);
    renderView(port);
    const readAgain = await screen.findByRole("button", { name: "Read again" });
    await act(async () => {
      fireEvent.click(readAgain);
    });
    expect(await screen.findByRole("heading", { name: "Where the plan is" })).toBeTruthy();
    expect(port.reads).toBe(2);
  });
});
