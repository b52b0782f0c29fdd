/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { chaseList } from "../../src/plan/chase";
import { readPlan } from "../../src/plan/read-plan";
import { DEFAULT_SETTINGS } from "../../src/plan/settings";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { buildSheet, buildWorkbook, dateCell } from "../support/snapshot-builder";
import { SnapshotPort } from "./snapshot-port";
import { renderChaseView } from "./update-render";

/** As at 10 June 2015 (30 days' staleness): Head of Service has two stale actions, the PSW one. */
function chasePlan(extra: ReturnType<typeof buildSheet>[] = []): WorkbookSnapshot {
  return buildWorkbook(
    buildSheet("Action Plan", [
      ["Ref", "Action", "Lead Officer", "End Date", "Update", "Status"],
      ["1", "Refresh the threshold document", "Head of Service", dateCell(42216, "31/07/2015"), "01.04.15 HS: Draft circulated", "In Progress"],
      ["2", "Audit supervision records", "Head of Service", dateCell(42160, "05/06/2015"), "", "Not Started"],
      ["3", "Set up the improvement board", "Chief Executive", dateCell(42185, "30/06/2015"), "05.06.15 CE: Chair appointed", "In Progress"],
      ["4", "Publish the practice standards", "Chief Executive", dateCell(42095, "01/04/2015"), "", "Complete"],
      ["5", "Review caseloads", "Principal Social Worker", dateCell(42170, "15/06/2015"), "20.04.15 PS: Started", "In Progress"],
    ]),
    buildSheet("Glossary", [
      ["Initials", "Full Name", "Role", "Email"],
      ["HS", "Hana Shah", "Head of Service", "hana.shah@example.gov.uk"],
      ["CE", "Chris Evans", "Chief Executive", "chris.evans@example.gov.uk"],
      ["PS", "Pat Singh", "Principal Social Worker", ""],
    ]),
    ...extra,
  );
}

function expectedGroups(snapshot: WorkbookSnapshot, asOf: string, staleDays = DEFAULT_SETTINGS.staleDays) {
  const result = readPlan(snapshot);
  if (!result.ok) throw new Error(result.message);
  return chaseList(result.plan, asOf, { staleDays });
}

/** Waits for the plan to be read and the list drawn. */
async function chaseShown() {
  await screen.findByText(/open actions? without a dated update|nobody to chase/);
}

const group = (owner: string) => screen.getByRole("region", { name: new RegExp(`^${owner} \\(`) });

let clipboard: PropertyDescriptor | undefined;
beforeEach(() => {
  clipboard = Object.getOwnPropertyDescriptor(navigator, "clipboard");
});
afterEach(() => {
  if (clipboard) Object.defineProperty(navigator, "clipboard", clipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, "clipboard", { value: writeText ? { writeText } : undefined, configurable: true });
}

describe("Chase list", () => {
  test("groups stale open actions by owner, with the people, end dates and last updates, as at today", async () => {
    renderChaseView(new SnapshotPort(chasePlan()));
    await chaseShown();
    expect(screen.getByLabelText("As at")).toHaveProperty("value", "10/06/2015");
    expect(screen.getByText("3 open actions without a dated update in the 30 days to 10/06/2015; 2 owners to chase.")).toBeTruthy();

    const heads = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(heads).toEqual(["Head of Service (2)", "Principal Social Worker (1)"]);
    const hos = group("Head of Service");
    expect(within(hos).getByText("Hana Shah (HS)")).toBeTruthy();
    const items = within(hos)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "1 Refresh the threshold documentEnd 31/07/2015 · last update 01/04/2015",
      "2 Audit supervision recordsEnd 05/06/2015 · no dated update",
    ]);
  });

  test("Copy message copies the owner's message; a mail link opens it when the glossary has an address", async () => {
    const writeText = jest.fn(async () => undefined);
    setClipboard(writeText);
    const snapshot = chasePlan();
    const [hos, psw] = expectedGroups(snapshot, "2015-06-10");
    renderChaseView(new SnapshotPort(snapshot));
    await chaseShown();

    await act(async () => {
      fireEvent.click(within(group("Head of Service")).getByRole("button", { name: "Copy message" }));
    });
    expect(writeText).toHaveBeenCalledWith(hos.message);
    expect(hos.message).toMatch(/^Dear Hana,/);
    expect(within(group("Head of Service")).getByRole("status").textContent).toBe("Copied.");

    const mail = within(group("Head of Service")).getByRole("link", { name: /Email Hana Shah/ });
    expect(mail.getAttribute("href")).toBe(hos.mailto);
    expect(hos.mailto).toMatch(/^mailto:hana.shah%40example.gov.uk\?subject=/);
    // No address in the glossary: no mail link.
    expect(psw.mailto).toBeUndefined();
    expect(within(group("Principal Social Worker")).queryByRole("link")).toBeNull();
  });

  test.each([
    ["the clipboard API is missing", undefined],
    ["the host refuses the clipboard", async () => Promise.reject(new Error("NotAllowedError"))],
  ])("when %s, the message is shown read-only to select and copy by hand", async (_case, writeText) => {
    setClipboard(writeText);
    const snapshot = chasePlan();
    const [hos] = expectedGroups(snapshot, "2015-06-10");
    renderChaseView(new SnapshotPort(snapshot));
    await chaseShown();
    await act(async () => {
      fireEvent.click(within(group("Head of Service")).getByRole("button", { name: "Copy message" }));
    });
    const box = within(group("Head of Service")).getByRole("textbox", { name: /Message/ });
    expect(box).toHaveProperty("value", hos.message);
    expect(box).toHaveProperty("readOnly", true);
    expect(within(group("Head of Service")).getByText(/select the text .* then copy it with Ctrl\+C/)).toBeTruthy();
  });

  test("a different as-at date recomputes the list", async () => {
    renderChaseView(new SnapshotPort(chasePlan()));
    await chaseShown();
    fireEvent.change(screen.getByLabelText("As at"), { target: { value: "2015-05-01" } });
    // Entries after the as-at date do not count: 3's 05.06.15 entry is in the future then.
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["Chief Executive (1)", "Head of Service (1)"]);
    fireEvent.change(screen.getByLabelText("As at"), { target: { value: "" } });
    expect(screen.getByText("Enter a real date, dd/mm/yyyy.")).toBeTruthy();
    expect(screen.queryAllByRole("heading", { level: 2 })).toHaveLength(0);
  });

  test("a long list is folded to five actions until asked, while the message names them all", async () => {
    const rows = [["Ref", "Action", "Lead Officer", "End Date", "Update", "Status"]];
    for (let i = 1; i <= 7; i++) rows.push([String(i), `Action ${i}`, "Head of Service", "TBC", "", "Not Started"]);
    const snapshot = buildWorkbook(buildSheet("Action Plan", rows));
    const writeText = jest.fn(async () => undefined);
    setClipboard(writeText);
    renderChaseView(new SnapshotPort(snapshot));
    await chaseShown();
    expect(within(group("Head of Service")).getAllByRole("listitem")).toHaveLength(5);
    const more = within(group("Head of Service")).getByRole("button", { name: "Show all 7 actions" });
    expect(more.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(more);
    expect(within(group("Head of Service")).getAllByRole("listitem")).toHaveLength(7);
    await act(async () => {
      fireEvent.click(within(group("Head of Service")).getByRole("button", { name: "Copy message" }));
    });
    expect(writeText.mock.calls[0]).toEqual([expect.stringContaining("- 7 Action 7")]);
  });

  test("uses the staleness limit saved in the workbook", async () => {
    const state = buildSheet("ActionPlanAssistant", [
      ["Key", "Part", "Value"],
      ["settings", 0, '{"staleDays":3}'],
    ]);
    renderChaseView(new SnapshotPort(chasePlan([state])));
    await chaseShown();
    expect(screen.getByText(/in the 3 days to 10\/06\/2015/)).toBeTruthy();
    // 3's entry of 05.06.15 is now five days old.
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toContain("Chief Executive (1)");
  });
});
