import { memoByText } from "../../src/plan/memo";

describe("memoByText: one answer per distinct text", () => {
  test("reads each text once, however often it is asked", () => {
    const read = jest.fn((text: string) => text.length);
    const lengthOf = memoByText(read);
    expect([lengthOf("Amber"), lengthOf("Red"), lengthOf("Amber"), lengthOf("Amber")]).toEqual([5, 3, 5, 5]);
    // "Amber" and "Red": two distinct texts, two readings.
    expect(read).toHaveBeenCalledTimes(2);
  });

  test("an answer of undefined or null is kept like any other", () => {
    const read = jest.fn((text: string) => (text === "none" ? undefined : null));
    const answer = memoByText(read);
    expect([answer("none"), answer("none"), answer("x"), answer("x")]).toEqual([undefined, undefined, null, null]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  test("past its limit it starts again rather than growing", () => {
    const read = jest.fn((text: string) => text.toUpperCase());
    const upper = memoByText(read, 2);
    upper("a");
    upper("b");
    // A third distinct text: the two kept are dropped, then "c" is kept.
    upper("c");
    upper("c");
    expect(read).toHaveBeenCalledTimes(3);
    // "a" was dropped, so it is read again.
    expect(upper("a")).toBe("A");
    expect(read).toHaveBeenCalledTimes(4);
  });

  test("a reading that throws is not kept: the next ask reads again", () => {
    let calls = 0;
    const strict = memoByText((text: string) => {
      calls++;
      if (text === "bad") throw new Error("Not an ISO date");
      return text;
    });
    expect(() => strict("bad")).toThrow("Not an ISO date");
    expect(() => strict("bad")).toThrow("Not an ISO date");
    expect(calls).toBe(2);
  });
});
