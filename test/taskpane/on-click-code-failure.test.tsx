/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { SummaryView } from "../../src/taskpane/views/SummaryView";
import { ValidateView } from "../../src/taskpane/views/ValidateView";
import { fixtureSnapshot, READING } from "../support/fixtures";
import { clone, SnapshotPort } from "./snapshot-port";
import { memoryPreferences, planShown, renderInPane, renderUpdateView, userSelects } from "./update-render";
import { fakeSheetActions } from "./fake-port";

// What a click runs is fetched when first clicked (import(), prefetched when idle). Here each
// fetch fails, as a chunk does when the connection drops: requiring the module throws, so its
// import() rejects. The click must say so and write nothing.
jest.mock("../../src/taskpane/summary-writer", () => {
  throw new Error("Loading chunk summary-writer failed.");
});
jest.mock("../../src/taskpane/validate-engine", () => {
  throw new Error("Loading chunk validate-report failed.");
});
jest.mock("../../src/taskpane/update-writer", () => {
  throw new Error("Loading chunk update-writer failed.");
});

// A shared, busy machine: jsdom renders Fluent slowly.
jest.setTimeout(20_000);

let reading: WorkbookSnapshot;
beforeAll(async () => {
  reading = await fixtureSnapshot(READING);
});

const options = () => ({ sheet: fakeSheetActions(), preferences: memoryPreferences({ initials: "KJ" }) as never, now: () => new Date(2015, 5, 10, 14, 3) });

test("Create summary sheet whose writer cannot be loaded says so and writes nothing", async () => {
  const port = new SnapshotPort(clone(reading));
  renderInPane(port, <SummaryView />, options());
  fireEvent.change(screen.getByLabelText(/As at/), { target: { value: "2015-06-08" } });
  await screen.findByRole("table", { name: "Workstreams as at 08/06/2015" });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Create summary sheet" }));
  });
  await screen.findByText("The summary sheet was not created");
  expect(document.body.textContent).toContain("Loading chunk summary-writer failed.");
  expect(document.body.textContent).toContain("Nothing was written.");
  expect(port.applied).toHaveLength(0);
  // The preview stays, and the button can be used again.
  expect(screen.getByRole("table", { name: "Workstreams as at 08/06/2015" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Create summary sheet" }).getAttribute("aria-disabled")).not.toBe("true");
});

test("Validate whose checks cannot be loaded says so, with Retry, and saves no stamp", async () => {
  const port = new SnapshotPort(clone(reading));
  renderInPane(port, <ValidateView />, options());
  fireEvent.change(screen.getByLabelText(/As at/), { target: { value: "2015-06-08" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
  });
  await screen.findByText("The plan could not be validated");
  expect(document.body.textContent).toContain("Loading chunk validate-report failed.");
  expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
  expect(port.applied).toHaveLength(0);
});

test("Add update whose writer cannot be loaded says so and writes nothing", async () => {
  const port = new SnapshotPort(clone(reading));
  const { sheet } = options();
  renderUpdateView(port, { sheet, preferences: memoryPreferences({ initials: "KJ" }) });
  await planShown();
  await userSelects(sheet, "Action Plan", "E46");
  fireEvent.change(screen.getByRole("textbox", { name: /^Update/ }), { target: { value: "Thresholds workshop held" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Add update" }));
  });
  await screen.findByText(/Loading chunk update-writer failed\./);
  expect(document.body.textContent).toContain("Nothing was written.");
  expect(port.applied).toHaveLength(0);
  // What was typed is kept, to add again.
  expect(screen.getByRole("textbox", { name: /^Update/ })).toHaveProperty("value", "Thresholds workshop held");
});
