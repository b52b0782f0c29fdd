import { normaliseRef, parentRef, refKey, sameRef } from "../../src/plan/refs";

describe("normaliseRef", () => {
  test.each<[string | number | boolean, string, string | null]>([
    [81, "81", "81"],
    [81, "81.0", "81"],
    ["81A", "81A", "81A"],
    ["  81a ", "81a", "81a"],
    [1.2, "1.2", "1.2"],
    [1.1, "1.10", "1.10"],
    [1.5, "", "1.5"],
    ["", "", null],
    ["   ", "   ", null],
    ["", "81", "81"],
  ])("(%j, %j) → %j", (value, text, ref) => {
    expect(normaliseRef(value, text)).toBe(ref);
  });
});

describe("refKey and sameRef", () => {
  test("compare case- and space-insensitively", () => {
    expect(refKey("81a")).toBe("81A");
    expect(sameRef("81a", "81A")).toBe(true);
    expect(sameRef("81 A", "81A")).toBe(true);
    expect(sameRef("81A", "81B")).toBe(false);
    expect(sameRef("69G", "69g")).toBe(true);
  });
});

describe("parentRef", () => {
  test.each<[string, string | null]>([
    ["81A", "81"],
    ["81a", "81"],
    ["69G", "69"],
    ["38N", "38"],
    ["81AA", "81"],
    ["81 A", "81"],
    ["81(b)", "81"],
    ["1.2a", "1.2"],
    ["1.2.3b", "1.2.3"],
    ["81", null],
    ["1.2", null],
    ["A", null],
    ["ABC", null],
    ["", null],
  ])("%j → %j", (ref, parent) => {
    expect(parentRef(ref)).toBe(parent);
  });
});
