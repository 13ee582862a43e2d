/**
 * Reading a plan workbook (整改台账) given on the command line, through the same input gate as every input.
 */
import ExcelJS from "exceljs";
import type { PlanEntry } from "../layout/evaluationDocument";
import { readPlanGrid } from "../report/planRead";
import type { PlanCellProblem } from "../report/planRead";
import { PLAN_STATUS_LABELS } from "../layout/evaluationDocument";
import { a1 } from "../layout/a1";
import { excelGrid, inspectXlsx, DEFAULT_LIMITS } from "../writers/xlsx";
import { InputRefused } from "./io";
import type { CliIo } from "./io";
import { openInput } from "./gate";
import { printProblems } from "./shared";

/** The plan's entries by row key; refuses (exit 1) a file that is no plan workbook written by gridscore. */
export async function loadPlanFile(
  file: string,
  io: CliIo
): Promise<ReadonlyMap<string, PlanEntry>> {
  const opened = openInput(file, io, ["workbook"]);
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(file);
  }
  const container = inspectXlsx(opened.bytes, DEFAULT_LIMITS, file);
  if (container.length > 0) {
    printProblems(
      container.map((p) => ({ ...p, where: { file } })),
      io
    );
    throw new InputRefused(file);
  }
  const workbook = new ExcelJS.Workbook();
  const bytes = opened.bytes;
  let read;
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
    read = readPlanGrid(excelGrid(workbook));
  } catch {
    read = { ok: false as const };
  }
  if (!read.ok) {
    printProblems([{ code: "not-a-remediation-plan", where: { file } }], io);
    throw new InputRefused(file);
  }
  if (read.problems.length > 0) {
    for (const p of read.problems) io.err(formatPlanCellProblem(p, file));
    io.err(
      `错误: 整改台账 ${file} 有${read.problems.length}处填写无法读取，未使用；请按上面的提示改正后重试\n` +
        `  error: the plan ${file} has ${read.problems.length} entr${read.problems.length === 1 ? "y" : "ies"} that cannot be read; it was not used: fix them as above and run again\n`
    );
    throw new InputRefused(file);
  }
  return read.entries;
}

/** Both lines of a plan cell problem, naming the file, sheet and cell, what was typed and what is allowed. */
export function formatPlanCellProblem(p: PlanCellProblem, file: string): string {
  const zhWhere = `文件 ${file}，工作表 ${p.sheet}，单元格 ${a1(p.row, p.col)}（${p.key}）：`;
  const enWhere = `file ${file}, sheet ${p.sheet}, cell ${a1(p.row, p.col)} (${p.key}): `;
  const labels = Object.values(PLAN_STATUS_LABELS).join(" / ");
  let zh: string;
  let en: string;
  switch (p.code) {
    case "plan-status-unknown":
      zh = `状态“${p.value}”不是下拉列表中的值（${labels}）；请从列表中选择，不会按空白读取`;
      en = `status "${p.value}" is not one of the list's values (${labels}); pick one from the list (it is not read as blank)`;
      break;
    case "plan-deadline-unreadable":
      zh = `完成期限“${p.value}”不是有效日期；请按 YYYY-MM-DD 填写，如 2027-03-31`;
      en = `deadline "${p.value}" is no date; type it as YYYY-MM-DD, e.g. 2027-03-31`;
      break;
    case "plan-row-duplicate":
      zh = `编号 ${p.value} 的行出现了两次（复制的行？），此行的填写会被忽略；请把它填在原行中并删去此行`;
      en = `the row ${p.value} occurs twice (a copied row?), so what this row holds would be ignored; type it in the original row and delete this one`;
      break;
  }
  return `错误: ${zhWhere}${zh}\n  error: ${enWhere}${en}\n`;
}
