#!/usr/bin/env node
"use strict";
/**
 * Forget some results of a part's incremental file, so that the next run of the part tests those mutants again:
 *
 *   node test/mutation/forget.js <part> <status>...     e.g.  node test/mutation/forget.js verdict Timeout
 *
 * Stryker's incremental mode reuses a timed-out mutant's result as long as its covering tests are unchanged, and
 * counts it as detected. On a loaded machine a mutant can time out only because the machine was slow, so timed-out
 * results are forgotten and re-tested on a quieter machine before a score is reported (README, Mutation testing).
 */
const fs = require("fs");
const path = require("path");
const { PARTS } = require("./parts.js");

const [part, ...statuses] = process.argv.slice(2);
if (!part || !(part in PARTS) || statuses.length === 0) {
  console.error(
    `usage: node test/mutation/forget.js <${Object.keys(PARTS).join("|")}> <status>...`
  );
  process.exit(2);
}
const file = path.join(__dirname, `${part}.json`);
const report = JSON.parse(fs.readFileSync(file, "utf8"));
let forgotten = 0;
for (const entry of Object.values(report.files)) {
  const kept = entry.mutants.filter((m) => !statuses.includes(m.status));
  forgotten += entry.mutants.length - kept.length;
  entry.mutants = kept;
}
fs.writeFileSync(file, JSON.stringify(report, null, 2)); // as Stryker writes it, so diffs stay small
console.log(`${file}: ${forgotten} mutant result(s) with status ${statuses.join(", ")} forgotten`);
