/** @jest-environment jsdom */
/**
 * Issue 12 item 7: the Plan view speaks the plan's words. On the Reading plan, read through the
 * Office adapter over the Excel double, no column meaning appears as the reader's internal id
 * (`endDate`, `(owner)`...), in the column table or in the reasons.
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OfficeWorkbook } from "../../src/excel";
import { PortProvider } from "../../src/taskpane/port-context";
import { PlanView } from "../../src/taskpane/views/PlanView";
import { createExcelDouble } from "../excel-double";
import { fixtureSnapshot, READING } from "../support/fixtures";
// Also sets up what jsdom lacks for the file adapter (TextDecoder) to load the Reading fixture.
import "./update-render";

jest.setTimeout(60_000);

const IDS = ["ref", "task", "owner", "endDate", "update", "successMeasures", "status", "rag", "workstream", "priority", "startDate", "percentComplete", "completedDate", "lateFlag"];

test("the Reading plan's view names every meaning in words, never by its internal id", async () => {
  const double = createExcelDouble(await fixtureSnapshot(READING));
  render(
    <FluentProvider theme={webLightTheme}>
      <PortProvider port={new OfficeWorkbook(double.run, double.supports)}>
        <PlanView />
      </PortProvider>
    </FluentProvider>,
  );
  await screen.findByRole("heading", { name: "How the plan was read" }, { timeout: 30_000 });
  const text = document.body.textContent ?? "";
  // The reasons name the columns as the plan heads them: "End Date → D", "Lead Officer → C (owner)".
  expect(text).toContain("End Date → D");
  // Ids that are not words (`endDate`, `ref`, `task`, `rag` in lower case) never appear; `owner`
  // or `status` are words too, so they may.
  for (const id of IDS.filter((i) => /[A-Z]/.test(i) || ["ref", "task", "rag"].includes(i))) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
  expect(text).toContain("Role → C (owner)");
  // The column picker (a native select) shows the column it chose, by letter and heading.
  expect((screen.getByRole("combobox", { name: "Update on progress" }) as HTMLSelectElement).selectedOptions[0]?.textContent).toMatch(/^[A-Z]+ · /);
});
