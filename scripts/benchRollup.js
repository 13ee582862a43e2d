#!/usr/bin/env node
"use strict";
// `node scripts/benchRollup.js [n ...]` (default 100): gridscore rollup of n generated scoresheets, one unit each,
// wall time and peak RSS in a child process. Figures, not pass/fail. The inputs are cached under
// test-output/bench/rollup-inputs; generating one takes ~0.1 s. Needs `npm run build:cli` first.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const LEVELS = ["city", "county", "township", "village"];

async function inputs(n) {
  const { buildScoresheet } = require(path.join(ROOT, "lib", "layout"));
  const { writeXlsx } = require(path.join(ROOT, "lib", "writers", "xlsx"));
  const example = JSON.parse(
    fs.readFileSync(path.join(ROOT, "examples", "evaluation.json"), "utf8")
  );
  const dir = path.join(ROOT, "test-output", "bench", "rollup-inputs");
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, LEVELS[i % 4], `unit-${String(i).padStart(5, "0")}.xlsx`);
    if (fs.existsSync(file)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const evaluation = {
      ...example,
      meta: { ...example.meta, organization: `单位${i}`, level: LEVELS[i % 4] },
      items: {
        ...example.items,
        "A.1.1": { lines: { "A.1.1.3": i % 2 }, notes: { "A.1.1.3": "说明" } },
      },
    };
    const identity = {
      workbookId: `r${i}`,
      createdAt: "2026-11-28T00:00:00Z",
      generator: "bench",
      kind: "scoresheet",
    };
    fs.writeFileSync(file, await writeXlsx(buildScoresheet({ evaluation, identity })));
  }
  return LEVELS.flatMap((l) =>
    fs
      .readdirSync(path.join(dir, l))
      .filter((f) => Number(f.slice(5, 10)) < n)
      .map((f) => path.join(dir, l, f))
  );
}

/** Rolls up the files in a child process; returns wall time (s) and peak RSS (MB). */
function rollup(files) {
  const start = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      "-e",
      "require(process.argv[1]).main(process.argv.slice(2)).then((c)=>{process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n');process.exitCode=c})",
      path.join(ROOT, "lib", "cli", "main.js"),
      "rollup",
      ...files,
      "--json",
    ],
    { encoding: "utf8", maxBuffer: 1 << 28 }
  );
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`rollup failed (${r.status}): ${r.stderr.slice(0, 1000)}`);
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { wall, rss };
}

/** Runs the figures for each n; returns rows [name, value]. */
async function benchRollup(ns = [100]) {
  const rows = [];
  const files = await inputs(Math.max(...ns));
  for (const n of ns) {
    const r = rollup(files.slice(0, n));
    rows.push([
      `gridscore rollup ${n} workbooks: wall time / peak RSS`,
      `${r.wall.toFixed(2)} s / ${r.rss.toFixed(0)} MB`,
    ]);
  }
  return rows;
}

module.exports = { benchRollup };

if (require.main === module) {
  const ns = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  benchRollup(ns.length ? ns : [100])
    .then((rows) => rows.forEach(([k, v]) => console.log(`${k.padEnd(58)} ${v}`)))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
