/**
 * Pieces every CLI command shares: loading evaluation JSON, printing problems, the score JSON shape.
 */
import { formatProblem } from "../engine";
import type { Evaluation, LocatedProblem, Problem, ScoreReport } from "../engine";
import { parseEvaluationDocument } from "../layout/evaluationDocument";
import { modelTextProblems } from "../layout/cellText";
import type { WorkbookModel } from "../layout";
import type { EvaluationDocument } from "../layout/evaluationDocument";
import { InputRefused } from "./io";
import type { CliIo } from "./io";
import { openInput } from "./gate";
import { problemPath, schemaProblems } from "./evaluationSchema";

/** An evaluation JSON read through the gate, with the warnings about the file itself (its encoding). */
export interface LoadedJson {
  readonly evaluation: Evaluation;
  /** The whole document: with version 2, the eligibility, group, procedure and plan too. */
  readonly document: EvaluationDocument;
  readonly warnings: readonly LocatedProblem[];
}

/**
 * Parses JSON the gate already read and bounded (gridscore-evaluation/1 or /2); prints every problem and throws InputRefused when it cannot be
 * used. Prints the file's own warnings (a GB18030 encoding) too.
 */
export function evaluationFromJson(
  path: string,
  value: unknown,
  fileWarnings: readonly LocatedProblem[],
  io: CliIo
): LoadedJson {
  const parsed = parseEvaluationDocument(value);
  const problems = withSchemaProblems(parsed.problems, schemaProblems(value));
  if (!parsed.document || problems.length > 0) {
    printProblems([...problems.map((p) => ({ ...p, where: { file: path } })), ...fileWarnings], io);
    throw new InputRefused(path);
  }
  return {
    evaluation: parsed.document.evaluation,
    document: parsed.document,
    warnings: fileWarnings,
  };
}

/**
 * Every schema failure (its JSON path and the rule that caught it), then the parser's problems: a structural one
 * only where the schema did not already name its path (the schema's line says the same and names the rule); the
 * metadata and format ones always, in the wording users know (field, value, what is allowed), and the schema's
 * failure at the same path is then left out, so one mistake is reported once. Appendix A's ids
 * and codes, which the schema leaves to the engine, are reported by scoring.
 */
export function withSchemaProblems(
  parserProblems: readonly Problem[],
  fromSchema: readonly Problem[]
): Problem[] {
  // A metadata field or the format the parser names in words is not named a second time by the schema's rule.
  const inWords = new Set(
    parserProblems.filter((p) => p.code === "bad-meta" || p.code === "bad-format").map(problemPath)
  );
  const schema = fromSchema.filter((p) => !inWords.has(problemPath(p)));
  const named = new Set(schema.map(problemPath));
  return [
    ...schema,
    ...parserProblems.filter((p) => p.code !== "bad-structure" || !named.has(p.path)),
  ];
}

/** Reads an evaluation JSON file through the input gate, printing every problem and refusing it when it cannot be used. */
export function loadEvaluationJson(path: string, io: CliIo): Evaluation {
  return loadEvaluationDocument(path, io).evaluation;
}

/** Reads an evaluation JSON (version 1 or 2) as a whole document; refuses it as loadEvaluationJson does. */
export function loadEvaluationDocument(path: string, io: CliIo): EvaluationDocument {
  const opened = openInput(path, io, ["json"]);
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(path);
  }
  if (opened.kind !== "json") throw new InputRefused(path); // the gate accepts only JSON here
  const loaded = evaluationFromJson(path, opened.value, opened.warnings, io);
  printProblems(loaded.warnings, io);
  return loaded.document;
}

/**
 * The lines naming the files a command wrote, printed after its text output (merge, compare, roll-up), as
 * `new`, `report` and `plan` print theirs: one "已写入 / written" line a file; "" when none was written. A
 * --json run prints none, so that its output stays one JSON value.
 */
export function writtenLines(files: readonly (string | undefined)[]): string {
  return files
    .filter((f): f is string => f !== undefined)
    .map((f) => `已写入 / written: ${f}\n`)
    .join("");
}

/** Prints problems to stderr, one per line, in Chinese and English. */
export function printProblems(problems: readonly LocatedProblem[], io: CliIo): void {
  for (const p of problems)
    io.err(`${formatProblem(p, "zh-CN")}\n  ${formatProblem(p, "en-US")}\n`);
}

/**
 * Refuses workbooks with a text no cell can hold as written (README: Inputs): prints each `text-too-long`, naming
 * the input file when there is one, and returns true; the caller writes nothing. Call it with every model of the
 * run before the first file is written.
 */
export function refuseUnwritable(
  models: readonly WorkbookModel[],
  io: CliIo,
  file?: string
): boolean {
  const problems = models.flatMap(modelTextProblems);
  if (problems.length === 0) return false;
  printProblems(
    problems.map((p) => (file ? { ...p, where: { file } } : p)),
    io
  );
  io.err(
    "错误：有文本超出 Excel 单元格上限，未写入任何文件；请缩短后重试\n" +
      "  error: a text is longer than an Excel cell holds; nothing was written: shorten it and run again\n"
  );
  return true;
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
