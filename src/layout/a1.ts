/**
 * A1 addressing for the layout and its writers.
 */
import type { RangeModel } from "./model";

/** Column letters for a 0-based index (0 → A, 26 → AA). */
export function colLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B4" for (3, 1); absolute "$B$4" when asked. */
export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${colLetter(col)}$${row + 1}` : `${colLetter(col)}${row + 1}`;
}

/** "B4:D9" for a range model. */
export function rangeA1(r: RangeModel): string {
  const start = a1(r.row, r.col);
  return r.rows === 1 && r.cols === 1
    ? start
    : `${start}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** A sheet name quoted for use in a formula ('A.1'!, '汇总'!): always quoted, which every application accepts. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Parses "B4" into 0-based (row, col); undefined for anything else. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A single-cell range. */
export function cellRange(row: number, col: number, rows = 1, cols = 1): RangeModel {
  return { row, col, rows, cols };
}

/** A range as Excel writes a print area: rows absolute, columns as ExcelJS prefixes them ("A$1:F$20"). */
export function printAreaA1(r: RangeModel): string {
  return `${colLetter(r.col)}$${r.row + 1}:${colLetter(r.col + r.cols - 1)}$${r.row + r.rows}`;
}
