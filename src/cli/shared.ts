/**
 * Pieces every CLI command shares: loading evaluation JSON, printing problems, the score JSON shape.
 */
import { formatProblem, parseEvaluation } from "../engine";
import type { Evaluation, LocatedProblem, ScoreReport } from "../engine";
import { InputRefused } from "./io";
import type { CliIo } from "./io";

/** Reads an evaluation JSON file, printing every problem and refusing it when it cannot be used. */
export function loadEvaluationJson(path: string, io: CliIo): Evaluation {
  if (!io.exists(path)) {
    io.err(`错误: 文件 ${path} 不存在 / file not found\n`);
    throw new InputRefused(path);
  }
  let json: unknown;
  try {
    json = JSON.parse(io.readFile(path).toString("utf8"));
  } catch (e) {
    io.err(`错误: 文件 ${path} 不是有效的 JSON：${(e as Error).message}\n`);
    throw new InputRefused(path);
  }
  const parsed = parseEvaluation(json);
  if (!parsed.evaluation) {
    printProblems(
      parsed.problems.map((p) => ({ ...p, where: { file: path } })),
      io
    );
    throw new InputRefused(path);
  }
  return parsed.evaluation;
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
