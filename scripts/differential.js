#!/usr/bin/env node
/**
 * The differential test at scale (README: testing): `npm run differential -- --cases 5000 [--seed N]` runs the
 * grammar of typed inputs through LibreOffice, HyperFormula and the Office.js adapter with N item cases per tier
 * (CI runs a few hundred). Disagreements are written next to the workbooks in test-output/differential/.
 */
"use strict";
const { spawnSync } = require("child_process");

const args = process.argv.slice(2);
let cases = 5000;
let seed;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--cases") cases = Number(args[++i]);
  else if (args[i] === "--seed") seed = args[++i];
  else {
    process.stderr.write(`usage: npm run differential -- [--cases N] [--seed N]\n`);
    process.exit(2);
  }
}
if (!Number.isInteger(cases) || cases < 1) {
  process.stderr.write("--cases takes a positive whole number\n");
  process.exit(2);
}
const env = { ...process.env, DIFF_CASES: String(cases), ...(seed ? { FC_SEED: seed } : {}) };
const result = spawnSync(
  process.execPath,
  [require.resolve("jest/bin/jest"), "test/differential", "-w", "1", "--testTimeout", "900000"],
  { stdio: "inherit", env }
);
process.exit(result.status ?? 1);
