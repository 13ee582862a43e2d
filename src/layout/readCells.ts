/**
 * The input model, cell by cell (README: Inputs): what an input cell counts for, read as the workbook's own
 * formulas compute it. Text stays text (the engine refuses it, as the 检查 column does); a %-formatted rate
 * cell's fraction becomes its percent exactly; a formula counts as its cached result; merged inputs are named.
 */
import { shiftDecimal } from "../engine";
import type { CellValue, Problem } from "../engine";
import type { LocatedProblem } from "../engine";
import { cellRange, rangeA1 } from "./a1";
import { COL } from "./tableColumns";
import type { GridSource, GridValue } from "./grid";
import { gridDateSerial, gridDateText } from "./dates";
import { EXCEL_ERROR_VALUES } from "./excelErrors";

/** A cell as the engine takes it: dates as the day Excel shows, booleans as Excel shows them, anything else as stored. */
export function cleanValue(v: GridValue): CellValue {
  if (v === undefined) return null;
  if (v instanceof Date) return gridDateText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v === "" ? null : v;
}

/** Problems a cell reader reports without a location; the caller adds the item, line and cell. */
export type CellProblem =
  | { readonly code: "formula-input"; readonly formula: string; readonly result?: string }
  | { readonly code: "formula-uncalculated"; readonly formula: string }
  | { readonly code: "percent-old-layout"; readonly shown: string; readonly counted: number }
  | { readonly code: "date-input"; readonly date: string; readonly serial: number };

/**
 * One input cell's value for the engine.
 * - A formula counts as its cached result, with a warning; with no cached result it is an error and counts 0.
 * - A rate cell (`percent`) of layout 2 holds a fraction (0.925 for 92.5%): returned as the percent, exactly.
 *   Layout 1 held the percent itself; a %-formatted layout-1 cell (92% typed) is read as what it shows, with a
 *   warning that the old workbook's own formula counts it differently.
 * - Anything else is returned as stored; text is never turned into a number.
 */
export function readInputCell(
  grid: GridSource,
  sheet: string,
  row: number,
  percent: boolean,
  layout: string,
  report: (p: CellProblem) => void
): CellValue {
  const raw = grid.cell(sheet, row, COL.input);
  const formula = grid.formula?.(sheet, row, COL.input);
  if (formula !== undefined) {
    if (raw === undefined || raw === null) {
      report({ code: "formula-uncalculated", formula: `=${formula}` });
      return null;
    }
    report({ code: "formula-input", formula: `=${formula}`, result: String(cleanValue(raw)) });
  }
  // A date typed into a number cell is the serial number the workbook's formulas compute with (Office.js reads it so),
  // named as a date in a warning: almost certainly a typing slip.
  const v = raw instanceof Date ? dateSerial(raw) : cleanValue(raw);
  if (raw instanceof Date)
    report({ code: "date-input", date: gridDateText(raw), serial: v as number });
  if (typeof v !== "number" || !percent) return v;
  if (layout !== "1") return shiftDecimal(v, 2);
  const format = grid.numberFormat?.(sheet, row, COL.input) ?? "";
  if (!format.includes("%")) return v;
  const counted = shiftDecimal(v, 2);
  report({ code: "percent-old-layout", shown: `${counted}%`, counted });
  return counted;
}

/**
 * What an input cell holds when it is neither a number nor text, so a message can say what it really is: a
 * boolean (TRUE/FALSE) or an error value (#N/A); undefined otherwise. A source that cannot tell an error from its
 * text typed takes Excel's error literals as errors (Excel makes a typed #N/A an error value).
 */
export function inputKind(
  grid: GridSource,
  sheet: string,
  row: number
): "boolean" | "error" | undefined {
  return cellKind(grid, sheet, row, COL.input);
}

/** What any cell holds when it is neither a number nor text: a boolean or an error value ({@link inputKind}). */
export function cellKind(
  grid: GridSource,
  sheet: string,
  row: number,
  col: number
): "boolean" | "error" | undefined {
  const raw = grid.cell(sheet, row, col);
  if (typeof raw === "boolean") return "boolean";
  const error = grid.isError
    ? grid.isError(sheet, row, col)
    : typeof raw === "string" && EXCEL_ERROR_VALUES.has(raw);
  return error ? "error" : undefined;
}

/** Excel's 1900 serial of a date as ExcelJS converts it (days since 1899-12-30, UTC; a time is the fraction). */
export const dateSerial: (d: Date) => number = gridDateSerial;

/**
 * Merged ranges that cover an input cell of a table sheet: the workbook counts the top-left cell only (the
 * others are empty), and so does the reader; each range is named so it can be unmerged.
 */
export function mergedInputs(grid: GridSource, sheet: string, file?: string): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  for (const m of grid.merges?.(sheet) ?? []) {
    if (m.left > COL.input || m.right < COL.input) continue;
    let inputRow = false;
    for (let r = m.top; r <= m.bottom && !inputRow; r++) {
      const id = grid.cell(sheet, r, COL.id);
      inputRow = typeof id === "string" && /^A\.\d/.test(id);
    }
    if (!inputRow) continue;
    const range = cellRange(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1);
    const problem: Problem = { code: "merged-input", range: rangeA1(range) };
    out.push({ ...problem, where: { ...(file ? { file } : {}), sheet } });
  }
  return out;
}
