import type { RagColour } from "../../src/plan/model";
import { parseRag } from "../../src/plan/rag-text";

describe("parseRag", () => {
  test.each<[string, RagColour | null]>([
    ["Red", "red"],
    ["red", "red"],
    [" RED ", "red"],
    ["R", "red"],
    ["Amber", "amber"],
    ["a", "amber"],
    ["Yellow", "amber"],
    ["Green", "green"],
    ["G", "green"],
    ["Blue", "blue"],
    ["B", "blue"],
    ["Amber/Red", "red"],
    ["Red/Amber", "red"],
    ["Amber-Red", "red"],
    ["A/R", "red"],
    ["Green/Amber", "amber"],
    ["Amber to Red", "red"],
    ["Blue/Green", "green"],
    ["🔴", "red"],
    ["Complete", null],
    ["", null],
    ["N/A", null],
    ["Red text", null],
    ["Grey", null],
    ["Redish", null],
  ])("%j → %s", (text, colour) => {
    expect(parseRag(text)).toBe(colour);
  });
});
