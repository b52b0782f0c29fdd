#!/usr/bin/env node
/**
 * A tiny static file server for the built pages, on 127.0.0.1 only, with no dependencies:
 * the end-to-end tests serve dist/ (the add-in) and build/preview/ (the preview) with it.
 *
 *   node scripts/serve-dist.js [folder]     folder defaults to dist/; PORT defaults to 3001
 *
 * Plain HTTP is enough here: nothing but a local browser talks to it. Office itself needs the
 * https dev server (npm run dev-server).
 */
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");

const HOST = "127.0.0.1";
const DEFAULT_PORT = 3001;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The file a URL path names inside `root`, or undefined when it would leave `root`. */
function fileFor(root, urlPath, index) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const relative = decoded === "/" ? index : decoded.replace(/^\/+/, "");
  const full = path.resolve(root, relative);
  return full === root || full.startsWith(root + path.sep) ? full : undefined;
}

/**
 * Starts serving `root`. Resolves to `{ url, port, close() }` once listening. `port` 0 picks a
 * free port (what the tests use). `index` is the page `/` serves.
 */
function serve({ root, port = DEFAULT_PORT, host = HOST, index = "taskpane.html", log = false }) {
  const base = path.resolve(root);
  if (!fs.existsSync(base)) {
    return Promise.reject(new Error(`Nothing to serve: ${base} does not exist. Build it first.`));
  }
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url || "/", "http://localhost");
    const send = (code, body, type = "text/plain; charset=utf-8") => {
      res.writeHead(code, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method not allowed\n");
    const file = fileFor(base, pathname, index);
    if (!file) return send(403, "Forbidden\n");
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) {
        if (log) console.log(`404 ${pathname}`);
        return send(404, `Not found: ${pathname}\n`);
      }
      fs.readFile(file, (readError, body) => {
        if (readError) return send(500, "Could not read the file\n");
        send(200, body, TYPES[path.extname(file).toLowerCase()] || "application/octet-stream");
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const actual = server.address().port;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** PORT from the environment, or the default; an invalid value is an error, not a surprise port. */
function portFromEnv(env = process.env) {
  if (env.PORT === undefined || env.PORT === "") return DEFAULT_PORT;
  const port = Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got "${env.PORT}").`);
  return port;
}

module.exports = { serve, portFromEnv, DEFAULT_PORT };

if (require.main === module) {
  const root = path.resolve(__dirname, "..", process.argv[2] || "dist");
  serve({ root, port: portFromEnv(), log: true }).then(
    ({ url }) => console.log(`Serving ${path.relative(process.cwd(), root) || "."} at ${url}/ (Ctrl+C to stop)`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
