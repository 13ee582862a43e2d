/**
 * The grid view every reader works on: a .xlsx through ExcelJS, the open workbook through Office.js.
 */
import type { CellValue } from "../engine";

/** What a grid cell can hold once read: a cell value, or a date (ExcelJS gives dates as Date). */
export type GridValue = CellValue | Date | undefined;

/**
 * A read-only view of a workbook's cells; writers' readers adapt their library to it. A formula cell gives its
 * cached result through `cell` (undefined when never calculated). The optional parts let the reader see what
 * the workbook computes (README: Inputs): merged input cells, formulas typed into inputs, % formats.
 */
export interface GridSource {
  sheetNames(): readonly string[];
  rowCount(sheet: string): number;
  /**
   * A cell's value (zero-based row and column). For a sheet not in `sheetNames()` an adapter may give undefined
   * (the .xlsx and Office ones do) or throw, as Office.js's `getItem` does: readers check `sheetNames()` first.
   */
  cell(sheet: string, row: number, col: number): GridValue;
  /** The formula of a cell (without "="), or undefined when it holds a constant. */
  formula?(sheet: string, row: number, col: number): string | undefined;
  /** The cell's number format code ("0%", "General"), when the source knows it. */
  numberFormat?(sheet: string, row: number, col: number): string | undefined;
  /**
   * Whether the cell holds an error value (#N/A, #DIV/0!), which `cell` gives as its text; absent when the source
   * cannot tell an error from that text typed (then the reader takes Excel's error literals as errors).
   */
  isError?(sheet: string, row: number, col: number): boolean;
  /** The sheet's merged ranges as zero-based rectangles. */
  merges?(sheet: string): readonly { top: number; left: number; bottom: number; right: number }[];
}
