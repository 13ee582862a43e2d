/**
 * `gridscore score` and the report command's preflight: loaded only by those commands, so that `template` does
 * not load the input gate (pako), the evaluation schema or the engine's reader (issue 15: start-up).
 */
import { scoreEvaluation } from "../engine";
import type { LocatedProblem, ScoreReport } from "../engine";
import { InputRefused, UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { printProblems, scoreJson } from "./shared";
import { openEvaluationSource } from "./openSource";
import { renderScore } from "./render";
import { openInput } from "./gate";
import { checkOutputs } from "./outputs";

/**
 * The report command's input and outputs through the same gate as every other command, before it reads anything:
 * a folder, a missing or foreign file, or an output that is the input is refused here with its own message.
 * Argument errors are left to the report command itself.
 */
export function reportPreflight(argv: readonly string[], io: CliIo): void {
  let args;
  try {
    args = parseArgs(argv, ["out", "sheet"], ["force"], { "-o": "--out" });
  } catch {
    return;
  }
  const file = args.positional[0];
  const out = args.flags.get("out")?.[0];
  if (args.positional.length !== 1 || file === undefined || out === undefined) return;
  if (!out.toLowerCase().endsWith(".docx")) return;
  checkOutputs([out, args.flags.get("sheet")?.[0]], [file], args.flags.has("force"), io);
  const opened = openInput(file, io, ["workbook", "json"]);
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(file);
  }
}

/** `gridscore score <file>`: checks and scores one evaluation (JSON or scoresheet). */
export async function score(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [], ["json"]);
  if (args.positional.length !== 1)
    throw new UsageError("score 只接受一个文件 / score takes exactly one file");
  const file = args.positional[0]!;
  let report: ScoreReport;
  let errors: readonly LocatedProblem[];
  let warnings: readonly LocatedProblem[];
  // The one opener every command shares; a consensus is refused here (score is for one evaluator's inputs).
  const opened = await openEvaluationSource(file, io, ["json", "scoresheet"]);
  if (opened.kind === "json") {
    report = scoreEvaluation(opened.document.evaluation);
    errors = report.errors.map((p) => ({ ...p, where: { file } }));
    warnings = [...opened.fileWarnings, ...report.warnings.map((p) => ({ ...p, where: { file } }))];
  } else if (opened.kind === "scoresheet") {
    ({ report, errors, warnings } = opened.sheet);
  } else throw new InputRefused(file); // not reached: consensus workbooks are refused by the opener
  printProblems([...errors, ...warnings], io);
  if (args.flags.has("json"))
    io.out(JSON.stringify(scoreJson({ ...report, errors, warnings }), null, 2) + "\n");
  else if (errors.length === 0) io.out(renderScore(report, warnings));
  return errors.length > 0 ? 1 : 0;
}
