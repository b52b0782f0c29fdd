/**
 * Turns the bench's TypeScript, and everything it imports (src/plan, src/excel, src/xlsx, src/cli,
 * test/excel-double ...), into CommonJS under build/bench/js/, mirroring the repo's folders so
 * relative imports and node_modules resolve as they do from the sources.
 *
 * Why not `tsc -p`: no type checking here (that is `npm run typecheck`'s job), so a type error in
 * someone's work in progress never stops the bench, and a clean clone needs no build step first.
 * TypeScript's `transpileModule` gives the same output as tsc for this repo, whose tsconfig sets
 * `isolatedModules`. Files are re-transpiled only when their text changed (a hash per file).
 */
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const REPO = path.resolve(__dirname, "../..");
const OUT = path.join(REPO, "build/bench/js");
const MANIFEST = path.join(OUT, ".manifest.json");

/**
 * Relative module specifiers in `import ... from`, `export ... from`, `import()` (with any
 * `/* webpackChunkName ... *\/` comments before the specifier, as the pane's lazy chunks have)
 * and `require()`.
 */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*(?:\/\*[\s\S]*?\*\/\s*)*|\brequire\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']*)["']/gm;

/** The file a relative specifier names: `x.ts`, `x.tsx`, `x.js` (copied), `x/index.ts`, or the file itself. */
function resolveSource(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [`${base}.ts`, `${base}.tsx`, `${base}.js`, path.join(base, "index.ts"), path.join(base, "index.tsx"), path.join(base, "index.js")];
  if (/\.(json|js|cjs)$/.test(base)) candidates.unshift(base);
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/** The compiler options of tsconfig.json, as transpileModule wants them (CommonJS for Node). */
function compilerOptions(ts) {
  const { config, error } = ts.readConfigFile(path.join(REPO, "tsconfig.json"), ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.convertCompilerOptionsFromJson(config.compilerOptions ?? {}, REPO);
  return { ...parsed.options, module: ts.ModuleKind.CommonJS, sourceMap: false, inlineSourceMap: false, declaration: false, noEmit: false };
}

/**
 * Transpiles `entries` (repo-relative .ts files) and everything they import, relatively, into
 * build/bench/js. Returns the output path of each entry, in order.
 */
function transpile(entries) {
  const ts = require("typescript");
  fs.mkdirSync(OUT, { recursive: true });
  let manifest = {};
  try {
    manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8"));
  } catch {
    // first run
  }
  const options = compilerOptions(ts);
  const optionsKey = crypto.createHash("sha1").update(JSON.stringify(options) + ts.version).digest("hex");
  if (manifest.__options !== optionsKey) manifest = { __options: optionsKey };

  const seen = new Set();
  const queue = entries.map((e) => path.resolve(REPO, e));
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const relative = path.relative(REPO, file);
    if (relative.startsWith("..") || relative.split(path.sep).includes("node_modules")) {
      throw new Error(`The bench imports ${file}, outside the repo's sources.`);
    }
    const text = fs.readFileSync(file, "utf8");
    const isTs = /\.tsx?$/.test(file);
    const target = path.join(OUT, isTs ? relative.replace(/\.tsx?$/, ".js") : relative);
    const hash = crypto.createHash("sha1").update(text).digest("hex");
    if (manifest[relative] !== hash || !fs.existsSync(target)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const output = isTs ? ts.transpileModule(text, { compilerOptions: options, fileName: file }).outputText : text;
      fs.writeFileSync(target, output);
      manifest[relative] = hash;
    }
    if (!isTs && !/\.(js|cjs)$/.test(file)) continue;
    for (const match of text.matchAll(SPECIFIER)) {
      // Unresolved: a specifier in a comment, or a real miss that Node reports when it loads.
      const found = resolveSource(file, match[1]);
      if (found) queue.push(found);
    }
  }
  fs.writeFileSync(MANIFEST, JSON.stringify(manifest));
  return entries.map((e) => path.join(OUT, e.replace(/\.tsx?$/, ".js")));
}

module.exports = { transpile, OUT, REPO };
