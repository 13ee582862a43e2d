"use strict";
/**
 * The ledger of equivalent mutants (issue 17: "each survivor is either killed by a new test or listed as equivalent,
 * with the reason"): test/mutation/reviewed/<part>.json, one file per part of test/mutation/parts.js, shaped
 *
 *   { "part": "<part>", "equivalent": [{ "file", "line", "column", "end": { "line", "column" }, "mutator",
 *     "replacement", "reason" }] }
 *
 * A mutant is named by its file, the line and column where it starts and where it ends (two mutants of one mutator
 * can start at one place: `a && b` made `true` whole, and its left side alone), its mutator and its replacement, all
 * copied from Stryker's report (test/mutation/<part>.json), so that the entry still finds it when Stryker numbers
 * the mutants differently in a later run. score.js counts them; test/mutation/ledger.test.ts checks that every
 * entry names a mutant that survived (or had no coverage) in the committed report and gives a reason.
 */
const fs = require("fs");
const path = require("path");

/**
 * @param {string} part a part of parts.js
 * @returns {{ part: string, equivalent: { file: string, line: number, column: number,
 *   end: { line: number, column: number }, mutator: string, replacement: string, reason: string }[] }}
 *   the part's ledger, or an empty one when the part has none
 */
function readLedger(part) {
  const file = path.join(__dirname, "reviewed", `${part}.json`);
  if (!fs.existsSync(file)) return { part, equivalent: [] };
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * The key that names a mutant in the ledger and in Stryker's report alike.
 *
 * @param {string} file the source file, relative to the repository
 * @param {{ line?: number, column?: number, end?: { line: number, column: number },
 *   location?: { start: { line: number, column: number }, end: { line: number, column: number } }, mutator?: string,
 *   mutatorName?: string, replacement?: string }} m a ledger entry or a report's mutant
 * @returns {string}
 */
function mutantKey(file, m) {
  const start = m.location ? m.location.start : { line: m.line, column: m.column };
  const end = m.location ? m.location.end : (m.end ?? { line: 0, column: 0 });
  const mutator = m.mutator ?? m.mutatorName;
  return [file, start.line, start.column, end.line, end.column, mutator, m.replacement ?? ""].join(
    "\u0000"
  );
}

module.exports = { readLedger, mutantKey };
