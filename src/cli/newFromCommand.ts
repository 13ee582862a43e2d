/**
 * `gridscore new <next.xlsx> --from <previous.xlsx|consensus.xlsx|evaluation.json> [--plan-status plan.xlsx]
 * [--evaluator NAME]... [--organization NAME] [--force]`: a fresh scoresheet for the re-evaluation. The unit,
 * its level and the group are carried over; every line shows, read-only, what the previous evaluation found and
 * the remediation status; the inputs are empty, so the experts score afresh.
 */
import * as path from "path";
import { emptyEvaluation, textProblems } from "../engine";
import { buildScoresheet } from "../layout";
import {
  formatSheetProblemLines,
  isGroupSheetProblem,
  sheetProblemLosesInput,
} from "../layout/evaluationSheets";
import type { EvaluationSheetProblem } from "../layout/evaluationSheets";
import { withPreviousEvaluation } from "../layout/previousColumns";
import { previousEvaluation } from "../report/previous";
import { writeXlsx } from "../writers/xlsx";
import { UsageError, optionPart, parseArgs } from "./io";
import type { CliIo } from "./io";
import { checkOutputs } from "./outputs";
import { optionClashes } from "./optionClash";
import { loadSoundSource } from "./evaluationSource";
import { loadPlanFile } from "./planFile";
import { printProblems, refuseUnwritable } from "./shared";
import { evaluatorTargets, newIdentity } from "./workbookCommands";

/** Whether `new` was asked for a re-evaluation. */
export function isNewFrom(argv: readonly string[]): boolean {
  return optionPart(argv).some((a) => a === "--from" || a.startsWith("--from="));
}

/** `gridscore new … --from …`: exit 0, 1 (the previous evaluation refused or with errors), 2 or 3. */
export async function newFromCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["from", "plan-status", "evaluator", "organization"], ["force"], {
    "-o": "--out",
  });
  if (args.positional.length !== 1)
    throw new UsageError("new 只接受一个输出文件 / new takes exactly one output file");
  const out = args.positional[0]!;
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError("输出文件名须以 .xlsx 结尾 / the output file must end in .xlsx");
  const from = args.flags.get("from") ?? [];
  if (from.length !== 1)
    throw new UsageError("--from 只接受一个上次评估的文件 / --from takes one previous evaluation");
  const fromFile = from[0]!;
  const planFile = args.flags.get("plan-status")?.[0];
  const evaluators = args.flags.get("evaluator") ?? [];
  const targets = evaluatorTargets(out, evaluators);
  checkOutputs(
    targets.map((t) => t.file),
    [fromFile, ...(planFile ? [planFile] : [])],
    args.flags.has("force"),
    io
  );
  const source = await loadSoundSource(fromFile, io, ["复评评分表", "re-evaluation scoresheet"]);
  if (refuseLostGroupRows(source.sheetProblems, fromFile, io)) return 1;
  // The plan is the previous evaluation's: another unit's is refused, another evaluation's warned of.
  const plan = planFile
    ? await loadPlanFile(planFile, io, {
        ...(source.input.meta.organization ? { organization: source.input.meta.organization } : {}),
        ...(source.input.meta.level ? { level: source.input.meta.level } : {}),
        ...(source.input.meta.date ? { date: source.input.meta.date } : {}),
        total: source.input.report.total,
      })
    : undefined;
  const previous = previousEvaluation(source.input, {
    ...(source.evaluation ? { evaluation: source.evaluation } : {}),
    ...(plan ? { plan } : {}),
    source: path.basename(fromFile),
  });
  const was = source.input.meta;
  const given = args.flags.get("organization")?.[0];
  const clashes = optionClashes(fromFile, "--from", [
    { option: "--organization", given: given ? [given] : [], recorded: was.organization },
  ]);
  if (clashes.length > 0) {
    for (const c of clashes) io.err(c);
    return 1;
  }
  const organization = given ?? was.organization;
  const meta = {
    ...(organization ? { organization } : {}),
    ...(was.level ? { level: was.level } : {}),
    ...(was.role ? { role: was.role } : {}),
  };
  const unwritable = textProblems(
    emptyEvaluation({ ...meta, ...(evaluators.length ? { evaluator: evaluators.join("") } : {}) })
  );
  if (unwritable.length > 0) {
    printProblems(unwritable, io);
    return 1;
  }
  const group = source.group?.filter((m) => m.name.trim() !== "");
  const models = targets.map((t) =>
    withPreviousEvaluation(
      buildScoresheet({
        evaluation: emptyEvaluation({
          ...meta,
          ...(t.evaluator ? { evaluator: t.evaluator } : {}),
        }),
        identity: newIdentity(io),
        ...(group && group.length > 0 ? { evaluationSheets: { group } } : {}),
      }),
      previous
    )
  );
  // The cells as written (the previous evaluation's notes beside the new inputs, escapes counted), before any file.
  if (refuseUnwritable(models, io, fromFile)) return 1;
  for (const [i, t] of targets.entries()) {
    io.writeFile(t.file, await writeXlsx(models[i]!));
    io.out(`${t.file}\n`);
  }
  return 0;
}

/**
 * The previous 评估组 is carried into the new scoresheet: a row `gridscore export` refuses (a unit, field, role or
 * source but no name; a 领域 or 组内角色 off the list; a copied row) is refused here too, each at file, sheet and cell
 * in export's words, and nothing is written; a row left out or read without its field would drop what was typed.
 *
 * @returns true when something was refused (printed to stderr)
 */
function refuseLostGroupRows(
  problems: readonly EvaluationSheetProblem[],
  file: string,
  io: CliIo
): boolean {
  const lost = problems.filter((p) => isGroupSheetProblem(p) && sheetProblemLosesInput(p));
  if (lost.length === 0) return false;
  for (const p of lost) io.err(formatSheetProblemLines(p, "error", file));
  io.err(
    `错误：${file} 的评估组有${lost.length}处填写无法带入复评评分表，未写出复评评分表；请按上面的提示改正工作簿后重试\n` +
      `  error: ${file} has ${lost.length} 评估组 entr${lost.length === 1 ? "y" : "ies"} the re-evaluation scoresheet cannot carry; nothing written: fix the workbook as above and run again\n`
  );
  return true;
}
