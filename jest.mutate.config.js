/**
 * The fast tests that pin the mutated core (src/engine, src/layout, src/merge) for `npm run mutate` (Stryker):
 * unit, property, layout, merge, the .xlsx writer and the evaluation sheets. No LibreOffice, Chromium or webpack.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    "<rootDir>/test/unit/**/*.test.ts",
    "<rootDir>/test/property/**/*.test.ts",
    "<rootDir>/test/layout/**/*.test.ts",
    "<rootDir>/test/merge/**/*.test.ts",
    "<rootDir>/test/writers/xlsx.test.ts",
    "<rootDir>/test/report/eligibility.test.ts",
    "<rootDir>/test/report/sheets.test.ts",
  ],
  // Property tests run a tenth of their cases per mutant (still seeded, still biased to the edges).
  setupFiles: [...(base.setupFiles ?? []), "<rootDir>/test/support/mutateEnv.js"],
  reporters: ["default"],
  // No webpack build: none of these tests reads the bundle.
  globalSetup: undefined,
};
