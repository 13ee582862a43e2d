/**
 * Shared pieces of the after-the-verdict tests (plan, --from, compare, evaluation JSON v2): the real CLI run
 * in-process, temporary folders, and reading generated workbooks back with ExcelJS.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

export const ROOT = path.join(__dirname, "..", "..");
export const EXAMPLE = path.join(ROOT, "examples", "evaluation.json");

export { runCli } from "../support/cli";

/** A fresh temporary folder. */
export function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-followup-"));
}

/** Writes a JSON file into a folder and returns its path. */
export function writeJson(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

/** Loads a workbook with ExcelJS. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A cell's formula (without "="), or its plain value. */
export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  return cell.formula || undefined;
}

/** A cell's text: plain strings, numbers as strings, rich text joined. */
export function textOf(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const r = cell.formula ? cell.result : undefined;
    return typeof r === "string" || typeof r === "number" ? String(r) : "";
  }
  return String(v);
}

/** A.7 at full marks (left empty, its items score 0). */
export const FULL_A7 = {
  "A.7.1": { value: 100 },
  "A.7.2": { value: 100 },
  "A.7.3": { level: "national" },
  "A.7.4": { level: "significant" },
};

/** What ExcelJS keeps on a read worksheet but does not declare in its types. */
export interface WorksheetInternals {
  readonly conditionalFormattings: readonly {
    readonly ref: string;
    readonly rules: readonly Record<string, unknown>[];
  }[];
  readonly sheetProtection?: Record<string, unknown>;
}

/** The undeclared parts of a worksheet (conditional formats, protection) as read by ExcelJS. */
export function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}
