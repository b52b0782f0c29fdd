/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { ownerOptions } from "../../src/taskpane/my-actions-model";
import { readPlan } from "../../src/plan/read-plan";
import { fixtureSnapshot, READING } from "../support/fixtures";
import { buildSheet, buildWorkbook, dateCell } from "../support/snapshot-builder";
import { clone, SnapshotPort } from "./snapshot-port";
import { memoryPreferences, planShown, renderUpdateView } from "./update-render";

/** Head of Service owns five actions: on track, two overdue, one TBC and one complete. */
function ownersPlan(): WorkbookSnapshot {
  return buildWorkbook(
    buildSheet("Action Plan", [
      ["Improvement Plan"],
      ["Ref", "Action", "Lead Officer", "End Date", "Update", "Status"],
      ["1", "Refresh the threshold document", "Head of Service", dateCell(42216, "31/07/2015"), "", "In Progress"],
      ["2", "Audit supervision records", "Head of Service", dateCell(42160, "05/06/2015"), "", "In Progress"],
      ["3", "Recruit two team managers", "Head of Service", dateCell(42155, "31/05/2015"), "", "Not Started"],
      ["4", "Agree the MASH protocol", "Head of Service", "TBC", "", "Not Started"],
      ["5", "Publish the practice standards", "Head of Service", dateCell(42095, "01/04/2015"), "01.04.15 HS: Published", "Complete"],
      ["6", "Set up the board", "Chief Executive", dateCell(42185, "30/06/2015"), "", "In Progress"],
      ["7", "Review caseloads", "Head of Service/Chief Executive", dateCell(42170, "15/06/2015"), "", "In Progress"],
    ]),
    buildSheet("Glossary", [
      ["Initials", "Full Name", "Role"],
      ["HS", "Hana Shah", "Head of Service"],
      ["CE", "Chris Evans", "Chief Executive"],
    ]),
  );
}

/** The listed actions' refs, in order. */
function listedRefs(owner: string): string[] {
  const list = screen.getByRole("list", { name: `Actions for ${owner}` });
  return within(list)
    .getAllByRole("button")
    .map((b) => b.querySelector("strong")?.textContent ?? "");
}

/** The Role select (a native select), the text of its chosen option, and choosing by that text. */
const roleSelect = () => screen.getByRole("combobox", { name: "Role" }) as HTMLSelectElement;
const chosenRole = () => roleSelect().selectedOptions[0]?.textContent;
function chooseRole(text: string) {
  const option = within(roleSelect()).getByRole("option", { name: text }) as HTMLOptionElement;
  fireEvent.change(roleSelect(), { target: { value: option.value } });
}

async function openMyActions() {
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "My actions" }));
  });
  // The panel's code loads when the tab is first opened (React.lazy): wait for its Role select.
  await screen.findByRole("combobox", { name: "Role" });
}

describe("My actions", () => {
  test("takes the role from the user's initials and lists overdue actions first, then by end date", async () => {
    renderUpdateView(new SnapshotPort(ownersPlan()), { preferences: memoryPreferences({ initials: "HS" }) });
    await planShown();
    await openMyActions();
    expect(chosenRole()).toBe("Head of Service (6)");
    expect(screen.getByText("From your initials in the plan's glossary.")).toBeTruthy();
    // 3 is 10 days overdue, 2 is 5; then 7 and 1 by end date; 4 has no real date; 5 is complete.
    expect(listedRefs("Head of Service")).toEqual(["3", "2", "7", "1", "4"]);
    expect(screen.getByText("5 open actions for Head of Service, 2 overdue. Select one to go to its row and add an update.")).toBeTruthy();
    const first = within(screen.getByRole("list", { name: "Actions for Head of Service" })).getAllByRole("button")[0];
    expect(first.textContent).toContain("Recruit two team managers");
    expect(first.textContent).toContain("End 31/05/2015 · 10 days overdue");
    expect(first.textContent).toContain("Red");
  });

  test("closed actions are hidden until asked for, then listed last", async () => {
    renderUpdateView(new SnapshotPort(ownersPlan()), { preferences: memoryPreferences({ initials: "HS" }) });
    await planShown();
    await openMyActions();
    fireEvent.click(screen.getByRole("checkbox", { name: "Show complete and cancelled actions" }));
    expect(listedRefs("Head of Service")).toEqual(["3", "2", "7", "1", "4", "5"]);
    expect(within(screen.getByRole("list", { name: "Actions for Head of Service" })).getAllByRole("button")[5].textContent).toContain("Blue (complete)");
  });

  test("without initials, asks for a role; any owner the plan names can be chosen", async () => {
    renderUpdateView(new SnapshotPort(ownersPlan()));
    await planShown();
    await openMyActions();
    expect(screen.getByText("Choose a role to see its actions.")).toBeTruthy();
    // The prompt is the chosen, disabled first option until a role is picked.
    expect(within(roleSelect()).getAllByRole("option").map((o) => o.textContent)).toEqual(["Choose a role", "Chief Executive (2)", "Head of Service (6)"]);
    expect(chosenRole()).toBe("Choose a role");
    chooseRole("Chief Executive (2)");
    expect(chosenRole()).toBe("Chief Executive (2)");
    expect(listedRefs("Chief Executive")).toEqual(["7", "6"]);
  });

  test("selecting an action selects its row in the sheet and opens it in Add update", async () => {
    const { sheet } = renderUpdateView(new SnapshotPort(ownersPlan()), { preferences: memoryPreferences({ initials: "HS" }) });
    await planShown();
    await openMyActions();
    const recruit = within(screen.getByRole("list", { name: "Actions for Head of Service" })).getAllByRole("button")[0];
    await act(async () => {
      fireEvent.click(recruit);
    });
    expect(sheet.calls).toEqual(["select Action Plan!A5"]);
    expect(screen.getByRole("tab", { name: "Selected action" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("heading", { name: "Action 3" })).toBeTruthy();
    // The My actions tab keeps its state for the way back.
    await openMyActions();
    expect(chosenRole()).toBe("Head of Service (6)");
  });

  test("on the Reading plan, one role spelled two ways is one choice, found from KJ", async () => {
    const snapshot = await fixtureSnapshot(READING);
    const result = readPlan(snapshot);
    if (!result.ok) throw new Error(result.message);
    const access = ownerOptions(result.plan).filter((o) => /^service manager\s*-\s*access$/i.test(o.label));
    expect(access).toHaveLength(1);

    renderUpdateView(new SnapshotPort(clone(snapshot)), { preferences: memoryPreferences({ initials: "KJ" }) });
    await planShown();
    await openMyActions();
    expect(chosenRole()).toBe(`${access[0].label} (${access[0].count})`);
    expect(listedRefs(access[0].label)).toContain("69E");
  });
});
