/**
 * The rules of ../shared/docs/manifest.md, checked offline: Microsoft's validator is an online
 * service, and a manifest that breaks any of these shows the user only "This add-in is no longer
 * available". Each test names the rule it guards.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { XMLValidator } from "fast-xml-parser";
import { VIEW_NAMES } from "../../src/taskpane/view-route";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  vo: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const source = fs.readFileSync(MANIFEST, "utf8");
const parseMessages: string[] = [];
const doc: Document = new DOMParser({
  onError: (level, message) => parseMessages.push(`${level}: ${message}`),
}).parseFromString(source, "text/xml");
const root = doc.documentElement as Element;

// ---- helpers ----

function children(parent: Element): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function child(parent: Element, name: string): Element {
  const found = children(parent).filter((e) => e.localName === name);
  if (found.length !== 1) throw new Error(`<${parent.localName}> should hold one <${name}>, holds ${found.length}`);
  return found[0];
}

function optionalChild(parent: Element, name: string): Element | undefined {
  return children(parent).find((e) => e.localName === name);
}

function descendants(parent: Element, name?: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of children(e)) {
      if (!name || c.localName === name) out.push(c);
      walk(c);
    }
  };
  walk(parent);
  return out;
}

function xsiType(e: Element): string | null {
  return e.getAttributeNS(NS.xsi, "type");
}

function text(e: Element): string {
  return (e.textContent ?? "").trim();
}

/** Where an element sits, for messages: `OfficeApp/VersionOverrides/.../Control[APA.X]`. */
function where(e: Element): string {
  const parts: string[] = [];
  for (let n: Element | null = e; n && n.nodeType === 1; n = n.parentNode as Element | null) {
    const id = n.getAttribute("id");
    parts.unshift(id ? `${n.localName}[${id}]` : (n.localName ?? ""));
  }
  return parts.join("/");
}

/**
 * Checks that the element's children appear in the given order, each at most once unless marked
 * repeatable, required ones present, and nothing else. Returns a list of problems.
 */
function orderProblems(parent: Element, sequence: { name: string; required?: boolean; many?: boolean }[]): string[] {
  const problems: string[] = [];
  const names = children(parent).map((e) => e.localName);
  let at = 0;
  for (const name of names) {
    const index = sequence.findIndex((s) => s.name === name);
    if (index < 0) {
      problems.push(`<${name}> is not allowed in <${parent.localName}>`);
      continue;
    }
    if (index < at || (index === at && names.filter((n) => n === name).length > 1 && !sequence[index].many)) {
      problems.push(`<${name}> is out of order or repeated in <${parent.localName}>: ${names.join(", ")}`);
    }
    at = Math.max(at, index);
  }
  for (const s of sequence) {
    if (s.required && !names.includes(s.name)) problems.push(`<${parent.localName}> lacks <${s.name}>`);
  }
  return problems;
}

const versionOverrides = child(root, "VersionOverrides");
const resources = child(versionOverrides, "Resources");
const workbookHost = child(child(versionOverrides, "Hosts"), "Host");
const desktop = child(workbookHost, "DesktopFormFactor");
const groups = descendants(desktop, "Group");
const controls = descendants(desktop, "Control");

/** Resource collections by their element name (`Images`, `Urls`, `ShortStrings`, `LongStrings`). */
function collection(name: string): Map<string, Element> {
  const items = new Map<string, Element>();
  const el = optionalChild(resources, name);
  if (el) for (const item of children(el)) items.set(item.getAttribute("id") ?? "", item);
  return items;
}

/** Every URL the manifest gives Office, with where it was found. */
function allUrls(): { at: string; url: string }[] {
  const urls: { at: string; url: string }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const e = optionalChild(root, name);
    if (e) urls.push({ at: name, url: e.getAttribute("DefaultValue") ?? "" });
  }
  urls.push({
    at: "DefaultSettings/SourceLocation",
    url: child(child(root, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue") ?? "",
  });
  for (const coll of ["Images", "Urls"]) {
    for (const [id, item] of collection(coll)) {
      urls.push({ at: `${coll}/${id}`, url: item.getAttribute("DefaultValue") ?? "" });
      for (const o of children(item)) urls.push({ at: `${coll}/${id}/Override`, url: o.getAttribute("Value") ?? "" });
    }
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repo file an icon URL serves: `https://host/assets/x.png` → `<root>/assets/x.png`. */
function assetFile(url: string): string {
  return path.join(ROOT, decodeURIComponent(new URL(url).pathname));
}

// ---- tests ----

describe("manifest.xml: parsing", () => {
  test("parses without errors or warnings", () => {
    expect(parseMessages).toEqual([]);
  });

  test("a second, stricter parser finds it well formed", () => {
    // xmldom recovers from some errors (a repeated attribute, a mismatched end tag) with only a
    // warning; fast-xml-parser's validator reports them with line and column, in process, so
    // `npm test` needs no system XML tool.
    expect(XMLValidator.validate(source)).toBe(true);
  });

  test("that parser rejects what Office would reject (checked on broken copies)", () => {
    const broken = [source.replace("</OfficeApp>", ""), source.replace("<Id>", '<Id a="1" a="2">')];
    for (const xml of broken) expect(XMLValidator.validate(xml)).toEqual({ err: expect.objectContaining({ line: expect.any(Number) }) });
  });

  test("every & is written as an entity", () => {
    const raw = source.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^\s]{0,12}/g) ?? [];
    expect(raw).toEqual([]);
  });

  test("the xsi namespace is the http URI, never https", () => {
    expect(root.getAttribute("xmlns:xsi")).toBe(NS.xsi);
    expect(source).not.toContain("https://www.w3.org/2001/XMLSchema-instance");
  });
});

describe("manifest.xml: root and base elements", () => {
  test("root is a TaskPaneApp OfficeApp with the bt namespace", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(root.getAttribute("xmlns:bt")).toBe(NS.bt);
  });

  test("children follow the schema's order", () => {
    expect(
      orderProblems(root, [
        { name: "Id", required: true },
        { name: "AlternateId" },
        { name: "Version", required: true },
        { name: "ProviderName", required: true },
        { name: "DefaultLocale", required: true },
        { name: "DisplayName", required: true },
        { name: "Description", required: true },
        { name: "IconUrl" },
        { name: "HighResolutionIconUrl" },
        { name: "SupportUrl" },
        { name: "AppDomains" },
        { name: "Hosts" },
        { name: "Requirements" },
        { name: "DefaultSettings", required: true },
        { name: "Permissions", required: true },
        { name: "Dictionary" },
        { name: "VersionOverrides" },
      ]),
    ).toEqual([]);
  });

  test("no mail-only or content-only elements", () => {
    const banned = ["FormSettings", "Rule", "DisableEntityHighlighting", "AllowSnapshot", "RequestedWidth", "RequestedHeight"];
    expect(descendants(root).filter((e) => banned.includes(e.localName ?? "")).map(where)).toEqual([]);
  });

  test("Id is a plain hyphenated GUID", () => {
    expect(text(child(root, "Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test("Version has four numeric parts", () => {
    const parts = text(child(root, "Version")).split(".");
    expect(parts).toHaveLength(4);
    for (const p of parts) {
      expect(p).toMatch(/^\d{1,5}$/);
      expect(Number(p)).toBeLessThanOrEqual(65535);
    }
  });

  test("DefaultLocale is en-GB", () => {
    expect(text(child(root, "DefaultLocale"))).toBe("en-GB");
  });

  test("names and description fit their limits", () => {
    const provider = text(child(root, "ProviderName"));
    const display = child(root, "DisplayName").getAttribute("DefaultValue") ?? "";
    const description = child(root, "Description").getAttribute("DefaultValue") ?? "";
    expect(provider).toBe("Action Plan Assistant");
    expect(display).toBe("Action Plan Assistant");
    expect(display.length).toBeLessThanOrEqual(30);
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(250);
  });

  test("every URL is https, parses, and is at most 2,048 characters", () => {
    const bad = allUrls().filter(({ url }) => {
      try {
        return new URL(url).protocol !== "https:" || url.length > 2048;
      } catch {
        return true;
      }
    });
    expect(bad).toEqual([]);
  });

  test("every URL shares one origin (so one build setting moves them all)", () => {
    const origins = new Set(allUrls().map(({ url }) => new URL(url).origin));
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });

  test("AppDomains holds at least one scheme://host[:port] with no path", () => {
    const domains = children(child(root, "AppDomains"));
    expect(domains.length).toBeGreaterThan(0);
    for (const d of domains) {
      expect(d.localName).toBe("AppDomain");
      const value = text(d);
      expect(value).toMatch(/^https:\/\/[^/?#\s]+$/);
      expect(new URL(value).origin).toBe(value);
    }
  });

  test("the only host is Workbook", () => {
    const hosts = children(child(root, "Hosts"));
    expect(hosts.map((h) => [h.localName, h.getAttribute("Name")])).toEqual([["Host", "Workbook"]]);
  });

  test("Requirements ask for ExcelApi with n.n versions, unprefixed", () => {
    const sets = child(child(root, "Requirements"), "Sets");
    expect(sets.namespaceURI).toBe(NS.app);
    expect(sets.getAttribute("DefaultMinVersion")).toMatch(/^\d+\.\d+$/);
    const set = child(sets, "Set");
    expect(set.namespaceURI).toBe(NS.app);
    expect(set.getAttribute("Name")).toBe("ExcelApi");
    expect(set.getAttribute("MinVersion")).toBe("1.9");
    for (const s of descendants(root, "Set")) {
      const v = s.getAttribute("MinVersion");
      if (v !== null) expect(v).toMatch(/^\d+\.\d+$/);
    }
  });

  test("DefaultSettings opens the task pane page", () => {
    const url = child(child(root, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue");
    expect(url).toBe("https://localhost:3000/taskpane.html");
  });

  test("Permissions is a known value: ReadWriteDocument", () => {
    const value = text(child(root, "Permissions"));
    expect(["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"]).toContain(value);
    expect(value).toBe("ReadWriteDocument");
  });
});

describe("manifest.xml: VersionOverrides", () => {
  test("namespace and xsi:type VersionOverridesV1_0", () => {
    expect(versionOverrides.namespaceURI).toBe(NS.vo);
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
  });

  test("children follow the schema's order", () => {
    expect(
      orderProblems(versionOverrides, [
        { name: "Description" },
        { name: "Requirements" },
        { name: "Hosts" },
        { name: "Resources" },
        { name: "WebApplicationInfo" },
      ]),
    ).toEqual([]);
  });

  test("one Workbook host with a desktop form factor in schema order", () => {
    expect(children(child(versionOverrides, "Hosts"))).toHaveLength(1);
    expect(xsiType(workbookHost)).toBe("Workbook");
    expect(
      orderProblems(desktop, [
        { name: "GetStarted" },
        { name: "FunctionFile", required: true },
        { name: "ExtensionPoint", required: true, many: true },
      ]),
    ).toEqual([]);
  });

  test("GetStarted, when present, has Title, Description and LearnMoreUrl", () => {
    const getStarted = optionalChild(desktop, "GetStarted");
    if (!getStarted) return;
    expect(children(getStarted).map((e) => e.localName)).toEqual(["Title", "Description", "LearnMoreUrl"]);
  });

  test("FunctionFile points at commands.html", () => {
    const resid = child(desktop, "FunctionFile").getAttribute("resid") ?? "";
    expect(new URL(collection("Urls").get(resid)?.getAttribute("DefaultValue") ?? "").pathname).toBe("/commands.html");
  });

  test("one Group on the Home tab of the primary command surface", () => {
    const points = children(desktop).filter((e) => e.localName === "ExtensionPoint");
    expect(points.map(xsiType)).toEqual(["PrimaryCommandSurface"]);
    const tabs = children(points[0]);
    expect(tabs.map((t) => [t.localName, t.getAttribute("id")])).toEqual([["OfficeTab", "TabHome"]]);
    expect(groups).toHaveLength(1);
    expect(groups[0].parentNode).toBe(tabs[0]);
  });

  test("the Group holds Label, Icon and 1-6 Controls in order", () => {
    const group = groups[0];
    expect(orderProblems(group, [{ name: "Label", required: true }, { name: "Icon", required: true }, { name: "Control", required: true, many: true }])).toEqual([]);
    expect(controls.length).toBeGreaterThanOrEqual(1);
    expect(controls.length).toBeLessThanOrEqual(6);
  });

  test("group and control ids are unique and 1-125 characters", () => {
    const ids = [...groups, ...controls].map((e) => e.getAttribute("id") ?? "");
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(125);
    }
  });

  test("every Control is a Button with Label, Supertip, Icon and Action in order", () => {
    for (const control of controls) {
      expect([where(control), xsiType(control)]).toEqual([where(control), "Button"]);
      expect(children(control).map((e) => e.localName)).toEqual(["Label", "Supertip", "Icon", "Action"]);
      expect(children(child(control, "Supertip")).map((e) => e.localName)).toEqual(["Title", "Description"]);
    }
  });

  test("every Icon has 16, 32 and 80 px images and only ribbon sizes", () => {
    for (const icon of descendants(desktop, "Icon")) {
      const sizes = children(icon).map((img) => {
        expect(img.localName).toBe("Image");
        expect(img.namespaceURI).toBe(NS.bt);
        return Number(img.getAttribute("size"));
      });
      expect([where(icon), sizes.filter((s) => [16, 32, 80].includes(s)).sort((a, b) => a - b)]).toEqual([where(icon), [16, 32, 80]]);
      for (const s of sizes) expect([16, 20, 24, 32, 40, 48, 64, 80]).toContain(s);
      expect(new Set(sizes).size).toBe(sizes.length);
    }
  });

  test("every Action is a well-formed ShowTaskpane or ExecuteFunction", () => {
    for (const action of descendants(desktop, "Action")) {
      const type = xsiType(action);
      if (type === "ShowTaskpane") {
        expect(orderProblems(action, [{ name: "TaskpaneId" }, { name: "SourceLocation", required: true }, { name: "Title" }])).toEqual([]);
      } else {
        expect(type).toBe("ExecuteFunction");
        const name = text(child(action, "FunctionName"));
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(250);
      }
    }
  });

  test("one button opens one pane at taskpane.html, with no view forced (the pane's tabs move between views)", () => {
    // Buttons that share a TaskpaneId with different pages error on Excel on the web (office-js
    // #2918) and opened the wrong page on Mac (#175); one button and in-pane navigation avoid both.
    const actions = controls.map((c) => child(c, "Action"));
    expect(actions.map((a) => xsiType(a))).toEqual(["ShowTaskpane"]);
    const paneIds = actions.map((a) => text(child(a, "TaskpaneId")));
    expect(paneIds).toEqual(["APA.Pane"]);
    const resid = child(actions[0], "SourceLocation").getAttribute("resid") ?? "";
    const url = new URL(collection("Urls").get(resid)?.getAttribute("DefaultValue") ?? "");
    expect(url.pathname).toBe("/taskpane.html");
    // No ?view=: the pane opens at the view last used (test/taskpane/boot.test.tsx).
    expect(url.search).toBe("");
    // The page the button opens is the one DefaultSettings opens, so there is one runtime.
    expect(url.href).toBe(child(child(root, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue"));
    // Every view the pane knows is still reachable inside it.
    expect(VIEW_NAMES).toEqual(["plan", "update", "validate", "chase", "summary"]);
  });
});

describe("manifest.xml: resources and resids", () => {
  test("Resources holds Images, Urls, ShortStrings, LongStrings in order", () => {
    expect(
      orderProblems(resources, [{ name: "Images" }, { name: "Urls" }, { name: "ShortStrings" }, { name: "LongStrings" }]),
    ).toEqual([]);
    for (const coll of children(resources)) expect(coll.namespaceURI).toBe(NS.bt);
  });

  test("resource ids are unique, 1-32 characters, with a DefaultValue and bt: overrides", () => {
    const ids: string[] = [];
    for (const coll of children(resources)) {
      for (const item of children(coll)) {
        const id = item.getAttribute("id") ?? "";
        ids.push(id);
        expect([id, id.length > 0 && id.length <= 32]).toEqual([id, true]);
        expect(item.namespaceURI).toBe(NS.bt);
        expect(item.getAttribute("DefaultValue")).toBeTruthy();
        for (const o of children(item)) {
          expect([o.localName, o.namespaceURI]).toEqual(["Override", NS.bt]);
          expect(o.getAttribute("Locale")).toBeTruthy();
          expect(o.getAttribute("Value")).toBeTruthy();
        }
      }
    }
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test("ShortStrings are at most 125 characters, LongStrings at most 250", () => {
    const lengths = (name: string) =>
      [...collection(name).values()].flatMap((item) => [
        item.getAttribute("DefaultValue") ?? "",
        ...children(item).map((o) => o.getAttribute("Value") ?? ""),
      ]);
    for (const s of lengths("ShortStrings")) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of lengths("LongStrings")) expect(s.length).toBeLessThanOrEqual(250);
  });

  test("every resid is 1-32 characters and resolves in the right collection", () => {
    const expected: Record<string, string> = {
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      LearnMoreUrl: "Urls",
      Image: "Images",
    };
    const withResid = descendants(versionOverrides).filter((e) => e.hasAttribute("resid"));
    expect(withResid.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const e of withResid) {
      const resid = e.getAttribute("resid") ?? "";
      const coll = expected[e.localName ?? ""];
      if (!coll) problems.push(`${where(e)}: no rule for resid on <${e.localName}>`);
      else if (resid.length < 1 || resid.length > 32) problems.push(`${where(e)}: resid "${resid}" is ${resid.length} characters`);
      else if (!collection(coll).has(resid)) problems.push(`${where(e)}: resid "${resid}" is not in ${coll}`);
    }
    expect(problems).toEqual([]);
  });

  test("every icon file exists in assets/ with the pixel size it is used at", () => {
    const uses: { url: string; size: number; at: string }[] = [
      { url: child(root, "IconUrl").getAttribute("DefaultValue") ?? "", size: 32, at: "IconUrl" },
      { url: child(root, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64, at: "HighResolutionIconUrl" },
    ];
    const images = collection("Images");
    for (const img of descendants(desktop, "Image")) {
      const resid = img.getAttribute("resid") ?? "";
      uses.push({ url: images.get(resid)?.getAttribute("DefaultValue") ?? "", size: Number(img.getAttribute("size")), at: where(img) });
    }
    const problems: string[] = [];
    for (const use of uses) {
      const file = assetFile(use.url);
      if (!file.startsWith(path.join(ROOT, "assets") + path.sep) || !fs.existsSync(file)) {
        problems.push(`${use.at}: ${use.url} is not a file in assets/`);
        continue;
      }
      const { width, height } = pngSize(file);
      if (width !== use.size || height !== use.size) problems.push(`${use.at}: ${path.basename(file)} is ${width}×${height}, used as ${use.size}`);
    }
    expect(problems).toEqual([]);
  });

  test("every Image resource is used (no stale icons)", () => {
    const used = new Set(descendants(desktop, "Image").map((i) => i.getAttribute("resid")));
    expect([...collection("Images").keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("every page the manifest opens is one the build writes", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js") as (env: unknown, argv: { mode: string }) => {
      plugins: { constructor: { name: string }; userOptions?: { filename?: string } }[];
    };
    const pages = makeConfig({}, { mode: "production" })
      .plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p) => `/${p.userOptions?.filename}`);
    const opened = allUrls()
      .map(({ url }) => new URL(url).pathname)
      .filter((p) => p.endsWith(".html"));
    expect(opened.length).toBeGreaterThan(0);
    for (const p of opened) expect(pages).toContain(p);
  });
});

describe("manifest.xml: Microsoft's own manifest tool reads it", () => {
  // `npm run manifest:info` is the offline half of office-addin-manifest (validation is an online
  // service). It broke once when a package it needs but does not declare (fs-extra) stopped being
  // hoisted; this keeps the tool itself working, not only our reading of the schema.
  test("office-addin-manifest info names the add-in and the pane page", () => {
    const cli = require.resolve("office-addin-manifest/cli.js");
    const out = execFileSync(process.execPath, [cli, "info", MANIFEST], { encoding: "utf8" });
    expect(out).toMatch(/Name: Action Plan Assistant/);
    expect(out).toMatch(/Source Location: https:\/\/localhost:3000\/taskpane\.html/);
  });
});
