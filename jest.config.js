/** Unit, contract and pane tests. ts-jest without type checking (tsc --noEmit runs separately). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  setupFiles: ["<rootDir>/test/setup/globals.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
};
