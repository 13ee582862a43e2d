/**
 * `gridscore migrate <old.xlsx> --to FILE -o <new.xlsx> [--json] [--force]` (issue 16): a scoresheet moved to
 * another edition. The old workbook is read in the edition it records (the built-in one, or one given with
 * `--standard`); every input whose item or line id exists in both editions is carried into a new workbook of the
 * `--to` edition, with the unit, the evaluator and the eligibility, group and procedure sheets. Every input is
 * listed: carried, carried with something to check, or not carried and why. Never writes to an input.
 */
import { describePlanRecordDefect, formatProblem } from "../engine";
import type { LocatedProblem } from "../engine";
import { migrateEvaluation } from "../engine/migrate";
import { migrationNextSteps, migrationText } from "../engine/editionMessages";
import type { MigrationEntry } from "../engine/migrate";
import { buildScoresheet } from "../layout";
import { procedureRecord } from "../layout/evaluationDocument";
import {
  formatSheetProblemLines,
  readEvaluationSheets,
  sheetProblemLosesOnRebuild,
} from "../layout/evaluationSheets";
import { activateEdition, activeEdition } from "../standard";
import { loadXlsx, readLoadedScoresheet, writeXlsx } from "../writers/xlsx";
import { loadEditionFile } from "./editionFile";
import { openInput } from "./gate";
import { InputRefused, UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { checkOutputs } from "./outputs";
import { printProblems, refuseUnwritable } from "./shared";
import { newIdentity } from "./workbookCommands";

type PlanRecordCorrupt = Extract<LocatedProblem, { code: "plan-record-corrupt" }>;

/**
 * The `plan` of `migrate --json`: null when the workbook records no plan; else never carried, with its fingerprint
 * (null when the record lacks it) and, when the record cannot be read back, the `plan-record-corrupt` problems that
 * say what is wrong or missing (each with its message in Chinese and English), so a record that lost its `plan`
 * entry is not a bare null.
 */
function planJson(
  fingerprint: string | undefined,
  corrupt: readonly PlanRecordCorrupt[]
): Record<string, unknown> | null {
  if (!fingerprint && corrupt.length === 0) return null;
  return {
    carried: false,
    fingerprint: fingerprint || null,
    problems: corrupt.map((p) => ({
      ...p,
      message: formatProblem(p, "zh-CN"),
      messageEn: formatProblem(p, "en-US"),
    })),
  };
}

/** The listing's "not carried" line of a plan: named by its fingerprint, with what its record lacks when corrupt. */
function planLine(fingerprint: string | undefined, corrupt: readonly PlanRecordCorrupt[]): string {
  const name = fingerprint ? ` ${fingerprint}` : "";
  const zh = corrupt.map((p) => `（${describePlanRecordDefect(p, "zh-CN")}）`).join("");
  const en = corrupt.map((p) => ` (${describePlanRecordDefect(p, "en-US")})`).join("");
  return `  未迁移 / not carried: 评估方案${name}${zh}：请按新版本重新制定 / the evaluation plan${name}${en}: make it again for the new edition`;
}

function entryJson(e: MigrationEntry): Record<string, unknown> {
  return { id: e.id, what: e.what, value: e.value, ...(e.reason ? { reason: e.reason } : {}) };
}

/** Runs `migrate`; returns 0 when the new workbook was written (the listing says what was not carried). */
export async function migrateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["to", "out"], ["force", "json"], { "-o": "--out" });
  const [file, ...extra] = args.positional;
  const to = args.flags.get("to")?.[0];
  const out = args.flags.get("out")?.[0];
  if (file === undefined || extra.length > 0 || to === undefined || out === undefined)
    throw new UsageError(
      "用法：gridscore migrate <旧工作簿.xlsx> --to <标准版本文件.json> -o <新工作簿.xlsx> / usage: gridscore migrate <old.xlsx> --to <edition.json> -o <new.xlsx>"
    );
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError("输出文件名须以 .xlsx 结尾 / the output file must end in .xlsx");
  checkOutputs([out], [file, to], args.flags.has("force"), io);
  const target = loadEditionFile(to, io);

  const opened = openInput(file, io, ["workbook"]);
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(file);
  }
  const loaded = await loadXlsx(opened.bytes, file); // picks the edition the workbook records
  if (!loaded.ok) {
    printProblems(loaded.errors, io);
    throw new InputRefused(file);
  }
  if (loaded.loaded.identity.kind === "consensus") {
    printProblems([{ code: "consensus-workbook", where: { file } }], io);
    throw new InputRefused(file);
  }
  const source = activeEdition();
  const sheet = readLoadedScoresheet(loaded.loaded);
  const sheets = readEvaluationSheets(loaded.loaded.grid);
  // A group row the new workbook could not hold as typed (a field off the list, no name) is refused, not dropped.
  const lost = sheets.problems.filter(sheetProblemLosesOnRebuild);
  if (lost.length > 0) {
    for (const p of lost) io.err(formatSheetProblemLines(p, "error", file));
    io.err(
      `错误：${file} 有${lost.length}处填写无法迁移，未写出新工作簿；请按上面的提示改正后重试\n` +
        `  error: ${file} has ${lost.length} entr${lost.length === 1 ? "y" : "ies"} the new workbook cannot hold; nothing written: fix them as above and run again\n`
    );
    return 1;
  }
  const migration = migrateEvaluation(sheet.evaluation, source.standard, target.standard);
  /** The group's plan names the old edition's items: it is not carried (listed below). */
  const plan = loaded.loaded.identity.plan;
  // A record that cannot be read back is named too (plan-record-corrupt), not passed over as no plan.
  const planCorrupt = sheet.errors.filter(
    (p): p is PlanRecordCorrupt => p.code === "plan-record-corrupt"
  );
  printProblems(planCorrupt, io);

  activateEdition(target);
  const model = buildScoresheet({
    evaluation: migration.evaluation,
    identity: newIdentity(io),
    evaluationSheets: {
      ...(sheets.eligibility ? { eligibility: sheets.eligibility } : {}),
      ...(sheets.group ? { group: sheets.group } : {}),
      ...(sheets.procedure ? { procedure: procedureRecord(sheets.procedure) } : {}),
    },
  });
  // A note the old workbook held may not fit as written in the new layout (escapes counted): refused, not cut.
  if (refuseUnwritable([model], io, file)) return 1;
  io.writeFile(out, await writeXlsx(model));

  if (args.flags.has("json")) {
    io.out(
      JSON.stringify(
        {
          from: { edition: source.key, fingerprint: source.fingerprint, file },
          to: { edition: target.key, fingerprint: target.fingerprint, file: out },
          carried: migration.carried.map(entryJson),
          notCarried: migration.notCarried.map(entryJson),
          added: migration.added,
          plan: planJson(plan, planCorrupt),
        },
        null,
        2
      ) + "\n"
    );
    return 0;
  }
  const lines = [
    `${file}（${source.key}）→ ${out}（${target.key}）`,
    `已迁移 ${migration.carried.length} 项输入，未迁移 ${migration.notCarried.length} 项 / carried ${migration.carried.length} inputs, not carried ${migration.notCarried.length}`,
    ...migration.notCarried.map((e) => `  未迁移 / not carried: ${migrationText(e, false)}`),
    ...migration.carried
      .filter((e) => e.reason)
      .map((e) => `  请复核 / check: ${migrationText(e, true)}`),
    ...migration.carried
      .filter((e) => !e.reason)
      .map((e) => `  已迁移 / carried: ${migrationText(e, true)}`),
    ...migration.added.map(
      (id) => `  新增评价内容，未填写 / new in the target edition, empty: ${id}`
    ),
    ...(plan || planCorrupt.length > 0 ? [planLine(plan, planCorrupt)] : []),
    migrationNextSteps(
      out,
      to,
      migration.notCarried.length + migration.carried.filter((e) => e.reason).length
    ),
  ];
  io.out(lines.join("\n") + "\n");
  return 0;
}
