/**
 * The fast tests that pin the mutated core (src/engine, src/layout, src/merge) for `npm run mutate` (Stryker):
 * unit, property, layout, merge, the .xlsx writer and the evaluation sheets. No LibreOffice, Chromium or webpack.
 */
const path = require("path");
const base = require("./jest.config.js");
const { PARTS } = require("./test/mutation/parts.js");

/** `MUTATE_PART=<part>` (stryker.part.config.mjs) runs that part's tests only; see test/mutation/parts.js. */
const part = process.env.MUTATE_PART ? PARTS[process.env.MUTATE_PART] : undefined;

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: part?.tests ?? [
    "<rootDir>/test/unit/**/*.test.ts",
    "<rootDir>/test/property/**/*.test.ts",
    "<rootDir>/test/layout/**/*.test.ts",
    "<rootDir>/test/merge/**/*.test.ts",
    "<rootDir>/test/writers/xlsx.test.ts",
    "<rootDir>/test/report/eligibility.test.ts",
    "<rootDir>/test/report/sheets.test.ts",
  ],
  // test/merge holds a LibreOffice test too; it needs soffice and takes 25 s a run. Not a fast test.
  testPathIgnorePatterns: ["/node_modules/", "\\.libreoffice\\.test\\.ts$"],
  // Property tests run a tenth of their cases per mutant (still seeded, still biased to the edges).
  setupFiles: [...(base.setupFiles ?? []), "<rootDir>/test/support/mutateEnv.js"],
  // Per mutant: load only the files that hold a covering test, and stop at the first failing test. Neither
  // changes a verdict; see the two files. Absolute paths: Stryker loads the environment itself, without <rootDir>.
  testSequencer: path.join(__dirname, "test/support/mutateSequencer.js"),
  testEnvironment: path.join(__dirname, "test/support/mutateBailEnvironment.js"),
  reporters: ["default"],
  // No webpack build: none of these tests reads the bundle.
  globalSetup: undefined,
  globalTeardown: undefined,
};
