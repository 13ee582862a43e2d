/** Jest runs TypeScript through ts-jest without type checking (`npm run typecheck` does that once). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // A deadline for hangs only, not for speed: a loaded 2-core machine may take minutes where an idle one takes
  // seconds, and no test may fail for that.
  testTimeout: 300000,
  setupFiles: ["<rootDir>/test/support/fastCheckSetup.js"],
  // The production bundle (shell and browser tests) is built once here, not inside a test's timeout.
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
