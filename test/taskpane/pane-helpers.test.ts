import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { readPlan } from "../../src/plan/read-plan";
import { choiceText, columnChoices, correctedColumns } from "../../src/taskpane/column-choices";
import { confidenceLabel } from "../../src/taskpane/components/ConfidenceNote";
import { fluentTheme, luminance, themeMode } from "../../src/taskpane/theme";
import { viewFromSearch, VIEW_NAMES } from "../../src/taskpane/view-route";
import { smallPlan } from "./fake-port";

describe("viewFromSearch", () => {
  test.each(VIEW_NAMES.map((v) => [v]))("?view=%s opens that view", (view) => {
    expect(viewFromSearch(`?view=${view}`)).toBe(view);
  });

  test("keeps the view when Office adds its own query parameters", () => {
    expect(viewFromSearch("?_host_Info=Excel$Win32$16.01$en-GB&view=validate")).toBe("validate");
  });

  test.each(["", "?view=", "?view=VALIDATE", "?view=admin", "?other=1"])("%p falls back to the plan view", (search) => {
    expect(viewFromSearch(search)).toBe("plan");
  });
});

describe("theme", () => {
  test("luminance of hex colours", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1);
    expect(luminance("#fff")).toBeCloseTo(1);
    expect(luminance("not a colour")).toBeUndefined();
  });

  test.each([
    ["#FFFFFF", "light"], // White
    ["#E6E6E6", "light"], // Colorful
    ["#262626", "dark"], // Dark Grey
    ["#000000", "dark"], // Black
    ["#1F1F1F", "dark"],
  ])("Office body background %s gives a %s pane", (colour, mode) => {
    expect(themeMode(colour, false)).toBe(mode);
    expect(themeMode(colour, true)).toBe(mode);
  });

  test("without an Office colour, the system preference decides", () => {
    expect(themeMode(undefined, true)).toBe("dark");
    expect(themeMode(undefined, false)).toBe("light");
    expect(themeMode("", true)).toBe("dark");
  });

  test("maps to Fluent's web themes", () => {
    expect(fluentTheme("dark")).toBe(webDarkTheme);
    expect(fluentTheme("light")).toBe(webLightTheme);
  });
});

describe("column choices", () => {
  const snapshot = smallPlan();
  const result = readPlan(snapshot);
  if (!result.ok) throw new Error(result.message);
  const planSheet = result.plan.sheets[0];

  test("lists the sheet's columns with their header text", () => {
    expect(columnChoices(snapshot, planSheet).map(choiceText)).toEqual([
      "A · Ref",
      "B · Action",
      "C · Lead Officer",
      "D · End Date",
      "E · Update on Progress",
      "F · Status",
      "G · Notes",
    ]);
  });

  test("a blank header says so", () => {
    expect(choiceText({ letter: "H", header: "" })).toBe("H (no header)");
  });

  test("a correction spells out the whole mapping and frees the column it takes", () => {
    const columns = correctedColumns(planSheet, "owner", "F");
    expect(columns.owner).toBe("F");
    expect(columns.status).toBe("");
    expect(columns.ref).toBe("A");
    expect(columns.task).toBe("B");
  });

  test("confidence labels", () => {
    expect(confidenceLabel(1)).toBe("High");
    expect(confidenceLabel(0.7)).toBe("Medium");
    expect(confidenceLabel(0.3)).toBe("Low");
  });
});
