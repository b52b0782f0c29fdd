/**
 * scripts/measure-bundle.js follows the build's chunk graph: a view's first load is the entry,
 * the Office adapter, the view's own chunks and whatever those preload, each shared file once.
 * The graph here is written by hand; file "sizes" are given, so the sums are worked out below.
 */
import { filesOf, firstViews, type ChunkGraph } from "../../scripts/measure-bundle";

const graph: ChunkGraph = {
  groups: {
    taskpane: { initial: true, files: ["taskpane.1.js"], preload: [] },
    commands: { initial: true, files: ["commands.1.js"], preload: [] },
    excel: { initial: false, files: ["excel.1.js"], preload: [] },
    // Both views share chunk 10 (say, the plan reader); the plan view preloads its table.
    "plan-view": { initial: false, files: ["10.js", "plan-view.1.js"], preload: ["plan-table"] },
    "plan-table": { initial: false, files: ["20.js"], preload: [] },
    "update-view": { initial: false, files: ["10.js", "update-view.1.js"], preload: [] },
  },
};

const SIZES: Record<string, number> = {
  "taskpane.1.js": 1000,
  "commands.1.js": 1,
  "excel.1.js": 100,
  "10.js": 50,
  "plan-view.1.js": 20,
  "20.js": 7,
  "update-view.1.js": 30,
};

describe("first views from the chunk graph", () => {
  test("each view counts the entry, the Office adapter, its chunks and what they preload", () => {
    const views = firstViews(graph, (file) => SIZES[file]);
    expect(Object.keys(views)).toEqual(["plan", "update"]);
    expect(views.plan.files).toEqual(["taskpane.1.js", "excel.1.js", "10.js", "plan-view.1.js", "20.js"]);
    // 1000 entry + 100 excel + 50 shared + 20 plan view + 7 preloaded table = 1177
    expect(views.plan.gzipBytes).toBe(1177);
    // 1000 + 100 + 50 + 30 = 1180; the function file (commands) is never counted
    expect(views.update.gzipBytes).toBe(1180);
  });

  test("a shared file is counted once, and a missing group is an error rather than a guess", () => {
    expect(filesOf(graph, ["plan-view", "update-view"])).toEqual(["10.js", "plan-view.1.js", "20.js", "update-view.1.js"]);
    expect(() => filesOf(graph, ["summary-view"])).toThrow(/no chunk group "summary-view"/);
  });
});
