/**
 * Reading a plan workbook (整改台账) given on the command line, through the same input gate as every input.
 */
import ExcelJS from "exceljs";
import type { PlanEntry } from "../layout/evaluationDocument";
import { describePlanCellProblem, readPlanGrid } from "../report/planRead";
import type { PlanCellProblem } from "../report/planRead";
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
  return (
    `错误: 文件 ${file}，${describePlanCellProblem(p, true)}\n` +
    `  error: file ${file}, ${describePlanCellProblem(p, false)}\n`
  );
}
