import fc from "fast-check";
import { appendUpdate, CELL_CHARACTER_LIMIT, detectUpdateStyle, DEFAULT_UPDATE_STYLE, styleForAction, type UpdateStyle } from "../../src/plan/append-update";
import { parseUpdateLog } from "../../src/plan/update-log";
import { fixturePlan, READING } from "../support/fixtures";

// Where one cell cannot show how entries are separated, the Reading plan's own choice (a space) applies.
const READING_STYLE: UpdateStyle = { ...DEFAULT_UPDATE_STYLE, betweenEntries: " " };
const style = (text: string): UpdateStyle => detectUpdateStyle([{ text, updates: parseUpdateLog(text) }], READING_STYLE);
const add = (existing: string, text = "Thresholds workshop held", initials = "KJ") => appendUpdate(existing, { date: "2015-06-10", initials, text }, style(existing));

describe("appendUpdate keeps each style found in the Reading plan", () => {
  it.each([
    ["27.05.15 KJ: This has been completed.", "27.05.15 KJ: This has been completed. 10.06.15 KJ: Thresholds workshop held"],
    ["03.06.2015 SS: informed.", "03.06.2015 SS: informed. 10.06.2015 KJ: Thresholds workshop held"],
    ["01.06.2015 - Tasks are on track", "01.06.2015 - Tasks are on track 10.06.2015 KJ: Thresholds workshop held"],
    ["02.06.2015 EB confirmed there is no further update", "02.06.2015 EB confirmed there is no further update 10.06.2015 KJ Thresholds workshop held"],
    ["01.06.15 KJ: First\n02.06.15 SS: Second", "01.06.15 KJ: First\n02.06.15 SS: Second\n10.06.15 KJ: Thresholds workshop held"],
  ])("%j", (existing, expected) => {
    expect(add(existing)).toEqual({ ok: true, text: expected, entry: expected.slice(existing.length).trim() });
  });

  it("appends to 69E in the style the row already uses", async () => {
    const plan = await fixturePlan(READING);
    const a69e = plan.actions.find((a) => a.ref === "69E")!;
    const result = appendUpdate(a69e.updateText, { date: "2015-06-10", initials: "KJ", text: "Thresholds workshop held" }, styleForAction(a69e, plan));
    expect(result).toEqual({ ok: true, text: `${a69e.updateText} 10.06.15 KJ: Thresholds workshop held`, entry: "10.06.15 KJ: Thresholds workshop held" });
  });

  it("uses the plan's most common style for an empty cell", async () => {
    const plan = await fixturePlan(READING);
    const empty = plan.actions.find((a) => a.ref === "81")!;
    const result = appendUpdate("", { date: "2015-06-10", initials: "KJ", text: "Board met" }, styleForAction(empty, plan));
    expect(result).toMatchObject({ ok: true, text: expect.stringMatching(/^10\.06\.(15|2015) KJ: Board met$/) });
  });
});

describe("appendUpdate refuses bad input with a reason", () => {
  it.each([
    [{ text: "   " }, /empty/],
    [{ initials: "K.J." }, /Initials must be 1 to 4 letters/],
    [{ initials: "ABCDE" }, /Initials must be 1 to 4 letters/],
    [{ initials: "" }, /Initials must be 1 to 4 letters/],
  ])("%j", (input, reason) => {
    const result = appendUpdate("x", { date: "2015-06-10", initials: "KJ", text: "ok", ...input }, DEFAULT_UPDATE_STYLE);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });

  it("refuses text that would push the cell past 32,767 characters, never truncating", () => {
    const existing = "a".repeat(CELL_CHARACTER_LIMIT - 10);
    const result = appendUpdate(existing, { date: "2015-06-10", initials: "KJ", text: "more than ten characters" }, DEFAULT_UPDATE_STYLE);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/over Excel's limit of 32767/) });
  });

  it("keeps formula-like text as typed (the adapters write it as text)", () => {
    expect(appendUpdate("", { date: "2015-06-10", initials: "KJ", text: "=1+1" }, DEFAULT_UPDATE_STYLE)).toEqual({ ok: true, text: "10.06.15 KJ: =1+1", entry: "10.06.15 KJ: =1+1" });
  });
});

describe("appendUpdate never loses or alters earlier text", () => {
  it("holds for 1,000 random cells, updates and styles", () => {
    const styleArb = fc.record<UpdateStyle>({
      dateFormat: fc.constantFrom("dd.mm.yy", "dd.mm.yyyy", "dd/mm/yy", "dd/mm/yyyy"),
      afterInitials: fc.constantFrom(":", " -", ""),
      betweenEntries: fc.constantFrom("\n", " "),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ minLength: 1, maxLength: 200 }), fc.stringMatching(/^[A-Za-z]{1,4}$/), styleArb, (existing, text, initials, s) => {
        const result = appendUpdate(existing, { date: "2015-06-10", initials, text }, s);
        if (!result.ok) return text.trim() === "";
        return result.text.startsWith(existing) && result.text.endsWith(text.trim().replace(/\r\n?/g, "\n")) && result.text.length > existing.length;
      }),
      { numRuns: 1000 },
    );
  });
});
