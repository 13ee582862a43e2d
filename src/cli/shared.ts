/**
 * Pieces every CLI command shares: loading evaluation JSON, printing problems, the score JSON shape.
 */
import { formatProblem, parseEvaluation } from "../engine";
import type { Evaluation, LocatedProblem, ScoreReport } from "../engine";
import { InputRefused } from "./io";
import type { CliIo } from "./io";
import { openInput } from "./gate";

/** An evaluation JSON read through the gate, with the warnings about the file itself (its encoding). */
export interface LoadedJson {
  readonly evaluation: Evaluation;
  readonly warnings: readonly LocatedProblem[];
}

/**
 * Parses JSON the gate already read and bounded; prints every problem and throws InputRefused when it cannot be
 * used. Prints the file's own warnings (a GB18030 encoding) too.
 */
export function evaluationFromJson(
  path: string,
  value: unknown,
  fileWarnings: readonly LocatedProblem[],
  io: CliIo
): LoadedJson {
  const parsed = parseEvaluation(value);
  if (!parsed.evaluation) {
    printProblems(
      [...parsed.problems.map((p) => ({ ...p, where: { file: path } })), ...fileWarnings],
      io
    );
    throw new InputRefused(path);
  }
  return { evaluation: parsed.evaluation, warnings: fileWarnings };
}

/** Reads an evaluation JSON file through the input gate, printing every problem and refusing it when it cannot be used. */
export function loadEvaluationJson(path: string, io: CliIo): Evaluation {
  const opened = openInput(path, io, ["json"]);
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(path);
  }
  if (opened.kind !== "json") throw new InputRefused(path); // the gate accepts only JSON here
  const loaded = evaluationFromJson(path, opened.value, opened.warnings, io);
  printProblems(loaded.warnings, io);
  return loaded.evaluation;
}

/** Prints problems to stderr, one per line, in Chinese and English. */
export function printProblems(problems: readonly LocatedProblem[], io: CliIo): void {
  for (const p of problems)
    io.err(`${formatProblem(p, "zh-CN")}\n  ${formatProblem(p, "en-US")}\n`);
}

/** The `--json` shape of a score report. */
export function scoreJson(report: ScoreReport): unknown {
  return {
    tables: report.tables.map(({ id, title, declaredMax, max, score }) => ({
      id,
      title,
      declaredMax,
      max,
      score,
    })),
    items: report.items.map(({ id, status, deduction, score }) => ({
      id,
      status,
      deduction,
      score,
    })),
    total: report.total,
    max: report.max,
    declaredMax: report.declaredMax,
    passMark: report.passMark,
    pass: report.pass,
    verdict: report.verdict,
    errors: report.errors.map((p) => ({
      ...p,
      message: formatProblem(p, "zh-CN"),
      messageEn: formatProblem(p, "en-US"),
    })),
    warnings: report.warnings.map((p) => ({
      ...p,
      message: formatProblem(p, "zh-CN"),
      messageEn: formatProblem(p, "en-US"),
    })),
  };
}
