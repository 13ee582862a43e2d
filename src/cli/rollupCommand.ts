/**
 * `gridscore rollup <files or folders>... [-o rollup.xlsx] [--json] [--csv units.csv] [--force]`: many evaluated
 * units in one overview (issue 14). Folders are walked recursively; every file goes through the input gate; a
 * refused file is listed with its causes and the rest proceed. Files are read on worker threads (one per core)
 * when there are many, in the given order all the same, and only their unit rows are kept (readPool.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { formatScore, formatTotal, Fraction } from "../engine";
import { STANDARD } from "../standard";
import type { LocatedProblem } from "../engine";
import { buildRollup, buildRollupWorkbook, rollupJson, unitsCsv } from "../rollup";
import type { RefusedFile, Rollup, RollupUnit } from "../rollup";
import { writeXlsx } from "../writers/xlsx";
import { UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { readFilesInOrder, readOne, workersOption } from "./readPool";
import { checkOutputs } from "./outputs";
import { sameFile } from "./files";
import { columns, fit } from "./render";
import { printProblems, refuseUnwritable, writtenLines } from "./shared";

/**
 * The files named or found under the folders named, in the order given (a folder's files sorted by name,
 * recursively). Hidden entries (".…") and symlinked folders are not walked into; a file found in a folder that
 * is one of the outputs is left out (a rollup written into the folder it rolls up) and added to `skipped`, for the
 * caller to decide whether it is an input after all; a file met twice is taken once.
 */
export function expandInputs(
  args: readonly string[],
  outputs: readonly string[],
  io: CliIo,
  skipped: string[] = []
): string[] {
  const outInfo = outputs.map((o) => io.info(o));
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (file: string, found: boolean) => {
    const info = io.info(file);
    if (found && outInfo.some((o) => sameFile(o, info))) {
      skipped.push(file);
      return;
    }
    const key =
      info.kind === "missing" || info.kind === "unreadable" ? path.resolve(file) : info.real;
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      add(dir, true); // the gate names why it cannot be read
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith(".")) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isSymbolicLink() && io.info(p).kind === "directory") continue;
      else add(p, true);
    }
  };
  for (const a of args) {
    if (io.info(a).kind === "directory") walk(a);
    else add(a, false);
  }
  return files;
}

/**
 * Why nothing was rolled up: the folders and files given held no file at all (naming them), or every file found
 * was refused (the reasons were printed above, file by file).
 */
export function nothingToRollUp(given: readonly string[], found: number): string {
  const named = given.join("、");
  const namedEn = given.join(", ");
  const why =
    found === 0
      ? [`${named} 中没有文件`, `there is no file in ${namedEn}`]
      : [
          `找到的 ${found} 个文件均未纳入（原因见上）`,
          `none of the ${found} files found could be rolled up (see the reasons above)`,
        ];
  return `错误：没有可汇总的评分表或共识工作簿：${why[0]}；未写出任何文件。请给出各单位的评分表（.xlsx）、共识工作簿或评价 JSON，或包含它们的文件夹\n  error: no scoresheet or consensus workbook to roll up: ${why[1]}; nothing written. Give the units' scoresheets (.xlsx), consensus workbooks or evaluation JSON files, or folders holding them\n`;
}

/** How many duplicates {@link duplicatesText} names before "…and N more" (all are in the workbook's 单位 sheet). */
const DUPLICATES_SHOWN = 10;

/**
 * The duplicates, each with the evaluation counted instead (the same organization and level: the later evaluation
 * date counts, issue 14), so that an office sees which file was set aside without opening the workbook.
 */
export function duplicatesText(rollup: Rollup): string {
  const dups = rollup.units.filter((u) => u.duplicateOf !== undefined);
  if (dups.length === 0) return "";
  const lines = dups
    .slice(0, DUPLICATES_SHOWN)
    .map(
      (u) =>
        `  ${u.organization}：${u.file}（${u.date || "无日期"}）不计入，以 ${u.duplicateOf} 为准\n`
    );
  const more =
    dups.length > DUPLICATES_SHOWN
      ? `  另有 ${dups.length - DUPLICATES_SHOWN} 份，见汇总工作簿“单位”表的“重复于”列\n`
      : "";
  return `同一单位的重复评价（同一单位、同一层级，以评价日期较晚者为准）：\n${lines.join("")}${more}`;
}

/** A refused file: what was not rolled up, then each reason, each in Chinese and then in English. */
function printRefused(r: RefusedFile, io: CliIo): void {
  const reasons = r.reasons.map((x, i) => {
    const en = r.reasonsEn[i];
    return `  ${x}\n${en === undefined || en === x ? "" : `    ${en}\n`}`;
  });
  io.err(`未纳入汇总：${r.file}\n  not rolled up: ${r.file}\n${reasons.join("")}`);
}

/** The 内容 column of the weakest requirements: 60 terminal columns (30 Chinese characters), cut with "…". */
const WEAK_TEXT_COLUMNS = 60;

const show = (exact: string) => (exact === "" ? "–" : formatScore(new Fraction(exact)));
/** A figure of totals (mean, median, min, max) as a total is shown: never the pass mark below it (README: Numbers). */
const showTotal = (exact: string) =>
  exact === "" ? "–" : formatTotal(new Fraction(exact), STANDARD.passMark);

function renderRollup(rollup: Rollup): string {
  const counted = rollup.units.filter((u) => u.duplicateOf === undefined);
  const levels = columns(
    [
      ["层级", "单位数", "合格数", "合格率", "平均分", "中位数", "最低分", "最高分"],
      ...rollup.levels.map((l) => [
        l.label,
        String(l.count),
        String(l.passed),
        l.count ? `${formatScore(new Fraction(l.passed * 100, l.count))}%` : "–",
        showTotal(l.mean),
        showTotal(l.median),
        showTotal(l.min),
        showTotal(l.max),
      ]),
    ],
    [1, 2, 3, 4, 5, 6, 7]
  );
  const weak = columns(
    [
      ["编号", "失分单位", "平均失分", "内容"],
      ...rollup.weakest
        .filter((s) => s.unitsLosing > 0)
        .slice(0, 10)
        .map((s) => [
          s.id,
          `${s.unitsLosing}/${s.units}`,
          show(s.meanLost),
          fit(s.text, WEAK_TEXT_COLUMNS),
        ]),
    ],
    [1, 2]
  );
  const dups = rollup.units.length - counted.length;
  return `汇总：读入 ${rollup.units.length} 份评价，计入 ${counted.length} 个单位${dups ? `（${dups} 份重复）` : ""}，未纳入 ${rollup.refused.length} 个文件\n${duplicatesText(rollup)}\n${levels}\n失分最多的评价内容和要求（前10）：\n${weak}`;
}

/** Reads every file (in parallel when many), rolls them up and writes the outputs asked for. */
export async function rollupCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["out", "csv", "workers"], ["json", "force"], { "-o": "--out" });
  if (args.positional.length === 0)
    throw new UsageError(
      "rollup 至少需要一个文件或文件夹 / rollup needs at least one file or folder"
    );
  const out = args.flags.get("out")?.[0];
  const csv = args.flags.get("csv")?.[0];
  if (out && !out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError("-o 须为 .xlsx 文件 / -o must name an .xlsx file");
  if (csv && !csv.toLowerCase().endsWith(".csv"))
    throw new UsageError("--csv 须为 .csv 文件 / --csv must name a .csv file");
  const outputs = [out, csv].filter((o): o is string => o !== undefined);
  const skipped: string[] = [];
  const files = expandInputs(args.positional, outputs, io, skipped);
  // An output found while walking a folder is left out of the inputs only when the roll-up would not read it
  // (an earlier roll-up's workbook, a CSV). A unit's scoresheet there stays an input, so the output check
  // refuses to overwrite it, even with --force: no command writes to an input (README: Refused input and output).
  for (const file of skipped) if ((await readOne(file, io)).ok) files.push(file);
  checkOutputs(outputs, files, args.flags.has("force"), io);
  const units: RollupUnit[] = [];
  const refused: RefusedFile[] = [];
  const warnings: LocatedProblem[] = [];
  const workers = workersOption(args.flags.get("workers")?.[0]);
  await readFilesInOrder(
    "rollup",
    files,
    io,
    (read) => {
      if (read.ok) {
        units.push(read.unit);
        // Every file's warnings (a consensus saved with stale results, a copy with no entries, ...) are printed
        // with the roll-up's and listed in --json's warnings, each naming its file.
        warnings.push(...(read.warnings ?? []));
      } else {
        refused.push(read.refused);
        printRefused(read.refused, io);
      }
    },
    workers
  );
  if (units.length === 0) {
    io.err(nothingToRollUp(args.positional, files.length));
    if (args.flags.has("json"))
      io.out(JSON.stringify(rollupJson(buildRollup([], refused)), null, 2) + "\n");
    return 1;
  }
  const rollup = buildRollup(units, refused, warnings);
  printProblems(rollup.warnings, io);
  const workbook = out ? buildRollupWorkbook(rollup) : undefined;
  // Names from the files are fitted by the layout; any other text no cell holds is refused, not cut.
  if (workbook && refuseUnwritable([workbook], io)) return 1;
  if (out && workbook) io.writeFile(out, await writeXlsx(workbook));
  if (csv) io.writeFile(csv, unitsCsv(rollup));
  io.out(
    args.flags.has("json")
      ? JSON.stringify(rollupJson(rollup), null, 2) + "\n"
      : renderRollup(rollup) + writtenLines([out, csv])
  );
  return 0;
}
