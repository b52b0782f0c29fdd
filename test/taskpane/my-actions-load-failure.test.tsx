/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { fixtureSnapshot, READING } from "../support/fixtures";
import { SnapshotPort } from "./snapshot-port";
import { memoryPreferences, planShown, renderUpdateView } from "./update-render";

// The tab's code is fetched when the tab is first opened (React.lazy); here the fetch fails, as a
// chunk does when the connection drops: requiring the module throws, so its import() rejects.
jest.mock("../../src/taskpane/components/MyActionsPanel", () => {
  throw new Error("Loading chunk my-actions failed.");
});

test("My actions whose code cannot be loaded says so in its tab; the Selected action tab still works", async () => {
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  renderUpdateView(new SnapshotPort(await fixtureSnapshot(READING)), { preferences: memoryPreferences({ initials: "KJ" }) });
  await planShown();
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "My actions" }));
  });
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("My actions could not be shown");
  expect(alert.textContent).toContain("Loading chunk my-actions failed.");
  expect(screen.getByRole("button", { name: "Reload the pane" })).toBeTruthy();
  // The failure stays in its tab panel: the view's tabs are still there, and the other tab opens.
  expect(screen.getByRole("tabpanel", { name: "My actions" }).contains(alert)).toBe(true);
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "Selected action" }));
  });
  expect(screen.getByRole("tab", { name: "Selected action" }).getAttribute("aria-selected")).toBe("true");
  expect(screen.getByRole("tabpanel", { name: "Selected action" }).textContent).toMatch(/Select a row of the plan/);
  quiet.mockRestore();
});
