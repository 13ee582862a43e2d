"use strict";
/**
 * `npm run mutate` in parts that finish (README, Mutation testing): which source files each part mutates and
 * which fast test files it runs them against. stryker.part.config.mjs takes `mutate` from here, and
 * jest.mutate.config.js takes `tests` for the part named by MUTATE_PART (the test runners inherit it).
 *
 * A part's tests are the ones written for that code. Other fast tests would kill more mutants (a score
 * against a part's tests is a lower bound of the full run's), but every test file a mutant's covering tests
 * sit in costs seconds per mutant: with all of them, src/engine alone was estimated at 7-8 hours.
 */
const ENGINE_CORE = [
  "src/engine/rules.ts",
  "src/engine/exact.ts",
  "src/engine/score.ts",
  "src/engine/values.ts",
  "src/engine/text.ts",
  "src/engine/evaluation.ts",
  "src/engine/problems.ts",
];

const LAYOUT_READ = [
  "src/layout/read.ts",
  "src/layout/readCells.ts",
  "src/layout/evaluationDocument.ts",
  "src/layout/evaluationSheets/**/*.ts",
];
const LAYOUT_TESTS = [
  "<rootDir>/test/unit/**/*.test.ts",
  "<rootDir>/test/layout/**/*.test.ts",
  "<rootDir>/test/writers/xlsx.test.ts",
  "<rootDir>/test/report/eligibility.test.ts",
  "<rootDir>/test/report/sheets.test.ts",
];
const MERGE_CONSENSUS = [
  "src/merge/consensus.ts",
  "src/merge/agreement.ts",
  "src/merge/resolve.ts",
  "src/merge/rounding.ts",
  "src/merge/lostLines.ts",
  "src/merge/groupOf.ts",
  "src/merge/checks.ts",
  "src/merge/inputs.ts",
];
const MERGE_TESTS = ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/merge/**/*.test.ts"];

/** @type {Record<string, { mutate: string[]; tests: string[] }>} */
const PARTS = {
  // The scoring core: rules, exact arithmetic, the scorer, values and problems. Against the unit and
  // property tests (each file runs in seconds).
  "engine-core": {
    mutate: ENGINE_CORE,
    tests: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/property/**/*.test.ts"],
  },
  // The rest of src/engine: parsing, migration, the plan and the bilingual messages.
  "engine-rest": {
    mutate: ["src/engine/**/*.ts", ...ENGINE_CORE.map((f) => `!${f}`)],
    tests: [
      "<rootDir>/test/unit/**/*.test.ts",
      "<rootDir>/test/property/**/*.test.ts",
      "<rootDir>/test/plan/**/*.test.ts",
      "<rootDir>/test/editions/**/*.test.ts",
    ],
  },
  // The workbook's comparisons: the formula builders and the 汇总 sheet (totals, verdict).
  verdict: {
    mutate: ["src/layout/formulas.ts", "src/layout/summarySheet.ts"],
    tests: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/layout/**/*.test.ts"],
  },
  // The rest of src/layout in two halves that can run side by side: the scoresheet's sheets (the model, the
  // builder, the table sheets, the cover, print layout), and reading a workbook back plus the evaluation
  // document's own sheets (eligibility, group, procedure).
  "layout-sheets": {
    mutate: [
      "src/layout/**/*.ts",
      "!src/layout/formulas.ts",
      "!src/layout/summarySheet.ts",
      ...LAYOUT_READ.map((f) => `!${f}`),
    ],
    // The tamper checks of src/layout (logicConstants, scoresheetConstants, scoresheetFormulas, formulaText) are
    // tested through the .xlsx reader, in test/writers.
    tests: [
      ...LAYOUT_TESTS,
      "<rootDir>/test/writers/constantTamper.test.ts",
      "<rootDir>/test/writers/formulaCell*.test.ts",
    ],
  },
  "layout-read": {
    mutate: LAYOUT_READ,
    tests: LAYOUT_TESTS,
  },
  // src/merge in two halves that finish in about an hour each and can run side by side, one per core:
  // the consensus arithmetic, and the documents (the consensus workbook's layout, its reader, the deliberation).
  "merge-consensus": {
    mutate: MERGE_CONSENSUS,
    tests: MERGE_TESTS,
  },
  "merge-documents": {
    mutate: ["src/merge/**/*.ts", ...MERGE_CONSENSUS.map((f) => `!${f}`)],
    tests: MERGE_TESTS,
  },
};

module.exports = { PARTS };
