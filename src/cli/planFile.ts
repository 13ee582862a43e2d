/**
 * Reading a plan workbook (整改台账) given on the command line, through the same input gate as every input.
 */
import ExcelJS from "exceljs";
import type { PlanEntry } from "../layout/evaluationDocument";
import { describePlanCellProblem, readPlanGrid } from "../report/planRead";
import type { PlanCellProblem } from "../report/planRead";
import { excelGrid, inspectXlsx, DEFAULT_LIMITS } from "../writers/xlsx";
import { planSourceProblems, readPlanSourceFacts } from "../report/planIdentity";
import type { PlanSourceFacts } from "../report/planIdentity";
import { severityOf } from "../engine";
import { InputRefused } from "./io";
import type { CliIo } from "./io";
import { openInput } from "./gate";
import { printProblems } from "./shared";

/** The plan's entries by row key; refuses (exit 1) a file that is no plan workbook written by gridscore. */
export async function loadPlanFile(
  file: string,
  io: CliIo,
  against?: Parameters<typeof planSourceProblems>[1]
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
  let facts: PlanSourceFacts = {};
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
    const grid = excelGrid(workbook);
    read = readPlanGrid(grid);
    facts = readPlanSourceFacts(grid);
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
      `错误：整改台账 ${file} 有${read.problems.length}处填写无法读取，未使用；请按上面的提示改正后重试\n` +
        `  error: the plan ${file} has ${read.problems.length} entr${read.problems.length === 1 ? "y" : "ies"} that cannot be read; it was not used: fix them as above and run again\n`
    );
    throw new InputRefused(file);
  }
  // Another unit's plan is refused; another evaluation's of the same unit is used with a warning (planIdentity.ts).
  const mismatch = against ? planSourceProblems(facts, against) : [];
  if (mismatch.length > 0) {
    printProblems(
      mismatch.map((p) => ({ ...p, where: { file } })),
      io
    );
    if (mismatch.some((p) => severityOf(p) === "error")) throw new InputRefused(file);
  }
  return read.entries;
}

/** Both lines of a plan cell problem, naming the file, sheet and cell, what was typed and what is allowed. */
export function formatPlanCellProblem(p: PlanCellProblem, file: string): string {
  return (
    `错误：文件 ${file}，${describePlanCellProblem(p, true)}\n` +
    `  error: file ${file}, ${describePlanCellProblem(p, false)}\n`
  );
}
