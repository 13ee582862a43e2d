/**
 * `npm run mutate:focus`: the comparisons of issue 17 only (formula builders, summary verdict, engine rules)
 * against the tests that pin them by hand-written values: the boundary cases, the engine's unit tests and the
 * engine properties. Minutes instead of hours; a lower bound for what the full `npm run mutate` kills.
 */
const base = require("./jest.mutate.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    "<rootDir>/test/layout/boundaries.test.ts",
    "<rootDir>/test/unit/engine.test.ts",
    "<rootDir>/test/property/engine.property.test.ts",
  ],
};
