#!/usr/bin/env node
"use strict";
/**
 * Takes a run's results into the committed incremental file of its part, and moves the ledger with them:
 *
 *   node test/mutation/merge.js <part> <run's test/mutation/<part>.json>
 *
 * A run narrowed by MUTATE_FILES rewrites its part's file with those files only (README, Mutation testing), so the
 * run's files replace theirs in test/mutation/<part>.json and the other files stay. A run numbers and places the
 * mutants afresh: a ledger entry (test/mutation/reviewed/<part>.json) that named a mutant of a re-run file is moved
 * (its start and end) to the mutant of the new run with the same mutator, replacement and original code on a line of the same text
 * (the nearest such line), and dropped, with a line saying so, when the new run has none that survived: its code
 * changed, or a test now kills it. The file is written as Stryker writes it (two-space indent, UTF-8 unescaped).
 */
const fs = require("fs");
const path = require("path");
const { readLedger, mutantKey } = require("./ledger.js");

const [part, runFile] = process.argv.slice(2);
if (!part || !runFile) {
  console.error("usage: node test/mutation/merge.js <part> <run's incremental file>");
  process.exit(2);
}
const committedFile = path.join(__dirname, `${part}.json`);
const committed = fs.existsSync(committedFile)
  ? JSON.parse(fs.readFileSync(committedFile, "utf8"))
  : { files: {} };
const run = JSON.parse(fs.readFileSync(runFile, "utf8"));

/** The code a mutant replaces and the whole line it starts on, from its file's stored source. */
function origin(source, m) {
  const lines = source.split("\n");
  const { start, end } = m.location;
  const line = lines[start.line - 1] ?? "";
  let code;
  if (start.line === end.line) code = line.slice(start.column - 1, end.column - 1);
  else
    code = [
      line.slice(start.column - 1),
      ...lines.slice(start.line, end.line - 1),
      (lines[end.line - 1] ?? "").slice(0, end.column - 1),
    ].join("\n");
  return { line: line.trim(), code };
}

const ledger = readLedger(part);
const kept = [];
/** The new run's mutants already given to an entry: two entries never move to one mutant. */
const taken = new Set();
for (const e of ledger.equivalent) {
  const rerun = run.files[e.file];
  if (!rerun) {
    kept.push(e);
    continue;
  }
  const old = committed.files[e.file]?.mutants.find(
    (m) => mutantKey(e.file, m) === mutantKey(e.file, e)
  );
  if (!old) {
    console.log(
      `dropped (not in the committed report): ${e.file}:${e.line}:${e.column} ${e.mutator}`
    );
    continue;
  }
  const was = origin(committed.files[e.file].source, old);
  const candidates = rerun.mutants.filter((m) => {
    if (m.status !== "Survived" && m.status !== "NoCoverage") return false;
    if (m.mutatorName !== e.mutator || (m.replacement ?? "") !== e.replacement) return false;
    const now = origin(rerun.source, m);
    return now.code === was.code && now.line === was.line;
  });
  if (candidates.length === 0) {
    console.log(
      `dropped (no such survivor in the run): ${e.file}:${e.line}:${e.column} ${e.mutator} → ${e.replacement}`
    );
    continue;
  }
  // The nearest line, then the nearest column (several alike on one line: three "" of one call).
  const distance = (m) => [
    Math.abs(m.location.start.line - e.line),
    Math.abs(m.location.start.column - e.column),
  ];
  const free = candidates.filter((m) => !taken.has(m.id));
  if (free.length === 0) {
    console.log(
      `dropped (its survivor went to another entry): ${e.file}:${e.line}:${e.column} ${e.mutator}`
    );
    continue;
  }
  free.sort((a, b) => {
    const [la, ca] = distance(a);
    const [lb, cb] = distance(b);
    return la - lb || ca - cb;
  });
  taken.add(free[0].id);
  candidates.splice(0, candidates.length, free[0]);
  const { start, end } = candidates[0].location;
  kept.push({
    ...e,
    line: start.line,
    column: start.column,
    end: { line: end.line, column: end.column },
  });
}

for (const [file, entry] of Object.entries(run.files)) committed.files[file] = entry;
for (const key of [
  "schemaVersion",
  "thresholds",
  "projectRoot",
  "config",
  "framework",
  "system",
  "testFiles",
])
  if (run[key] !== undefined && committed[key] === undefined) committed[key] = run[key];
if (run.testFiles) committed.testFiles = { ...(committed.testFiles ?? {}), ...run.testFiles };
fs.writeFileSync(committedFile, `${JSON.stringify(committed, null, 2)}\n`);
if (ledger.equivalent.length > 0) {
  const ledgerFile = path.join(__dirname, "reviewed", `${part}.json`);
  fs.writeFileSync(ledgerFile, `${JSON.stringify({ part, equivalent: kept }, null, 2)}\n`);
}
console.log(
  `${part}: ${Object.keys(run.files).length} file(s) taken from the run; ledger ${ledger.equivalent.length} → ${kept.length}`
);
