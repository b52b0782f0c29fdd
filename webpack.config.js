/**
 * Builds the task pane and the ribbon's function file into dist/.
 *
 *   npm run build       production: content-hashed, minified JS; dist/manifest.xml rewritten to
 *                       ADDIN_ORIGIN when it is set (e.g. ADDIN_ORIGIN=https://plans.example.gov.uk)
 *   npm run dev-server  https://localhost:3000 with the office-addin-dev-certs certificates
 *
 * Office.js: production pages load it from Microsoft's CDN, the only supported source for a deployed
 * add-in (Marketplace validation requires it; see "Referencing the Office JavaScript API library" on
 * learn.microsoft.com), and their Content-Security-Policy allows scripts from our origin and that
 * CDN only. Development (`dev-server`, `build:dev`) serves the @microsoft/office-js copy from our
 * origin, so work offline or behind a firewall still runs; the preview never loads office.js.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const DEV_PORT = 3000;
const OFFICE_JS_DIST = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");
/** Microsoft's evergreen Office.js (version 1, latest release). */
const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;

/** Where the pages load office.js from, and the origin their CSP must allow for it ("" = ours). */
function officeJs(production) {
  return production
    ? { officeJsUrl: OFFICE_JS_CDN, officeJsOrigin: OFFICE_JS_CDN_ORIGIN }
    : { officeJsUrl: "office.js", officeJsOrigin: "" };
}

/**
 * The certificates `npx office-addin-dev-certs install` writes, read directly: its
 * getHttpsServerOptions() retries the CA install, which needs rights this machine lacks.
 */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const options = {};
  for (const [name, file] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) return undefined;
    options[name] = fs.readFileSync(full);
  }
  return options;
}

/** ADDIN_ORIGIN, checked: an https origin with no path, or undefined to keep the dev origin. */
function productionOrigin() {
  const value = process.env.ADDIN_ORIGIN;
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_ORIGIN is not a URL: ${value}`);
  }
  if (url.protocol !== "https:" || url.origin !== value) {
    throw new Error(`ADDIN_ORIGIN must be an https origin with no path or trailing slash, e.g. https://plans.example.gov.uk (got ${value})`);
  }
  return value;
}

/** The local office.js and the host files it loads from its own folder (development only). */
function officeJsCopies() {
  const asIs = { minimized: true };
  return [
    // office.js looks for the mapping table beside itself; without it Office.onReady never resolves.
    { from: path.join(OFFICE_JS_DIST, "office.js"), to: "office.js", info: asIs },
    { from: path.join(OFFICE_JS_DIST, "o15apptofilemappingtable.js"), to: "o15apptofilemappingtable.js", info: asIs },
    // Inside Excel, office.js also loads the host's API file (excel-web-16.00.js, excel-win32-16.01.js ...)
    // and its UI strings (<locale>/office_strings.js) from the folder it came from.
    {
      from: "excel-*-16.*.js",
      context: OFFICE_JS_DIST,
      globOptions: { ignore: ["**/*.debug.js"] },
      info: asIs,
    },
    { from: "*/office_strings.js", context: OFFICE_JS_DIST, info: asIs },
  ];
}

/** Files copied as they are. */
function copyPatterns(origin, production) {
  return [
    ...(production ? [] : officeJsCopies()),
    { from: "assets/*.png", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: origin ? (content) => content.toString().split(DEV_ORIGIN).join(origin) : undefined,
    },
  ];
}

/**
 * Writes chunk-graph.json into the build: the JavaScript files of every entry and of every named
 * chunk group webpack split off (each view, the Office adapter), after content hashing, with the
 * groups each one preloads. `npm run bench` follows it to measure what each view really loads
 * (scripts/measure-bundle.js). No page loads it.
 */
class ChunkGraphPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ChunkGraphPlugin", (compilation) => {
      // REPORT: after RealContentHashPlugin has given the files their final names.
      compilation.hooks.processAssets.tap({ name: "ChunkGraphPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const groups = {};
        for (const [name, group] of compilation.namedChunkGroups) {
          const files = [...new Set(group.chunks.flatMap((chunk) => [...chunk.files]))].filter((file) => file.endsWith(".js"));
          const preload = (group.getChildrenByOrders(compilation.moduleGraph, compilation.chunkGraph).preload ?? []).map((child) => child.name).filter(Boolean);
          groups[name] = { initial: group.isInitial(), files, preload };
        }
        compilation.emitAsset("chunk-graph.json", new sources.RawSource(`${JSON.stringify({ groups }, null, 2)}\n`));
      });
    });
  }
}

/** A page from an HTML template; webpack adds the page's script tags (deferred, after office.js). */
function page(filename, template, chunks, templateParameters = {}) {
  return new HtmlWebpackPlugin({ filename, template, chunks, templateParameters, scriptLoading: "defer", inject: "head" });
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const https = production ? undefined : devCertificates();
  return {
    mode: production ? "production" : "development",
    // Never an eval-based source map: the pages' CSP forbids eval.
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:10].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:10].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `tsc --noEmit`'s job (npm run typecheck).
              transpileOnly: true,
              configFile: "tsconfig.json",
              // tsconfig.json says commonjs for jest and the CLI; webpack needs ES modules to
              // tree-shake and to split `import()` into lazily loaded chunks.
              compilerOptions: { module: "esnext", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"], officeJs(production)),
      page("commands.html", "./src/commands/commands.html", ["commands"], officeJs(production)),
      page("support.html", "./src/support/support.html", []),
      new CopyWebpackPlugin({ patterns: copyPatterns(production ? productionOrigin() : undefined, production) }),
      ...(production ? [new ChunkGraphPlugin()] : []),
    ],
    performance: {
      hints: production ? "warning" : false,
      // Our own bundles only; office.js and its host files are what Microsoft ships.
      assetFilter: (file) => file.endsWith(".js") && !file.includes("/") && !/^(office|o15|excel-)/.test(file),
      maxEntrypointSize: 400 * 1024,
      maxAssetSize: 400 * 1024,
    },
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      // Office loads the pane from another origin (the Office web app, or the desktop host's
      // webview) and fetches the ribbon icons cross-origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : "http",
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false } },
      onListening: () => {
        if (!https) {
          console.warn(
            "No certificates in ~/.office-addin-dev-certs: serving plain http. Office needs https; " +
              "run `npx office-addin-dev-certs install` and restart.",
          );
        }
      },
    },
  };
};
