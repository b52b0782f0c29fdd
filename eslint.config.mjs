// ESLint flat config (ESLint 9). `npx eslint .` lints the whole repo; `office-addin-lint check`
// reads this file too. Style is left to the reviewer: these rules catch bugs and keep the layers
// apart (the plan core stays pure; the pane's components make no Excel calls).
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/** Node's globals for the CommonJS build scripts (no `globals` package needed for so few). */
const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

/**
 * The Office.js rules of eslint-plugin-office-addins at the severities of its own `recommended`
 * config. That config also turns on Prettier and @eslint/js for every file, so only its
 * `office-addins/*` rules are taken.
 */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/")),
);

/** Everything src/plan must not import: the core runs the same under Office.js, Node and tests. */
const planForbidden = [
  { group: ["react", "react/**", "react-dom", "react-dom/**"], message: "src/plan is UI-free: no React." },
  { group: ["@fluentui/**"], message: "src/plan is UI-free: no Fluent UI." },
  {
    group: ["exceljs", "jszip", "fast-xml-parser", "@xmldom/xmldom"],
    message: "src/plan never reads files: workbook access goes through WorkbookPort (src/xlsx implements it).",
  },
  {
    group: ["fs", "fs/**", "node:fs", "node:fs/**", "path", "node:path", "path/**", "node:path/**"],
    message: "src/plan has no file system: it must run inside the task pane.",
  },
  {
    group: ["**/excel", "**/excel/**", "**/xlsx", "**/xlsx/**", "**/taskpane", "**/taskpane/**", "**/cli", "**/cli/**"],
    message: "src/plan depends on no adapter; adapters depend on it.",
  },
];

/** Office.js globals: only the adapters (src/excel) and the pane's entry point may use them. */
const officeGlobals = [
  { name: "Excel", message: "Excel calls belong in src/excel, behind WorkbookPort." },
  { name: "OfficeExtension", message: "Office.js calls belong in src/excel." },
];

export default tseslint.config(
  {
    ignores: ["dist/", "build/", "node_modules/", "coverage/", "test-output/", ".stryker-tmp/", "reports/"],
  },

  // JavaScript: the build scripts and the CLI launcher (CommonJS, Node).
  {
    files: ["**/*.js", "**/*.cjs"],
    ...js.configs.recommended,
    languageOptions: { sourceType: "commonjs", ecmaVersion: 2022, globals: nodeGlobals },
  },
  {
    files: ["**/*.mjs"],
    ...js.configs.recommended,
    languageOptions: { sourceType: "module", ecmaVersion: 2022, globals: nodeGlobals },
  },

  // TypeScript everywhere: typescript-eslint's recommended rules.
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ["**/*.ts", "**/*.tsx"] })),
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },

  // The Office.js adapter: load-before-read, sync-before-read and the other Office rules.
  {
    files: ["src/excel/**/*.ts", "src/excel/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },

  // The plan core stays pure.
  {
    files: ["src/plan/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: planForbidden }],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/plan knows nothing of Office.js." },
        ...officeGlobals,
        { name: "document", message: "src/plan has no DOM." },
        { name: "window", message: "src/plan has no DOM." },
      ],
    },
  },

  // The pane: components get data through the port; no file parsing and no Excel calls.
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@fluentui/react-icons",
              message:
                "Import each icon from its own file (@fluentui/react-icons/lib/atoms/svg/<icon-name>): the package's chunk files hold hundreds of icons each, and a chunk shared by several views carries every view's icons into each of them.",
            },
          ],
          patterns: [
            {
              group: ["exceljs", "jszip", "fast-xml-parser"],
              message: "The pane reads the workbook through WorkbookPort, never as a file.",
            },
            {
              group: ["**/xlsx", "**/xlsx/**", "**/cli", "**/cli/**"],
              message: "The pane depends on the plan core and the Office adapter only.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...officeGlobals,
        { name: "Office", message: "Only src/taskpane/index.tsx talks to Office; pass what components need as props or context." },
      ],
    },
  },
  {
    // The pane's entry point is its one contact with Office (onReady, the theme); still no Excel.
    files: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
);
