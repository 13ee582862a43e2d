#!/usr/bin/env node
"use strict";
/**
 * The mutation score of the parts measured so far, from their committed incremental files (test/mutation/<part>.json),
 * per file and in all, as README's tables show it:
 *
 *   node test/mutation/score.js                 every part with a file
 *   node test/mutation/score.js verdict         one part
 *
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage), Stryker's "mutation score": mutants
 * that did not compile (CompileError) and static ones that were ignored are not counted. A part never measured is
 * listed as such.
 */
const fs = require("fs");
const path = require("path");
const { PARTS } = require("./parts.js");

const wanted = process.argv.slice(2);
const parts = wanted.length ? wanted : Object.keys(PARTS);
const COLS = ["Killed", "Timeout", "Survived", "NoCoverage"];
const pct = (c) => {
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return valid === 0 ? "–" : `${((100 * (c.Killed + c.Timeout)) / valid).toFixed(1)} %`;
};
const zero = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 });
const rows = [["part", "file", "killed", "timeout", "survived", "no coverage", "score"]];
const all = zero();
for (const part of parts) {
  if (!(part in PARTS)) {
    console.error(`no part ${part}; parts: ${Object.keys(PARTS).join(", ")}`);
    process.exit(2);
  }
  const file = path.join(__dirname, `${part}.json`);
  if (!fs.existsSync(file)) {
    rows.push([part, "(not measured)", "", "", "", "", ""]);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const sum = zero();
  for (const [name, entry] of Object.entries(report.files)) {
    const c = zero();
    for (const m of entry.mutants) if (m.status in c) c[m.status]++;
    for (const k of COLS) sum[k] += c[k];
    rows.push([part, name, ...COLS.map((k) => String(c[k])), pct(c)]);
  }
  for (const k of COLS) all[k] += sum[k];
  rows.push([part, "(part)", ...COLS.map((k) => String(sum[k])), pct(sum)]);
}
rows.push(["all", "", ...COLS.map((k) => String(all[k])), pct(all)]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((v, i) => v.padEnd(widths[i])).join("  "));
