/**
 * `gridscore report <file.xlsx|evaluation.json|consensus.xlsx> -o report.docx [--sheet report.xlsx] [--force]`: the Word
 * report of a scored evaluation, with the eligibility, group and procedure sheets of a workbook when present.
 */
import * as path from "path";
import { InputRefused, UsageError, parseArgs } from "../cli/io";
import type { CliIo } from "../cli/io";
import { loadEvaluationDocument, printProblems } from "../cli/shared";
import { openInput } from "../cli/gate";
import { procedureSteps } from "../layout/evaluationDocument";
import type { LocatedProblem } from "../engine";
import { STYLES } from "../layout";
import { readEvaluationSheets } from "../layout/evaluationSheets";
import type { EvaluationSheetProblem } from "../layout/evaluationSheets";
import { loadXlsx, readLoadedScoresheet, writeXlsx } from "../writers/xlsx";
import { buildReportModel, reportInputFromEvaluation } from "./build";
import { reportInputFromConsensus } from "./consensus";
import type { ReportInput, ReportModel } from "./types";
import { readLoadedConsensus } from "../merge";
import { renderReportDocx } from "./docx";
import { buildReportSheet } from "./sheet";

/** One line per sheet problem, in Chinese and English. */
export function formatSheetProblem(p: EvaluationSheetProblem): string {
  const where = `${p.sheet}!${p.row + 1}行`;
  switch (p.code) {
    case "unknown-field":
      return `提示: ${where} 领域“${p.value}”不是标准化/行业专家/管理人员之一 / unknown field "${p.value}"`;
    case "unknown-role":
      return `提示: ${where} 组内角色“${p.value}”不是组长/成员 / unknown role "${p.value}"`;
    case "duplicate-id":
      return `提示: ${where} 编号 ${p.id} 重复，已忽略 / duplicate row id ${p.id} ignored`;
  }
}

/** `gridscore report`: writes the .docx (and with --sheet the report worksheet as .xlsx); exit 0, 1 or 2. */
export async function reportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ["out", "sheet"], ["force"], { "-o": "--out" });
  if (args.positional.length !== 1)
    throw new UsageError("report 只接受一个输入文件 / report takes exactly one file");
  const file = args.positional[0]!;
  const out = args.flags.get("out")?.[0];
  if (!out) throw new UsageError("report 需要 -o <报告.docx> / report needs -o <report.docx>");
  if (!out.toLowerCase().endsWith(".docx"))
    throw new UsageError("报告文件名须以 .docx 结尾 / the report file must end in .docx");
  const sheetOut = args.flags.get("sheet")?.[0];
  if (sheetOut !== undefined && !sheetOut.toLowerCase().endsWith(".xlsx"))
    throw new UsageError("--sheet 须为 .xlsx 文件 / --sheet must name an .xlsx file");
  for (const target of [out, sheetOut]) {
    if (target === undefined) continue;
    if (path.resolve(target) === path.resolve(file))
      throw new UsageError("输出会覆盖输入文件，已拒绝 / the output would overwrite the input");
    if (io.exists(target) && !args.flags.has("force")) {
      io.err(
        `错误: 文件 ${target} 已存在，未覆盖（要覆盖请加 --force） / file exists, not overwritten (use --force)\n`
      );
      return 1;
    }
  }

  const read = await readInput(file, io);
  printProblems([...read.errors, ...read.warnings], io);
  for (const p of read.sheetProblems) io.err(`${formatSheetProblem(p)}\n`);
  if (read.errors.length > 0) {
    io.err(
      `错误: ${file} 有${read.errors.length}个错误，未生成报告；请改正后重试 / ${read.errors.length} error(s): no report written\n`
    );
    throw new InputRefused(file);
  }
  return writeReport(buildReportModel(read.input), out, sheetOut, io);
}

interface ReportSourceRead {
  readonly input: ReportInput;
  readonly errors: readonly LocatedProblem[];
  readonly warnings: readonly LocatedProblem[];
  readonly sheetProblems: readonly EvaluationSheetProblem[];
}

/**
 * An evaluation JSON, a scoresheet or a consensus workbook, as report input. A workbook is read from disk and
 * parsed once; its identity says which of the two it is.
 */
async function readInput(file: string, io: CliIo): Promise<ReportSourceRead> {
  // By content, not by name (issue 10): a JSON renamed .xlsx is still read as JSON, a folder is refused.
  const opened = openInput(file, io, ["workbook", "json"]);
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(file);
  }
  if (opened.kind === "json") {
    // gridscore-evaluation/2 carries the eligibility, group and procedure sheets' data too.
    const doc = loadEvaluationDocument(file, io);
    const input = reportInputFromEvaluation(doc.evaluation, {
      ...(doc.eligibility ? { eligibility: doc.eligibility } : {}),
      ...(doc.group ? { group: doc.group } : {}),
      ...(doc.procedure ? { procedure: procedureSteps(doc.procedure) } : {}),
    });
    const at = (p: LocatedProblem): LocatedProblem => ({ ...p, where: { file } });
    return {
      input,
      errors: input.report.errors.map(at),
      warnings: input.report.warnings.map(at),
      sheetProblems: [],
    };
  }
  const loaded = await loadXlsx(opened.bytes, file);
  if (!loaded.ok) {
    printProblems(loaded.errors, io);
    throw new InputRefused(file);
  }
  const sheets = readEvaluationSheets(loaded.loaded.grid);
  if (loaded.loaded.identity.kind === "consensus") {
    const consensus = readLoadedConsensus(loaded.loaded);
    if (!consensus.ok) {
      printProblems(consensus.errors, io);
      throw new InputRefused(file);
    }
    const input = reportInputFromConsensus(consensus.result, consensus.meta, sheets);
    return {
      input,
      errors: [],
      warnings: consensus.result.warnings,
      sheetProblems: sheets.problems,
    };
  }
  const sheet = readLoadedScoresheet(loaded.loaded);
  const input = reportInputFromEvaluation(sheet.evaluation, sheets);
  return { input, errors: sheet.errors, warnings: sheet.warnings, sheetProblems: sheets.problems };
}

async function writeReport(
  model: ReportModel,
  out: string,
  sheetOut: string | undefined,
  io: CliIo
): Promise<number> {
  io.writeFile(out, await renderReportDocx(model));
  io.out(`${out}\n`);
  if (sheetOut) {
    const sheet = buildReportSheet(model);
    io.writeFile(
      sheetOut,
      await writeXlsx({
        sheets: [sheet],
        names: [],
        styles: STYLES,
        properties: {
          title: model.title,
          subject: model.basis,
          creator: model.evaluator || "gridscore",
          keywords: "gridscore 网格化治理 评估报告",
        },
      })
    );
    io.out(`${sheetOut}\n`);
  }
  return 0;
}

export { REPORT_USAGE } from "./usage";
