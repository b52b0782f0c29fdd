import { collapseSpaces, isBlank, isTbc, looseKey, normaliseHeader } from "../../src/plan/text";

describe("normaliseHeader", () => {
  test.each([
    ["Ref No", "ref no"],
    ["Ref No.", "ref no"],
    ["  Ref.  No ", "ref no"],
    ["Task/Action", "task action"],
    ["Update on Progress with Actions", "update on progress with actions"],
    ["Tasks: Outcomes we will achieve\nActions: Success Measures", "tasks outcomes we will achieve actions success measures"],
    ["% Complete", "% complete"],
    ["RAG\u00a0Status", "rag status"],
    ["By when?", "by when"],
  ])("%j → %j", (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });
});

describe("small helpers", () => {
  test("collapseSpaces", () => {
    expect(collapseSpaces("  a \n\t b\u00a0 c ")).toBe("a b c");
  });

  test("isBlank", () => {
    expect(isBlank("")).toBe(true);
    expect(isBlank(" \n\t")).toBe(true);
    expect(isBlank(" x ")).toBe(false);
  });

  test("looseKey", () => {
    expect(looseKey("In Progress (on track)")).toBe("in progress on track");
    expect(looseKey("T.B.C.")).toBe("tbc");
    expect(looseKey("On-Hold")).toBe("on hold");
  });

  test.each([
    ["TBC", true],
    ["tbc", true],
    ["T.B.C.", true],
    ["TBA", true],
    ["TBD", true],
    ["To be confirmed", true],
    ["To Be Agreed", true],
    ["TBC - after review", true],
    ["TBCx", false],
    ["Head of Children's Services", false],
    ["", false],
  ])("isTbc(%j) → %s", (text, expected) => {
    expect(isTbc(text)).toBe(expected);
  });
});
