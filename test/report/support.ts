/**
 * Helpers for the report tests: finding evaluation-sheet rows by their hidden ids, and a HyperFormula
 * instance that reads ISO date text as Excel, WPS and LibreOffice do.
 */
import { strFromU8, unzipSync } from "fflate";
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import type { SheetModel } from "../../src/layout";
import type { EvaluationSheetsInput } from "../../src/layout/evaluationSheets";
import { EVAL_ID_COL } from "../../src/layout/evaluationSheets";

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

/** An ISO date's spreadsheet serial, computed here (not by src). */
export const serialOf = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - EPOCH) / DAY;

/**
 * EDATE as Excel, WPS and LibreOffice compute it, written out here independently of the code under test (src's
 * addMonths): the same day of the month `months` later, or that month's last day when it is shorter.
 */
export function referenceEdate(serial: number, months: number): number {
  const d = new Date(EPOCH + Math.floor(serial) * DAY);
  const target = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(target / 12);
  const month = target - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return (Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) - EPOCH) / DAY;
}

type RunArgs = Parameters<FunctionPlugin["runFunction"]>;

/**
 * EDATE as Excel, WPS and LibreOffice compute it. HyperFormula 3.5 clamps the day with a table of non-leap
 * month lengths, so EDATE(2023-08-31, 6) gives 2024-02-28 instead of 2024-02-29 (DateTimeHelper
 * truncateDayInMonth); the tests replace it with referenceEdate (not with src's addMonths, which would make the
 * comparison circular) so they check the sheet's logic, not that bug.
 */
class ExcelEdatePlugin extends FunctionPlugin {
  static override implementedFunctions = {
    EDATE: {
      method: "edate",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER, minValue: 0 },
        { argumentType: FunctionArgumentType.INTEGER },
      ],
    },
  };
  edate(ast: { args: RunArgs[0] }, state: RunArgs[1]): ReturnType<FunctionPlugin["runFunction"]> {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("EDATE"),
      (start: number, months: number) => referenceEdate(start, Math.trunc(months))
    );
  }
}

let edateFixed = false;
/** Replaces HyperFormula's EDATE with the spreadsheet applications' rule (for this test file's engine). */
export function installExcelEdate(): void {
  if (edateFixed) return;
  HyperFormula.unregisterFunction("EDATE");
  HyperFormula.registerFunction("EDATE", ExcelEdatePlugin, { enGB: { EDATE: "EDATE" } });
  edateFixed = true;
}

/** The row carrying an id in a sheet's hidden id column. */
export function rowOf(sheet: SheetModel, id: string): number {
  const cell = sheet.cells.find(
    (c) => c.col === EVAL_ID_COL && c.content.kind === "text" && c.content.text === id
  );
  if (!cell) throw new Error(`no row ${id} in ${sheet.name}`);
  return cell.row;
}

export interface SheetEngine {
  set(row: number, col: number, value: RawCellContent): void;
  value(row: number, col: number): unknown;
  destroy(): void;
}

/** Loads one sheet into HyperFormula with ISO dates recognised (as a spreadsheet recognises a typed date). */
export function evaluateSheet(sheet: SheetModel): SheetEngine {
  const grid: RawCellContent[][] = [];
  for (const cell of sheet.cells) {
    const row = (grid[cell.row] ??= []);
    const c = cell.content;
    row[cell.col] =
      c.kind === "formula"
        ? `=${c.formula}`
        : c.kind === "number"
          ? c.value
          : c.kind === "text"
            ? c.text
            : null;
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  installExcelEdate();
  const hf = HyperFormula.buildFromSheets(
    { [sheet.name]: grid },
    { licenseKey: "gpl-v3", dateFormats: ["YYYY-MM-DD", "YYYY/MM/DD"] }
  );
  const id = hf.getSheetId(sheet.name)!;
  return {
    set: (row, col, value) => void hf.setCellContents({ sheet: id, row, col }, value),
    value: (row, col) => hf.getCellValue({ sheet: id, row, col }),
    destroy: () => hf.destroy(),
  };
}

/** Eligibility, group and procedure data used across the report tests. */
export const SHEETS_INPUT: EvaluationSheetsInput = {
  eligibility: {
    operationStart: "2025-11-30",
    selfEvaluationDate: "2026-04-10",
    applicationDate: "2026-05-31",
    selfEvaluationScore: 352,
    incidents: {
      quality: "no",
      safety: "no",
      environment: "no",
      otherAccident: "no",
      criticism: "no",
      sanction: "no",
      media: "no",
    },
    evidence: { operationStart: "体系发布令（2025年第3号）" },
  },
  group: [
    {
      name: "李四",
      field: "standardization",
      unit: "市标准化研究院",
      role: "leader",
      source: "标准化专家库",
    },
    { name: "王五", field: "industry", unit: "区网格中心", role: "member" },
    { name: "赵六", field: "management", unit: "市政法委", role: "member" },
    { name: "钱七", field: "industry", unit: "某大学", role: "member" },
    { name: "孙八", field: "standardization", unit: "省标准化协会", role: "member" },
  ],
  procedure: { "6.1": { date: "2026-06-02", people: "李四", notes: "宣布评估组成员" } },
};

/** One entry of a zip archive (the .docx) as UTF-8 text, inflated by fflate (the other entries are skipped). */
export function zipEntry(bytes: Uint8Array, name: string): string {
  const data = unzipSync(bytes, { filter: (file) => file.name === name })[name];
  if (!data) throw new Error(`no ${name} in the archive`);
  return strFromU8(data);
}
