"use strict";
/**
 * `npm run mutate` only (jest.mutate.config.js): stop testing a mutant at its first failing test.
 *
 * Stryker needs one failing test to count a mutant as killed, but its Jest runner turns Jest's `bail` off, so
 * every covering test still ran after the first failure (a killed mutant of the scorer ran all 380 tests). This
 * is the node environment plus one rule: once a test fails while mutant N is active, the remaining tests of
 * that run, in this file and in the files after it, are skipped. The failure itself is reported unchanged, so
 * the verdict (killed) is the same. Outside a mutant run (the dry run, plain Jest) nothing is skipped.
 */
const { TestEnvironment } = require("jest-environment-node");

/**
 * Whether this run has a failing test already; kept across files (Jest runs them in band for Stryker, in this
 * process). mutateSequencer.js clears it when a run starts, so a mutant run twice is tested twice.
 */
const BAIL = "__gridscoreMutateBail";

class MutateBailEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    const active = process.env.__STRYKER_ACTIVE_MUTANT__;
    if (active === undefined) return;
    if (event.name === "test_start" && globalThis[BAIL] === active) {
      event.test.mode = "skip";
    } else if (event.name === "test_done" && event.test.errors.length > 0) {
      globalThis[BAIL] = active;
    }
  }
}

module.exports = MutateBailEnvironment;
