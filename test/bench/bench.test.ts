/**
 * The bench's pure parts (scripts/bench), fast: plan generation, and the core and Excel double
 * measurements at small sizes. No timing is asserted; only shapes, counts and that round trips
 * per user action do not grow with the plan.
 */
import { formatTable, parseArgs, runBench } from "../../scripts/bench/index";
import { generateSnapshot, generateXlsx, layout, loadSample, type Sample } from "../../scripts/bench/generate";
import { repeat } from "../../scripts/bench/stats";
import { readPlan } from "../../src/plan";
import { XlsxWorkbook } from "../../src/xlsx";

let sample: Sample;

beforeAll(async () => {
  sample = await loadSample();
});

describe("generated plans", () => {
  test("have exactly the actions asked for, the six workstreams once each, and refs unique across copies", () => {
    for (const actions of [1, 200, 450]) {
      const read = readPlan(generateSnapshot(sample, layout(sample, actions)));
      if (!read.ok) throw new Error(read.message);
      expect(read.plan.actions).toHaveLength(actions);
      expect(read.plan.workstreams).toEqual(read.plan.workstreams.filter((w, i, all) => all.indexOf(w) === i));
      expect(read.plan.headings.filter((h) => h.level === "workstream")).toHaveLength(6);
      // The sample itself repeats three refs (69G, 70, 86); copies must add no other repeats.
      const refs = read.plan.actions.map((a) => a.ref ?? "");
      const repeated = new Set(refs.filter((r, i) => refs.indexOf(r) !== i).map((r) => Number(/^\d+/.exec(r)![0]) % sample.stride));
      expect([...repeated].every((n) => [69, 70, 86].includes(n))).toBe(true);
    }
  });

  test("as .xlsx, read back through the project's reader to the same snapshot", async () => {
    const rows = layout(sample, 200);
    const workbook = await XlsxWorkbook.fromBytes(await generateXlsx(sample, rows), "plan-200.xlsx");
    expect(await workbook.readSnapshot()).toEqual(generateSnapshot(sample, rows));
  });
});

describe("runBench without the CLI, the build or a browser", () => {
  test("gives the JSON shape, and the same round trips at 200 and 2,000 actions", async () => {
    const result = await runBench({
      sizes: [200, 2000],
      coreRuns: () => ({ min: 1, max: 1, budgetMs: 0 }),
      cli: false,
      bundle: "skip",
      browser: false,
    });
    expect(result.sizes.map((s) => s.actions)).toEqual([200, 2000]);
    for (const size of result.sizes) {
      expect(size).toEqual(
        expect.objectContaining({
          actions: expect.any(Number),
          actionsPerSecond: expect.any(Number),
          coreMs: { parse: expect.any(Number), validate: expect.any(Number), summary: expect.any(Number), total: expect.any(Number) },
          syncs: { open: expect.any(Number), validate: expect.any(Number), append: expect.any(Number), summary: expect.anything() },
        }),
      );
      expect(size.actionsPerSecond).toBeGreaterThan(0);
      expect(Object.keys(size.bytes).sort()).toEqual(["append", "open", "summary", "validate"]);
    }
    // Round trips per user action must not grow with the plan.
    expect(result.sizes[1].syncs).toEqual(result.sizes[0].syncs);
    expect(result.syncsEqualAcrossSizes).toBe(true);
    // Reading the whole plan takes three round trips (structure, sizes, cells); more bytes as it grows.
    expect(result.sizes[0].syncs.open).toBe(3);
    expect(result.sizes[1].bytes.open!.response).toBeGreaterThan(result.sizes[0].bytes.open!.response);

    expect(result).toEqual(
      expect.objectContaining({ cliToExcelJsReadRatio: null, bundle: null, paneInteractiveMs: null, skipped: expect.objectContaining({ cli: expect.any(String), bundle: expect.any(String), browser: expect.any(String) }) }),
    );
    // The headline carries every figure the README quotes; parts that did not run are null.
    expect(result.headline).toEqual({
      coreActionsPerSecond: { "200": result.sizes[0].actionsPerSecond, "2000": result.sizes[1].actionsPerSecond },
      validateGrowth20kTo50k: null,
      cliToExcelJsReadRatio: null,
      helpToBareNodeRatio: null,
      peakRssRatio: null,
      firstViewGzipBytes: null,
    });
    const parsed = JSON.parse(JSON.stringify(result));
    expect(parsed.sizes).toHaveLength(2);
    expect(formatTable(result)).toMatch(/check: sync counts per user action equal for 200, 2,000 actions: yes/);
  }, 30_000);
});

describe("options", () => {
  test("parseArgs reads the flags and refuses anything else", () => {
    expect(parseArgs(["--json", "--no-browser", "--no-build", "--sizes", "200,2000"])).toEqual({
      json: true,
      options: { browser: false, bundle: "never", sizes: [200, 2000] },
    });
    expect(parseArgs(["--sizes=20_000"]).options.sizes).toEqual([20000]);
    expect(parseArgs(["--no-double"]).options).toEqual({ double: false });
    expect(() => parseArgs(["--sizes", "abc"])).toThrow(/--sizes/);
    expect(() => parseArgs(["--fast"])).toThrow(/Unknown option --fast/);
  });

  test("repeat runs at least min times, at most max, and stops when the budget would be passed", async () => {
    expect(await repeat({ min: 2, max: 5, budgetMs: 0 }, (i) => i)).toEqual([0, 1]);
    expect(await repeat({ min: 1, max: 4, budgetMs: 60_000 }, (i) => i)).toEqual([0, 1, 2, 3]);
  });
});
