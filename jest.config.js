/** Jest runs TypeScript through ts-jest without type checking (`npm run typecheck` does that once). */
const { HANG_GUARD_MS } = require("./test/support/hangGuard");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // A deadline for hangs only, not for speed (test/support/hangGuard.js): a loaded 2-core machine may take minutes
  // where an idle one takes seconds, and no test may fail for that. No test sets a shorter one.
  testTimeout: HANG_GUARD_MS,
  setupFiles: ["<rootDir>/test/support/fastCheckSetup.js"],
  // The production bundle (shell and browser tests) is built once here, not inside a test's timeout.
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  // Every temporary file of the run goes under one directory, removed at the end (test/support/runTempDir.js).
  globalTeardown: "<rootDir>/test/support/globalTeardown.js",
  maxWorkers: 2,
  // "A worker process has failed to exit gracefully": no handle is left open (--detectOpenHandles finds none, and
  // the workers hold only their stdio at the end), but on a loaded 2-core machine Node takes up to ~2.7 s to end a
  // worker's process after its last test, past Jest's default of 500 ms, and Jest forces it. Wait longer.
  workerGracefulExitTimeout: 5000,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
