/** Unit, contract and pane tests. ts-jest without type checking (tsc --noEmit runs separately). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  setupFiles: ["<rootDir>/test/setup/globals.ts"],
  // Tests that start the CLI as a process or read 20,000-row workbooks run beside builds on two
  // cores; a generous timeout keeps a loaded machine from failing them (speed lives in the bench).
  testTimeout: 30000,
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
};
