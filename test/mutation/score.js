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
 *
 * Issue 17 asks that every survivor be killed by a test or listed as equivalent with its reason. The equivalent ones
 * are listed in the ledger, test/mutation/reviewed/<part>.json (`{ part, equivalent: [{ file, line, column, mutator,
 * replacement, reason }] }`, ./ledger.js); the "equivalent" column counts the survivors (and mutants without
 * coverage) it lists, and "unreviewed" the rest: those a test written since the run may kill, until the part is run
 * again, and those nobody has looked at.
 *
 *   node test/mutation/score.js --unreviewed    also list every unreviewed survivor, file:line:column mutator
 */
const fs = require("fs");
const path = require("path");
const { PARTS } = require("./parts.js");
const { readLedger, mutantKey } = require("./ledger.js");

const listUnreviewed = process.argv.includes("--unreviewed");
const wanted = process.argv.slice(2).filter((a) => a !== "--unreviewed");
const parts = wanted.length ? wanted : Object.keys(PARTS);
const COLS = ["Killed", "Timeout", "Survived", "NoCoverage"];
const pct = (c) => {
  const valid = c.Killed + c.Timeout + c.Survived + c.NoCoverage;
  return valid === 0 ? "–" : `${((100 * (c.Killed + c.Timeout)) / valid).toFixed(1)} %`;
};
const zero = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 });
const rows = [
  [
    "part",
    "file",
    "killed",
    "timeout",
    "survived",
    "no coverage",
    "score",
    "equivalent",
    "unreviewed",
  ],
];
const unreviewedList = [];
const all = { ...zero(), equivalent: 0, unreviewed: 0 };
for (const part of parts) {
  if (!(part in PARTS)) {
    console.error(`no part ${part}; parts: ${Object.keys(PARTS).join(", ")}`);
    process.exit(2);
  }
  const file = path.join(__dirname, `${part}.json`);
  if (!fs.existsSync(file)) {
    rows.push([part, "(not measured)", "", "", "", "", "", "", ""]);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const equivalent = new Set(readLedger(part).equivalent.map((e) => mutantKey(e.file, e)));
  const sum = zero();
  let partEquivalent = 0;
  let partUnreviewed = 0;
  for (const [name, entry] of Object.entries(report.files)) {
    const c = zero();
    let eq = 0;
    let open = 0;
    for (const m of entry.mutants) {
      if (m.status in c) c[m.status]++;
      if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
      if (equivalent.has(mutantKey(name, m))) eq++;
      else {
        open++;
        const at = m.location.start;
        unreviewedList.push(
          `${name}:${at.line}:${at.column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? "")}`
        );
      }
    }
    for (const k of COLS) sum[k] += c[k];
    partEquivalent += eq;
    partUnreviewed += open;
    rows.push([part, name, ...COLS.map((k) => String(c[k])), pct(c), String(eq), String(open)]);
  }
  for (const k of COLS) all[k] += sum[k];
  all.equivalent += partEquivalent;
  all.unreviewed += partUnreviewed;
  rows.push([
    part,
    "(part)",
    ...COLS.map((k) => String(sum[k])),
    pct(sum),
    String(partEquivalent),
    String(partUnreviewed),
  ]);
}
rows.push([
  "all",
  "",
  ...COLS.map((k) => String(all[k])),
  pct(all),
  String(all.equivalent),
  String(all.unreviewed),
]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((v, i) => v.padEnd(widths[i])).join("  "));
if (listUnreviewed) for (const line of unreviewedList) console.log(line);
