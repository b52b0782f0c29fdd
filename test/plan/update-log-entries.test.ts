/**
 * Update logs at the edges of each convention: where an entry starts, whose initials it carries,
 * which year a year-less date takes, and which entry is the latest. Written for `npm run mutate --
 * update-log` (issue 15); each expected entry is read off the cell by hand, the reasoning in the
 * comment. No test depends on today's date: a year comes from the cell or the `yearHint` passed in.
 */
import type { UpdateEntry } from "../../src/plan/model";
import { latestUpdate, parseUpdateLog, updateLogReader } from "../../src/plan/update-log";
import { readingPlan } from "./reading-plan";

const glossary = readingPlan.glossary.map((g) => g.initials);

/** Each entry as `date initials | text` (date `-` when none, `*` when its year was inferred). */
function entries(text: string, options?: Parameters<typeof parseUpdateLog>[1]): string[] {
  return parseUpdateLog(text, options).map((e) => `${e.date ?? "-"}${e.yearInferred ? "*" : ""}${e.initials ? ` ${e.initials}` : ""} | ${e.text}`);
}

describe("initials", () => {
  test("four capitals are initials (a role such as ADCS)", () => {
    expect(entries("03.06.2015 ADCS: report drafted")).toEqual(["2015-06-03 ADCS | report drafted"]);
  });

  test("a capital and a small letter before a colon is a name, not initials", () => {
    // `Jo` has one capital in two letters; only a single capital alone may stand before a colon.
    // toStrictEqual: an entry without initials has no `initials` key at all, not one holding undefined.
    expect(parseUpdateLog("03.06.2015 Jo: report drafted")).toStrictEqual([
      { date: "2015-06-03", dateText: "03.06.2015", separator: "", text: "Jo: report drafted", raw: "03.06.2015 Jo: report drafted", start: 0 },
    ]);
  });

  test("with a glossary, joint initials without a colon count only if everyone is in it", () => {
    // EB and CP are both in the Reading glossary; XY is not.
    expect(entries("02.06.2015 EB/CP confirmed", { knownInitials: glossary })).toEqual(["2015-06-02 EB/CP | confirmed"]);
    expect(entries("02.06.2015 EB/XY confirmed", { knownInitials: glossary })).toEqual(["2015-06-02 | EB/XY confirmed"]);
  });

  test("after a date and a colon, a word that is not initials starts the text", () => {
    // `A` alone, without its own colon, is the first word; TVP is not in the glossary.
    expect(parseUpdateLog("30.04.15: A meeting was held")[0]).toMatchObject({ separator: ":", text: "A meeting was held" });
    expect(parseUpdateLog("30.04.15: A meeting was held")[0].initials).toBeUndefined();
    expect(entries("30.04.15: TVP confirmed", { knownInitials: glossary })).toEqual(["2015-04-30 | TVP confirmed"]);
  });

  test("an undated note's initials before a colon are kept even when not in the glossary", () => {
    // The validator then reports XY as unknown initials.
    expect(parseUpdateLog("XY: spoke to the team", { knownInitials: glossary })).toEqual([
      { initials: "XY", separator: ":", text: "spoke to the team", raw: "XY: spoke to the team", start: 0 },
    ]);
  });

  test("initials written before the date, at the start of the cell", () => {
    expect(parseUpdateLog("SS 03.06.2015 Key process points agreed")).toEqual([
      { date: "2015-06-03", dateText: "03.06.2015", initials: "SS", separator: "", text: "Key process points agreed", raw: "SS 03.06.2015 Key process points agreed", start: 0 },
    ]);
  });

  test("four capitals and a small letter are a word, not initials (`LSCBs`)", () => {
    expect(entries("03.06.2015 LSCBs: all agreed")).toEqual(["2015-06-03 | LSCBs: all agreed"]);
  });

  test("initials before the date, then a colon or a full stop", () => {
    // 03.06 takes its year from the 2015 entry before it.
    expect(parseUpdateLog("27.05.15 KJ: started. SS 03.06: Key points agreed")[1]).toMatchObject({ date: "2015-06-03", initials: "SS", separator: ":", text: "Key points agreed" });
    expect(parseUpdateLog("27.05.15 KJ: started. SS 03.06. Key points agreed")[1]).toMatchObject({ date: "2015-06-03", initials: "SS", separator: ".", text: "Key points agreed" });
  });
});

describe("where an entry starts", () => {
  test("a line break written as a carriage return alone", () => {
    expect(entries("27.05.15 KJ: first\r10.06.2015 third")).toEqual(["2015-05-27 KJ | first", "2015-06-10 | third"]);
    expect(parseUpdateLog("27.05.15 KJ: first\r- 10.06.2015 third")[1].raw).toBe("- 10.06.2015 third");
  });

  test.each(["*", "–", "·"])("a line bulleted with %s", (bullet) => {
    const text = `${bullet} 27.05.15 KJ: first\n${bullet} 10.06.2015 workshop held`;
    expect(parseUpdateLog(text).map((e) => e.raw)).toEqual([`${bullet} 27.05.15 KJ: first`, `${bullet} 10.06.2015 workshop held`]);
  });

  test("an indented bullet", () => {
    expect(parseUpdateLog("27.05.15 KJ: first\n  - 10.06.2015 second")[1].raw).toBe("- 10.06.2015 second");
  });

  test("a dash or a one-letter word before the date, mid-line, keeps it in the text", () => {
    expect(entries("27.05.15 KJ: talks held - 10.06.2015 next steps")).toEqual(["2015-05-27 KJ | talks held - 10.06.2015 next steps"]);
    // `A` is one capital: not initials without a colon.
    expect(entries("27.05.15 KJ: started\nA 10.06.2015 workshop held")).toEqual(["2015-05-27 KJ | started\nA 10.06.2015 workshop held"]);
  });

  test("after a full stop inside quotes or brackets", () => {
    expect(entries('27.05.15 KJ: Chair said "agreed." 10.06.2015 Workshop held')).toEqual(['2015-05-27 KJ | Chair said "agreed."', "2015-06-10 | Workshop held"]);
    expect(entries("27.05.15 KJ: Started (see note.) 10.06.2015 Workshop held")).toEqual(["2015-05-27 KJ | Started (see note.)", "2015-06-10 | Workshop held"]);
  });

  test("a cell that starts with an abbreviation keeps its date in the text", () => {
    const text = "e.g. 01.06.2015 was missed";
    expect(parseUpdateLog(text)).toEqual([{ text, raw: text, start: 0 }]);
  });

  test("after a sentence ending in ! or ?", () => {
    expect(entries("27.05.15 KJ: Done! 10.06.2015 Next steps agreed")).toEqual(["2015-05-27 KJ | Done!", "2015-06-10 | Next steps agreed"]);
    expect(entries("27.05.15 KJ: Who leads? 10.06.2015 Agreed with SS")).toEqual(["2015-05-27 KJ | Who leads?", "2015-06-10 | Agreed with SS"]);
    // `No!` ends a sentence; only `No.` is the abbreviation of number.
    expect(entries("27.05.15 KJ: Funding agreed? No! 10.06.2015 Board to decide again")).toHaveLength(2);
  });

  test("a date straight after ! with no space stays in the text", () => {
    expect(entries("27.05.15 KJ: done!10.06.2015 next")).toEqual(["2015-05-27 KJ | done!10.06.2015 next"]);
  });

  test("a date after a word such as `on` stays in the text, in capitals too", () => {
    expect(entries("27.05.15 KJ: MEETING HELD ON 26.05.2015 SS: AGREED")).toEqual(["2015-05-27 KJ | MEETING HELD ON 26.05.2015 SS: AGREED"]);
    expect(entries("27.05.15 KJ: meeting held on  26.05.2015 SS: agreed")).toHaveLength(1); // two spaces after `on`
  });

  test("initials before a date mid-sentence do not start an entry; the date and its own initials do", () => {
    // `KJ 03.06.2015` would be a late-written header only at the start of a sentence; after `with`
    // it is not, so 03.06.2015 is read as usual: followed by `AB:`, it starts the second entry.
    expect(entries("Met with KJ 03.06.2015 AB: agreed")).toEqual(["- | Met with KJ", "2015-06-03 AB | agreed"]);
  });

  test("a date inside the previous entry's header does not start another entry", () => {
    // `03.06.2015. KJ` is one header (date, full stop, initials). `KJ 04.06.2015` would look like
    // initials written before a date after a sentence's full stop, but KJ is already this header's.
    expect(entries("03.06.2015. KJ 04.06.2015 done")).toEqual(["2015-06-03 KJ | 04.06.2015 done"]);
  });

  test("a word longer than the look-back window before a full stop", () => {
    // The path before the stop is 44 characters, more than the 40 looked at, so the whole word is
    // read: not an abbreviation, so 01.06.2015 starts a sentence and an entry. The cell's last
    // word, `approx`, is one, but it is not the word before this stop.
    const path = "Shared/Improvement/ActionPlans/Reading/Board";
    expect(path).toHaveLength(44);
    expect(entries(`27.05.15 KJ: Saved to ${path}. 01.06.2015 Pack sent, cost approx`)).toEqual([
      `2015-05-27 KJ | Saved to ${path}.`,
      "2015-06-01 | Pack sent, cost approx",
    ]);
  });

  test("an entry with no words, the next date straight after its colon", () => {
    expect(parseUpdateLog("27.05.15 KJ:03.06.2015 SS: workshop held")).toMatchObject([
      { date: "2015-05-27", initials: "KJ", text: "", raw: "27.05.15 KJ:" },
      { date: "2015-06-03", initials: "SS", text: "workshop held", raw: "03.06.2015 SS: workshop held", start: 12 },
    ]);
  });
});

describe("numbers shaped like year-less dates stay in the text", () => {
  test.each([
    // 11-12 is the financial year 2011/12: a year-less date is never written with a dash.
    "27.05.15 KJ: Spend by year:\n11-12: £20k",
    // Paragraph numbers with no month 14, no day 32, no day 0 or no month 0.
    "27.05.15 KJ: Standards covered:\n2.14: by the audit",
    "27.05.15 KJ: Standards covered:\n32.1: by the audit",
    "27.05.15 KJ: Posts funded:\n0.5: social worker",
    "27.05.15 KJ: Versions:\n3.0: agreed",
  ])("%j", (text) => {
    expect(entries(text)).toHaveLength(1);
  });
});

describe("the year of a year-less date", () => {
  test("comes from the closest earlier entry", () => {
    // Closest earlier: 1 Dec 2014. 15 Jan 2015 is 45 days after it; 15 Jan 2014 is 320 days before.
    // (The first entry, 1 Jan 2014, would have given 2014.)
    expect(entries("01.01.2014 KJ: started. 01.12.2014 SS: reviewed. 15.01 KJ: closed.")[2]).toBe("2015-01-15* KJ | closed.");
  });

  test("the closest earlier entry with a year, past year-less ones", () => {
    // 01.06 (third entry): before it, 30.05 has no year; 27.05.15 does, so 1 Jun 2015.
    // (The later 10 Dec 2015 would have given 1 Jun 2016: 174 days after it, against 192 before.)
    expect(entries("27.05.15 KJ: a. 30.05 SS: b. 01.06 AB: c. 10.12.15 KJ: d.")[2]).toBe("2015-06-01* AB | c.");
  });

  test("a back-dated entry between two dated ones takes the earlier one's year", () => {
    // 26.05 after 27 May 2015: 26 May 2015. (From 10 Dec 2015 it would be 26 May 2016, 168 days on.)
    expect(entries("27.05.15 KJ: a. 26.05 SS: b. 10.12.15 KJ: c.")[1]).toBe("2015-05-26* SS | b.");
  });

  test("or, with none earlier, from the closest later entry", () => {
    // 20.12 and 22.12 have no year; 5 Jan 2016 is the first later year: 20 Dec 2015 is 16 days before it.
    expect(entries("20.12 SS: a. 22.12 AB: b. 05.01.2016 KJ: c.")[0]).toBe("2015-12-20* SS | a.");
    // Closest later: 5 Jan 2016. 20 Dec 2015 is 16 days before it; 20 Dec 2016 is 350 days after.
    // (The last entry, 1 Dec 2016, would have given 2016.)
    expect(entries("20.12 SS: planned. 05.01.2016 KJ: started. 01.12.2016 KJ: reviewed.")[0]).toBe("2015-12-20* SS | planned.");
  });

  test("a day nearer one way than the other, half a year out", () => {
    // 1 Jan 2015 to 2 Jul 2015: 31+28+31+30+31+30 = 181 days to 1 Jul, so 182. 2 Jul 2014 to
    // 1 Jan 2015: 29 (rest of July) + 31+30+31+30+31 + 1 = 183. 2015 is one day nearer.
    expect(entries("01.01.2015 KJ: started. 02.07 SS: reviewed.")[1]).toBe("2015-07-02* SS | reviewed.");
  });

  test("exactly half a leap year either side: the earlier year", () => {
    // 1 Jan 2016 to 2 Jul 2016: 31+29+31+30+31+30 = 182 days to 1 Jul, so 183; 2 Jul 2016 to
    // 1 Jan 2017: 29 (rest of July) + 31+30+31+30+31 + 1 = 183. A tie, kept at 2016.
    expect(entries("02.07.2016 KJ: reviewed. 01.01 SS: planned.")[1]).toBe("2016-01-01* SS | planned.");
  });

  test("from the year hint when no entry in the cell has one", () => {
    expect(entries("03.06 SS: workshop held", { yearHint: "2015-06-08" })).toEqual(["2015-06-03* SS | workshop held"]);
    // Four days before 4 Jan 2016 is 28 Dec 2015, not 28 Dec 2016.
    expect(entries("28.12 SS: workshop held", { yearHint: "2016-01-04" })).toEqual(["2015-12-28* SS | workshop held"]);
  });

  test("the cell's own years come before the hint", () => {
    expect(entries("03.06 SS: a. 10.06.2014 KJ: b.", { yearHint: "2015-06-08" })[0]).toBe("2014-06-03* SS | a.");
  });
});

describe("updateLogReader: one sheet's update cells", () => {
  test("reads each distinct cell as parseUpdateLog does, with the sheet's options", () => {
    const read = updateLogReader({ order: "mdy", knownInitials: glossary });
    const cells = ["06/03/2015 KJ: a. 06/10 SS: b.", "02.06.2015 TVP confirmed", "", "06/03/2015 KJ: a. 06/10 SS: b."];
    for (const cell of cells) expect(read(cell)).toEqual(parseUpdateLog(cell, { order: "mdy", knownInitials: glossary }));
    // Month first: 06/03/2015 is 3 June.
    expect(read(cells[0])[0].date).toBe("2015-06-03");
  });

  test("rows with the same cell share frozen entries: no row can change another's log", () => {
    const read = updateLogReader();
    const first = read("27.05.15 KJ: started");
    const second = read("27.05.15 KJ: started");
    // Modules are strict: writing to a frozen entry or list throws rather than changing the other row.
    expect(() => {
      first[0].text = "changed on one row";
    }).toThrow(TypeError);
    expect(() => first.push({ text: "added on one row", raw: "added on one row", start: 0 })).toThrow(TypeError);
    expect(second).toEqual([expect.objectContaining({ date: "2015-05-27", initials: "KJ", text: "started" })]);
  });
});

describe("latestUpdate", () => {
  const latest = (text: string): UpdateEntry | undefined => latestUpdate({ updates: parseUpdateLog(text) });

  test("oldest first: the last entry", () => {
    expect(latest("27.05.15 KJ: started. 03.06.15 SS: workshop held")?.text).toBe("workshop held");
    expect(latest("Background note. 27.05.15 KJ: started. 03.06.15 SS: workshop held")?.text).toBe("workshop held");
  });

  test("newest first (3 June above 27 May): the first entry", () => {
    expect(latest("03.06.15 SS: workshop held\n27.05.15 KJ: started")?.text).toBe("workshop held");
    // The bottom entry's date is impossible (no 31 June), so 27 May is the last date: still newest first.
    expect(latest("03.06.15 SS: workshop held\n27.05.15 KJ: started\n31.06.15 AB: typo")?.text).toBe("workshop held");
  });

  test("two entries on the same day: the later one written", () => {
    expect(latest("03.06.15 KJ: morning session. 03.06.15 SS: afternoon session")?.text).toBe("afternoon session");
  });

  test("no dates, or no entries", () => {
    expect(latest("Work has started.")?.text).toBe("Work has started.");
    expect(latest("")).toBeUndefined();
  });
});
