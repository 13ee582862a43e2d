"use strict";
/**
 * `npm run mutate` only (jest.mutate.config.js): per mutant, load only the test files that hold a covering test,
 * the quickest first.
 *
 * Stryker's Jest runner runs a mutant with `--testNamePattern` set to the tests that cover it, but Jest still
 * loads every test file to find those names: about 8 s of imports per mutant over 17 files, most of it for
 * files none of whose tests run. The dry run (no name pattern) records which full test names each file holds
 * and how long it took; a mutant's run keeps the files with at least one name that the pattern matches, exactly
 * as jest-circus matches it (`new RegExp(pattern, "i")` against the describe and test names joined by spaces).
 * A file whose tests would all be skipped adds nothing to a verdict, so the result is the same, only sooner.
 * The quickest files go first: with mutateBailEnvironment.js a mutant's run ends at its first failing test.
 * Without a record (a plain `jest` run, or a runner restarted before any dry run) every file runs, as before.
 */
const fs = require("fs");
const path = require("path");
const Sequencer = require("@jest/test-sequencer").default;

/** The record lives in the run's root (Stryker's sandbox), which Stryker deletes afterwards. */
function recordPath(rootDir) {
  return path.join(rootDir, ".stryker-test-names.json");
}

class MutateSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.globalConfig = options && options.globalConfig;
  }

  async sort(tests) {
    // A new run: forget the failure mutateBailEnvironment.js noted in the previous one.
    globalThis.__gridscoreMutateBail = undefined;
    const sorted = await super.sort(tests);
    const pattern = this.globalConfig && this.globalConfig.testNamePattern;
    if (!pattern || !this.globalConfig.rootDir) return sorted;
    let record;
    try {
      record = JSON.parse(fs.readFileSync(recordPath(this.globalConfig.rootDir), "utf8"));
    } catch {
      return sorted;
    }
    const re = new RegExp(pattern, "i");
    // A file the dry run did not see (new since) runs, to be safe.
    const keep = (test) => {
      const held = record[test.path];
      return held === undefined || held.names.some((name) => re.test(name));
    };
    const ms = (test) => (record[test.path] ? record[test.path].ms : Infinity);
    return sorted.filter(keep).sort((a, b) => ms(a) - ms(b));
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    const config = this.globalConfig;
    // Only a full run (the dry run) records; a mutant's run sees a subset of the names.
    if (!config || config.testNamePattern || !config.rootDir) return;
    if (process.env.__STRYKER_ACTIVE_MUTANT__ !== undefined) return;
    // Inside Stryker's sandbox only: a plain `jest -c jest.mutate.config.js` leaves no file behind.
    if (!config.rootDir.split(path.sep).includes(".stryker-tmp")) return;
    const record = {};
    for (const file of results.testResults) {
      record[file.testFilePath] = {
        names: file.testResults.map((t) => t.fullName),
        ms: file.perfStats.end - file.perfStats.start,
      };
    }
    fs.writeFileSync(recordPath(config.rootDir), JSON.stringify(record));
  }
}

module.exports = MutateSequencer;
