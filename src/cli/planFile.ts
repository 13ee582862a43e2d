/**
 * Reading a plan workbook (整改台账) given on the command line, through the same input gate as every input.
 */
import ExcelJS from "exceljs";
import type { PlanEntry } from "../layout/evaluationDocument";
import { readPlanGrid } from "../report/planRead";
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
  return read.entries;
}
