/**
 * `gridscore plan <scoresheet.xlsx|consensus.xlsx|evaluation.json> -o plan.xlsx [--force]`: the remediation plan
 * (整改台账) of a finished evaluation, one row per requirement line that lost points, in the report's order.
 */
import { buildReportModel } from "../report/build";
import { planRows, shownLostTotal } from "../report/plan";
import { buildPlanWorkbook } from "../report/planSheet";
import { writeXlsx } from "../writers/xlsx";
import { formatScore } from "../engine";
import { UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { checkOutputs } from "./outputs";
import { loadSoundSource } from "./evaluationSource";
import { newIdentity } from "./workbookCommands";
import { refuseUnwritable } from "./shared";
import { refuseUnmatchedPlanEntries } from "./planEntries";
import * as path from "path";

/** `gridscore plan`: writes the plan workbook; exit 0, 1 (input errors), 2 (usage) or 3 (output refused). */
export async function planCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["out"], ["force"], { "-o": "--out" });
  if (args.positional.length !== 1)
    throw new UsageError("plan 只接受一个输入文件 / plan takes exactly one file");
  const file = args.positional[0]!;
  const out = args.flags.get("out")?.[0];
  if (!out) throw new UsageError("plan 需要 -o <整改台账.xlsx> / plan needs -o <plan.xlsx>");
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError("整改台账文件名须以 .xlsx 结尾 / the plan file must end in .xlsx");
  checkOutputs([out], [file], args.flags.has("force"), io);
  const source = await loadSoundSource(file, io, ["整改台账", "remediation plan"]);
  const model = buildReportModel(source.input);
  const rows = planRows(model);
  // A JSON plan row keyed to no row of this plan would be left out without a word: refused instead.
  if (refuseUnmatchedPlanEntries(source.plan, rows, file, io)) return 1;
  const identity = newIdentity(io);
  const workbook = buildPlanWorkbook({
    model,
    rows,
    ...(source.plan ? { entries: source.plan } : {}),
    source: path.basename(file),
    // What --plan-status later checks the plan against (the unit, the evaluation's date and total).
    sourceFacts: {
      ...(source.input.meta.level ? { level: source.input.meta.level } : {}),
      ...(source.input.meta.date ? { date: source.input.meta.date } : {}),
      total: source.input.report.total,
    },
    createdAt: identity.createdAt,
    generator: identity.generator,
  });
  // Findings join an item's notes into one cell: as written, they must fit (README: Inputs); refused, not cut.
  if (refuseUnwritable([workbook], io, file)) return 1;
  io.writeFile(out, await writeXlsx(workbook));
  // Added exactly: the report's maximum minus its total as the report shows it (README: Numbers).
  const lost = shownLostTotal(rows, model);
  io.out(
    `${out}\n整改事项 ${rows.length} 项，失分合计 ${formatScore(lost)} 分 / ${rows.length} finding(s), ${formatScore(lost)} point(s) lost\n`
  );
  return 0;
}
