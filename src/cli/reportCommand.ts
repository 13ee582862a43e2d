/**
 * `gridscore report <file.xlsx|evaluation.json|consensus.xlsx> -o report.docx [--sheet report.xlsx] [--force]`: the Word
 * report of a scored evaluation, with the eligibility, group and procedure sheets of a workbook when present.
 * With --sheet, the workbook holds the report sheet and the remediation plan (整改台账). The report module builds
 * the model and the documents; this command only opens the input and writes the files.
 */
import * as path from "path";
import { InputRefused, UsageError, parseArgs } from "./io";
import type { CliIo } from "./io";
import { printProblems, refuseUnwritable } from "./shared";
import { refuseUnmatchedPlanEntries } from "./planEntries";
import { loadEvaluationSource } from "./evaluationSource";
import type { EvaluationSource } from "./evaluationSource";
import { newIdentity } from "./workbookCommands";
import { STYLES } from "../layout";
import {
  describeSheetProblem,
  formatSheetProblemLines,
  scoreFromInput,
} from "../layout/evaluationSheets";
import { computedTotal } from "../standard";
import type { EvaluationSheetProblem } from "../layout/evaluationSheets";
import { writeXlsx } from "../writers/xlsx";
import { buildReportModel } from "../report/build";
import type { ReportModel } from "../report/types";
import { renderReportDocx } from "../report/docx";
import { buildReportSheet } from "../report/sheet";
import { planRows } from "../report/plan";
import { buildPlanWorkbook } from "../report/planSheet";
import type { WorkbookModel } from "../layout/model";

/** One problem of the evaluation sheets, in Chinese and English, naming its sheet and cell (a warning here). */
export function formatSheetProblem(p: EvaluationSheetProblem, file?: string): string {
  return formatSheetProblemLines(p, "warning", file).replace(/\n$/, "");
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
        `错误：文件 ${target} 已存在，未覆盖（要覆盖请加 --force）\n` +
          `  error: file ${target} exists and was not overwritten (use --force)\n`
      );
      return 1;
    }
  }

  const read = await loadEvaluationSource(file, io);
  printProblems([...read.errors, ...read.warnings], io);
  for (const p of read.sheetProblems) io.err(`${formatSheetProblem(p, file)}\n`);
  // A JSON's 自查总分 outside 0–495 is flagged as the workbook's cell is (export carries it as typed).
  const selfScore =
    read.kind === "json" ? scoreFromInput(read.eligibility?.selfEvaluationScore) : "missing";
  if (typeof selfScore === "number" && (selfScore < 0 || selfScore > computedTotal())) {
    const p = {
      code: "self-score-out-of-range",
      sheet: "",
      row: 0,
      col: 0,
      value: selfScore,
    } as const;
    const at = "$.eligibility.selfEvaluationScore";
    io.err(
      `提示：文件 ${file}：${at}：${describeSheetProblem(p, true)}\n` +
        `  warning: file ${file}: ${at}: ${describeSheetProblem(p, false)}\n`
    );
  }
  if (read.errors.length > 0) {
    io.err(
      `错误：${file} 有${read.errors.length}个错误，未生成报告；请改正后重试\n` +
        `  error: ${file} has ${read.errors.length} error(s); no report written: fix them and run again\n`
    );
    throw new InputRefused(file);
  }
  const model = buildReportModel(read.input);
  // --sheet writes the plan: a JSON plan row keyed to no row of it is refused, as `gridscore plan` refuses it.
  if (sheetOut && refuseUnmatchedPlanEntries(read.plan, planRows(model), file, io)) return 1;
  const sheet = sheetOut ? reportWorkbook(model, read, io) : undefined;
  // The workbook's cells as written, before the report or the workbook is written.
  if (sheet && refuseUnwritable([sheet], io, file)) return 1;
  io.writeFile(out, await renderReportDocx(model));
  io.out(`${out}\n`);
  if (sheetOut && sheet) {
    io.writeFile(sheetOut, await writeXlsx(sheet));
    io.out(`${sheetOut}\n`);
  }
  return 0;
}

/**
 * The report as a workbook (--sheet): the report sheet, then the remediation plan (整改台账) of its findings with
 * the plan's identity sheet, so the file also serves as `--plan-status` for the re-evaluation and for compare. A
 * version 2 JSON's plan rows pre-fill the plan's inputs, as `gridscore plan` does.
 */
export function reportWorkbook(
  model: ReportModel,
  source: EvaluationSource,
  io: CliIo
): WorkbookModel {
  const identity = newIdentity(io);
  const plan = buildPlanWorkbook({
    model,
    rows: planRows(model),
    ...(source.plan ? { entries: source.plan } : {}),
    source: path.basename(source.file),
    createdAt: identity.createdAt,
    generator: identity.generator,
  });
  return {
    sheets: [buildReportSheet(model), ...plan.sheets],
    names: [],
    styles: STYLES,
    properties: {
      title: model.title,
      subject: model.basis,
      creator: model.evaluator || "gridscore",
      keywords: "gridscore 网格化治理 评估报告 整改台账",
    },
  };
}
