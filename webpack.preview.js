/**
 * Builds the "Preview without Excel" into build/preview/ (never into dist/, so nothing of it can
 * be deployed with the add-in): the add-in's real task pane running over the in-memory Excel
 * double from test/excel-double, beside a mock sheet drawn from that double.
 *
 *   npm run build:preview   webpack --config webpack.preview.js --mode production
 *   npm run preview         build, then serve it on http://127.0.0.1:3001 (PORT to change)
 *
 * It reuses the add-in's module rules and resolution from webpack.config.js, so the pane is
 * compiled exactly as for Excel; the add-in's own entries, pages and copies are not part of it.
 */
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const addinConfig = require("./webpack.config.js");

/** Where the preview is built; build/ is ignored by git. */
const OUTPUT = path.resolve(__dirname, "build/preview");

function page(filename, template, chunks) {
  return new HtmlWebpackPlugin({ filename, template, chunks, scriptLoading: "defer", inject: "head" });
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const addin = addinConfig(env, { ...argv, mode: production ? "production" : "development" });
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      preview: "./preview/page.ts",
      "preview-pane": "./preview/pane.tsx",
    },
    output: {
      path: OUTPUT,
      filename: production ? "[name].[contenthash:10].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:10].js" : "[name].js",
      clean: true,
    },
    resolve: addin.resolve,
    module: addin.module,
    plugins: [
      page("preview.html", "./preview/preview.html", ["preview"]),
      page("pane.html", "./preview/pane.html", ["preview-pane"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "samples/reading-improvement-plan.xlsx", to: "samples/reading-improvement-plan.xlsx" },
          { from: "assets/icon-32.png", to: "assets/icon-32.png" },
        ],
      }),
    ],
    // A local tool, not shipped: the add-in's size budget (webpack.config.js) does not apply.
    performance: { hints: false },
  };
};
