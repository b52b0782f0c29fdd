import type { UpdateEntry } from "../../src/plan/model";
import { initialsList, parseUpdateLog } from "../../src/plan/update-log";
import { expectNothingLost } from "./entries-cover-cell";
import { readingPlan, updateOf } from "./reading-plan";

/** The entries' headers in brief: date (or ?text / -), * when the year was inferred, initials. */
function brief(entries: UpdateEntry[]): string[] {
  return entries.map((e) => [e.date ?? (e.dateText ? `?${e.dateText}` : "-"), e.yearInferred ? "*" : "", e.initials ? ` ${e.initials}` : ""].join(""));
}

describe("parseUpdateLog: the example in domain.md", () => {
  test("27.05.15 KJ: ... 03.06. SS: ... (two entries, the second's year inferred)", () => {
    const text = "27.05.15 KJ: Work has started with existing ATMs. 03.06. SS: referrals and allocations workshop held";
    expect(parseUpdateLog(text)).toEqual([
      {
        date: "2015-05-27",
        dateText: "27.05.15",
        initials: "KJ",
        separator: ":",
        text: "Work has started with existing ATMs.",
        raw: "27.05.15 KJ: Work has started with existing ATMs.",
        start: 0,
      },
      {
        date: "2015-06-03",
        dateText: "03.06",
        yearInferred: true,
        initials: "SS",
        separator: ":",
        text: "referrals and allocations workshop held",
        raw: "03.06. SS: referrals and allocations workshop held",
        start: 50,
      },
    ]);
  });
});

describe("parseUpdateLog: entry header variants", () => {
  test.each<[string, Partial<UpdateEntry>]>([
    ["27.05.15 KJ: text", { date: "2015-05-27", dateText: "27.05.15", initials: "KJ", separator: ":", text: "text" }],
    ["03.06.2015 SS: text", { date: "2015-06-03", dateText: "03.06.2015", initials: "SS", separator: ":", text: "text" }],
    ["03.06.2015 SS : text", { initials: "SS", separator: ":", text: "text" }],
    ["03.06.2015 SS:text", { initials: "SS", separator: ":", text: "text" }],
    ["03.06.2015 SS - text", { initials: "SS", separator: "-", text: "text" }],
    ["03.06.2015 SS – text", { initials: "SS", separator: "–", text: "text" }],
    ["02.06.2015 EB confirmed there is no further update", { date: "2015-06-02", initials: "EB", separator: "", text: "confirmed there is no further update" }],
    ["01.06.2015 - Tasks are on track", { date: "2015-06-01", separator: "-", text: "Tasks are on track" }],
    ["30.04.15: JA in the process", { date: "2015-04-30", initials: "JA", separator: ":", text: "in the process" }],
    ["30.04.15: Meeting set up", { date: "2015-04-30", separator: ":", text: "Meeting set up" }],
    ["03.06.2015. Complete.", { date: "2015-06-03", separator: ".", text: "Complete." }],
    ["01.06.2015 Work on this action will commence", { date: "2015-06-01", separator: "", text: "Work on this action will commence" }],
    ["01.06.2015 Tom Woolmer is investigating", { separator: "", text: "Tom Woolmer is investigating" }],
    ["06.05.15 KMc: text", { initials: "KMc", text: "text" }],
    ["07.05.15 DHu: text", { initials: "DHu", text: "text" }],
    ["14.05.15 AMD: text", { initials: "AMD", text: "text" }],
    ["02.06.2015 EB/CP confirmed no further updates", { initials: "EB/CP", separator: "", text: "confirmed no further updates" }],
    ["03/06/2015 SS: text", { date: "2015-06-03", dateText: "03/06/2015", initials: "SS" }],
    ["3/6/15 SS: text", { date: "2015-06-03", dateText: "3/6/15", initials: "SS" }],
    ["2015-06-03 SS: text", { date: "2015-06-03", dateText: "2015-06-03", initials: "SS" }],
    ["03.06.2015 J: text", { initials: "J", separator: ":", text: "text" }],
    ["03.06.2015 A new report", { separator: "", text: "A new report" }],
  ])("%s", (text, expected) => {
    const entries = parseUpdateLog(text);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ ...expected, raw: text, start: 0 });
    if (!("initials" in expected)) expect(entries[0].initials).toBeUndefined();
  });

  test("no date at all: the whole cell is one undated entry", () => {
    const text = "A specifically detailed action plan has now been developed.";
    expect(parseUpdateLog(text)).toEqual([{ text, raw: text, start: 0 }]);
  });

  test("an undated entry may still start with initials and a colon", () => {
    expect(parseUpdateLog("KJ: spoke to the team")).toEqual([
      { initials: "KJ", separator: ":", text: "spoke to the team", raw: "KJ: spoke to the team", start: 0 },
    ]);
  });

  test("blank cells have no entries", () => {
    expect(parseUpdateLog("")).toEqual([]);
    expect(parseUpdateLog("  \n ")).toEqual([]);
  });

  test("leading and trailing whitespace is outside the entries", () => {
    const entries = parseUpdateLog("  27.05.15 KJ: text \n");
    expect(entries).toMatchObject([{ raw: "27.05.15 KJ: text", start: 2 }]);
  });
});

describe("parseUpdateLog: separating entries", () => {
  test("entries on separate lines", () => {
    const text = "27.05.15 KJ: first\n03.06.2015 SS: second\r\n\r\n10.06.15 - third";
    const entries = parseUpdateLog(text);
    expect(brief(entries)).toEqual(["2015-05-27 KJ", "2015-06-03 SS", "2015-06-10"]);
    expect(entries.map((e) => e.raw)).toEqual(["27.05.15 KJ: first", "03.06.2015 SS: second", "10.06.15 - third"]);
    expectNothingLost(text, entries);
  });

  test("a bulleted line belongs to its entry", () => {
    const text = "- 27.05.15 KJ: first\n• 03.06.2015 SS: second";
    expect(parseUpdateLog(text).map((e) => e.raw)).toEqual(["- 27.05.15 KJ: first", "• 03.06.2015 SS: second"]);
  });

  test("a dated entry after undated text (80B)", () => {
    const entries = parseUpdateLog(updateOf("80B"));
    expect(brief(entries)).toEqual(["-", "2015-05-27 KJ"]);
    expect(entries[0].raw).toBe("Action Plan received on 13.05.15 from SS.");
    expect(entries[1].text).toBe(
      "Some work on this completed in meeting on 26 th with Performance Team. QA session specific to A & A and MASH thresholds complete 03.06.2015. New oversight and audit points introduced. ATM oversight points to be introduced 09.06.",
    );
  });

  test("initials written before the date (69B: `SS 03.06. Key process points`)", () => {
    const text = updateOf("69B");
    const entries = parseUpdateLog(text);
    expect(brief(entries)).toEqual(["2015-05-27 KJ", "2015-06-03* SS"]);
    expect(entries[1]).toMatchObject({ dateText: "03.06", initials: "SS", separator: "." });
    expect(entries[1].raw.startsWith("SS 03.06. Key process points agreed")).toBe(true);
    // `planned 9.06.2015.` and `week 22/06/2015.` stay in the text.
    expect(entries[1].text).toContain("Further sessions with ATM's planned 9.06.2015. sec 47");
    expect(entries[1].text).toContain("planned for week 22/06/2015. Standard setting");
  });

  test("a date with initials and a colon starts an entry even mid-sentence (69G: `training plan 03.06.2015 SS:`)", () => {
    const entries = parseUpdateLog(updateOf("69G"));
    expect(entries.map((e) => e.raw)).toEqual([
      "27.05.15 KJ: This is in the 15/16 training plan",
      "03.06.2015 SS: KJ to speak with training to understand their offer and what they could provide.",
    ]);
  });

  test("a dated sentence without initials after an undated one (20)", () => {
    const entries = parseUpdateLog(updateOf("20"));
    expect(brief(entries)).toEqual(["-", "2015-01-26", "2015-05-14 AMD"]);
    expect(entries[1].text).toBe("Child Protection Case Conference Investigator appointed. Another post is currently being recruited to.");
  });

  test("an entry start straight after words, marked by initials and a colon (21D, 4A, 38N, 56C)", () => {
    expect(brief(parseUpdateLog(updateOf("21D")))).toEqual(["-", "2015-05-05 ND", "2015-06-03 ND"]);
    expect(brief(parseUpdateLog(updateOf("4A")))).toEqual(["-", "2015-05-07 SK", "2015-05-20 PL"]);
    expect(brief(parseUpdateLog(updateOf("38N")))).toEqual(["-", "2015-04-30 DO"]);
    expect(brief(parseUpdateLog(updateOf("56C")))).toEqual(["-", "2015-05-07 DH"]);
    expect(parseUpdateLog(updateOf("21D"))[0].raw).toBe(
      "Joint funding proposal for this post has been sent to the LSCB partners. Proposed for RBC to host the post, job description being written and evaluated in anticipation of a funding solution being found",
    );
  });

  test("a date after a closing quote and full stop (66)", () => {
    const entries = parseUpdateLog(updateOf("66"));
    expect(brief(entries)).toEqual(["2015-05-05 ND", "2015-06-03 ND"]);
    expect(entries[0].raw.endsWith('"Action Plan 06 05 15.docx".')).toBe(true);
  });

  test("three entries, the last without initials (38C)", () => {
    const entries = parseUpdateLog(updateOf("38C"));
    expect(brief(entries)).toEqual(["2015-04-30 JA", "2015-05-08 SK", "2015-05-22"]);
    expect(entries[2].text).toBe("Final draft completed and is being checked. JA is writing the Committee report.");
  });

  test("57: initials without a colon, `- action complete` stays in the text", () => {
    const [entry] = parseUpdateLog(updateOf("57"));
    expect(entry).toMatchObject({ date: "2015-05-05", initials: "ND", separator: "" });
    expect(entry.text.endsWith("has been made. - action complete")).toBe(true);
  });
});

describe("parseUpdateLog: dates inside the text are not entries", () => {
  test.each([
    ["27.05.15 KJ: First meeting completed on 26.05.15. Further sessions to follow."],
    ["27.05.15 KJ: This is a new requirement and requires discussion on 09.06.15"],
    ["30.04.15 JA: Both policies are going to Foster Carers Working Group on 06.05.15."],
    ["18.05.15 DO: Identified need during meeting with HMc on 18/5."],
    ["03.06.2015 CP: on the agenda for ACE committee on 29.06.2015. Project plan drafted."],
    ["27.05.15 KJ: QA session complete 03.06.2015. New oversight points introduced 09.06."],
    ["27.05.15 KJ: Sessions planned 9.06.2015. sec 47 workshops booked for week 22/06/2015."],
    ["18.05.15 AMD: see the file \"Team Action Plan 18.05.15.docx\" provided by AMD."],
    ["27.05.15 KJ: meeting held on 26.05.2015 SS: agreed the plan"],
    ["27.05.15 KJ: We are auditing 14-15 CP visits"],
    ["27.05.15 KJ: See actions under 3.3 Consistency of practice."],
    ["27.05.15 KJ: the meeting is due by 30.06.2015 - all agreed"],
    ["27.05.15 KJ: e.g. 01.06.2015 was missed"],
  ])("%s", (text) => {
    const entries = parseUpdateLog(text);
    expect(entries).toHaveLength(1);
    expect(entries[0].raw).toBe(text);
  });

  test("undated text mentioning dates is one undated entry (80C, 80D, 22C)", () => {
    for (const ref of ["80C", "80D", "22C"]) {
      const text = updateOf(ref);
      expect(parseUpdateLog(text)).toEqual([{ text, raw: text, start: 0 }]);
    }
  });

  test("69E: `held on 26.05.2015` stays in the second entry", () => {
    const entries = parseUpdateLog(updateOf("69E"));
    expect(brief(entries)).toEqual(["2015-05-27 KJ", "2015-06-03* SS"]);
    expect(entries[1].text).toContain("(inc thresholds) held on 26.05.2015 as ATM's are currently taking on this role.");
  });
});

describe("parseUpdateLog: years, impossible dates, options", () => {
  test("a year-less date takes its year from the nearest earlier dated entry", () => {
    expect(brief(parseUpdateLog("20.12.14 KJ: a. 05.01 SS: b. 10.01.2015 KJ: c."))).toEqual(["2014-12-20 KJ", "2015-01-05* SS", "2015-01-10 KJ"]);
  });

  test("... or, with none earlier, from the next later one", () => {
    expect(brief(parseUpdateLog("03.06 SS: a. 10.06.2015 KJ: b."))).toEqual(["2015-06-03* SS", "2015-06-10 KJ"]);
    expect(brief(parseUpdateLog("30.12 SS: a. 04.01.16 KJ: b."))).toEqual(["2015-12-30* SS", "2016-01-04 KJ"]);
  });

  test("a slightly back-dated entry keeps the neighbour's year", () => {
    expect(brief(parseUpdateLog("27.05.15 KJ: a. 26.05 SS: b."))).toEqual(["2015-05-27 KJ", "2015-05-26* SS"]);
  });

  test("with no dated neighbour the date stays unknown and says why (69H)", () => {
    expect(parseUpdateLog(updateOf("69H"))).toEqual([
      {
        dateText: "03.06",
        dateIssue: "03.06 has no year and no other entry in the cell gives one",
        initials: "SS",
        separator: ":",
        text: "informed there is no PSW capacity to provide this.",
        raw: "03.06 SS: informed there is no PSW capacity to provide this.",
        start: 0,
      },
    ]);
  });

  test("a year-less date needs initials or a separator to start an entry", () => {
    expect(parseUpdateLog("27.05.15 KJ: done. 03.06 was the next session")).toHaveLength(1);
    expect(parseUpdateLog("27.05.15 KJ: done. 03.06: next session")).toHaveLength(2);
  });

  test("an impossible entry date is kept as written, with the reason", () => {
    expect(parseUpdateLog("31.06.15 KJ: text")).toEqual([
      { dateText: "31.06.15", dateIssue: "31.06.15 is not a real date", initials: "KJ", separator: ":", text: "text", raw: "31.06.15 KJ: text", start: 0 },
    ]);
    expect(parseUpdateLog("29.02 KJ: text. 01.03.2015 SS: more")[0]).toMatchObject({ dateText: "29.02", dateIssue: "29.02 is not a real date in 2015" });
    expect(brief(parseUpdateLog("29.02 KJ: text. 01.03.2016 SS: more"))).toEqual(["2016-02-29* KJ", "2016-03-01 SS"]);
  });

  test("month-first plans read entry dates month first", () => {
    expect(brief(parseUpdateLog("06/03/2015 KJ: a. 06/10 SS: b.", { order: "mdy" }))).toEqual(["2015-06-03 KJ", "2015-06-10* SS"]);
    expect(brief(parseUpdateLog("09/25/2024 KJ: a.", { order: "mdy" }))).toEqual(["2024-09-25 KJ"]);
    expect(brief(parseUpdateLog("09/25/2024 KJ: a."))).toEqual(["-"]);
  });

  test("known initials decide whether a word without a colon is initials", () => {
    const glossary = readingPlan.glossary.map((g) => g.initials);
    expect(parseUpdateLog("02.06.2015 EB confirmed", { knownInitials: glossary })[0]).toMatchObject({ initials: "EB", text: "confirmed" });
    expect(parseUpdateLog("02.06.2015 TVP confirmed", { knownInitials: glossary })[0]).toMatchObject({ text: "TVP confirmed" });
    expect(parseUpdateLog("02.06.2015 TVP confirmed", { knownInitials: glossary })[0].initials).toBeUndefined();
    expect(parseUpdateLog("02.06.2015 TVP confirmed")[0].initials).toBe("TVP");
    // With a colon, unknown initials are still initials (the validator reports them).
    expect(parseUpdateLog("02.06.2015 XY: text", { knownInitials: glossary })[0].initials).toBe("XY");
  });
});

describe("parseUpdateLog: every update in the Reading plan", () => {
  const expected: [string, string[]][] = [
    ["69A", ["2015-05-27 KJ"]],
    ["69B", ["2015-05-27 KJ","2015-06-03* SS"]],
    ["69D", ["2015-05-27 KJ"]],
    ["69E", ["2015-05-27 KJ","2015-06-03* SS"]],
    ["69F", ["2015-06-03"]],
    ["69G", ["2015-05-27 KJ","2015-06-03 SS"]],
    ["69H", ["?03.06 SS"]],
    ["69G#2", ["2015-05-27 KJ","2015-06-03 SS"]],
    ["9", ["2015-06-01"]],
    ["9A", ["2015-06-01"]],
    ["9F", ["2015-06-01"]],
    ["11", ["2015-06-01"]],
    ["18", ["2015-06-02 EB"]],
    ["20", ["-","2015-01-26","2015-05-14 AMD"]],
    ["29", ["2015-05-05 EB"]],
    ["29B", ["2015-05-06 KMc","2015-05-12 GD"]],
    ["65", ["2015-06-03 CP"]],
    ["67", ["2015-06-03 AF"]],
    ["66", ["2015-05-05 ND","2015-06-03 ND"]],
    ["21C", ["2015-05-05 ND"]],
    ["21D", ["-","2015-05-05 ND","2015-06-03 ND"]],
    ["21E", ["2015-05-07 SK"]],
    ["22", ["2015-04-30 JHB","2015-05-26 JHB"]],
    ["22B", ["2015-05-18 DO"]],
    ["22C", ["-"]],
    ["4A", ["-","2015-05-07 SK","2015-05-20 PL"]],
    ["57", ["2015-05-05 ND"]],
    ["80B", ["-","2015-05-27 KJ"]],
    ["80C", ["-"]],
    ["80D", ["-"]],
    ["80E", ["2015-05-27 KJ"]],
    ["59", ["2015-06-03 AMD"]],
    ["59B", ["2015-05-14 AMD"]],
    ["59C", ["2015-05-14 AMD"]],
    ["1A", ["-","2015-05-07 DH","2015-05-26 DH"]],
    ["13D", ["-","2015-06-02 EB/CP"]],
    ["8B", ["2015-06-03 AF"]],
    ["8D", ["2015-06-03 AF"]],
    ["8E", ["2015-05-07 SK"]],
    ["8F", ["2015-05-08 DO"]],
    ["23B", ["2015-04-30 JA"]],
    ["31C", ["2015-05-07 DH","2015-05-26 DH"]],
    ["31E", ["2015-05-26 DH","2015-06-03 CP"]],
    ["31H", ["2015-05-26 DH"]],
    ["31J", ["2015-05-26 DH"]],
    ["56", ["2015-05-07 DH"]],
    ["56B", ["-","2015-05-07 DH","2015-06-03 AF"]],
    ["56C", ["-","2015-05-07 DH"]],
    ["42A", ["2015-06-01"]],
    ["85A", ["2015-05-18 AMD"]],
    ["28", ["2015-06-03 DH"]],
    ["24", ["2015-04-30 JHB"]],
    ["25", ["2015-04-30 JHB"]],
    ["25A", ["2015-04-30 JHB"]],
    ["33A", ["-"]],
    ["33B", ["2015-05-06 KMc"]],
    ["33D", ["2015-06-06 KMc"]],
    ["34A", ["2015-05-12 GD"]],
    ["35A", ["2015-05-06 KMc"]],
    ["35B", ["-"]],
    ["35C", ["-"]],
    ["40", ["-","2015-05-12 AK"]],
    ["47B", ["2015-05-18 DO","2015-05-21 DO"]],
    ["47C", ["2015-05-21 DO"]],
    ["47D", ["2015-05-21 DO"]],
    ["47E", ["2015-05-21 DO"]],
    ["48E", ["2015-05-21 DO"]],
    ["48F", ["2015-05-21 DO"]],
    ["88", ["2015-06-01"]],
    ["38C", ["2015-04-30 JA","2015-05-08 SK","2015-05-22"]],
    ["38D", ["2015-05-08 SK"]],
    ["38F", ["2015-05-22"]],
    ["38N", ["-","2015-04-30 DO"]],
    ["44E", ["2015-04-30 JA"]],
    ["44F", ["2015-04-30 JA"]],
    ["44G", ["2015-04-30 JA"]],
    ["44H", ["2015-04-30 JA"]],
    ["44J", ["2015-04-30 JA"]],
    ["45", ["2015-04-30 JA"]],
    ["77", ["-"]],
    ["71A", ["2015-05-07 VL"]],
    ["71B", ["2015-05-07 VL"]],
    ["71C", ["2015-05-07 VL"]],
    ["71D", ["2015-05-07 VL"]],
    ["71E", ["2015-05-07 VL"]],
    ["71G", ["2015-05-07 VL"]],
    ["71H", ["2015-05-07 VL"]],
    ["71I", ["2015-05-07 VL"]],
    ["32B", ["-"]],
    ["78C", ["2015-06-03 AMD"]],  ];

  test("entry dates and initials", () => {
    const seen = new Map<string, number>();
    const actual: [string, string[]][] = [];
    for (const action of readingPlan.actions) {
      if (!action.update) continue;
      const n = (seen.get(action.ref) ?? 0) + 1;
      seen.set(action.ref, n);
      actual.push([n > 1 ? `${action.ref}#${n}` : action.ref, brief(parseUpdateLog(action.update))]);
    }
    expect(actual).toEqual(expected);
  });

  test("no text is lost from any of them", () => {
    for (const action of readingPlan.actions) expectNothingLost(action.update, parseUpdateLog(action.update));
  });
});

describe("initialsList", () => {
  test("splits joint initials", () => {
    expect(initialsList("EB/CP")).toEqual(["EB", "CP"]);
    expect(initialsList("EB & CP")).toEqual(["EB", "CP"]);
    expect(initialsList("KMc")).toEqual(["KMc"]);
    // A stray or doubled separator names no one: `EB//CP`, `EB/ ` (typed before the second person).
    expect(initialsList("EB//CP")).toEqual(["EB", "CP"]);
    expect(initialsList("EB/ ")).toEqual(["EB"]);
  });
});
