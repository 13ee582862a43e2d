/**
 * A1-style address helpers: parse and format "A1", "B2:D10", "'A.1'!B2:D10", "汇总!C5",
 * whole columns "A:C" and whole rows "2:5". Rows and columns are zero-based internally.
 */

/** Excel's grid size (rows). */
export const MAX_ROWS = 1048576;
/** Excel's grid size (columns, A..XFD). */
export const MAX_COLUMNS = 16384;

/** An inclusive, zero-based rectangle of cells. */
export interface Rect {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

/** A parsed address: optional sheet name plus rectangle. */
export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

/** Converts a column label ("A", "AB") to a zero-based index; needed to parse A1 addresses. */
export function columnToIndex(label: string): number {
  let n = 0;
  for (const ch of label.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** Converts a zero-based column index to its label (0 -> "A"); needed to format addresses. */
export function indexToColumn(index: number): string {
  let n = index + 1;
  let label = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    label = String.fromCharCode(65 + rem) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

/** Formats one zero-based cell as "B2"; used for event addresses and range addresses. */
export function formatCell(row: number, col: number): string {
  return `${indexToColumn(col)}${row + 1}`;
}

/** Formats a rectangle as "A1" or "A1:B2" (no sheet); the form Excel uses in event args. */
export function formatRect(rect: Rect): string {
  const start = formatCell(rect.startRow, rect.startCol);
  if (rect.startRow === rect.endRow && rect.startCol === rect.endCol) return start;
  return `${start}:${formatCell(rect.endRow, rect.endCol)}`;
}

/** True when a sheet name must be wrapped in quotes inside a formula or address. */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) return true;
  // Names that look like a cell reference (e.g. "A1", "R1C1") are ambiguous.
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** Quotes a sheet name for use in a formula or address ('A.1', 汇总 stays bare). */
export function quoteSheetName(name: string): string {
  return sheetNameNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** Formats a full address "Sheet1!A1:B2", the form Range.address returns. */
export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${formatRect(rect)}`;
}

/** Formats an absolute reference "'A.1'!$A$1:$B$2", used when a Range object becomes a formula. */
export function formatAbsoluteAddress(sheet: string, rect: Rect): string {
  const cell = (r: number, c: number): string => `$${indexToColumn(c)}$${r + 1}`;
  const start = cell(rect.startRow, rect.startCol);
  const single = rect.startRow === rect.endRow && rect.startCol === rect.endCol;
  return `${quoteSheetName(sheet)}!${single ? start : `${start}:${cell(rect.endRow, rect.endCol)}`}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COL_RE = /^\$?([A-Za-z]{1,3})$/;
const ROW_RE = /^\$?(\d+)$/;

interface Endpoint {
  row?: number;
  col?: number;
}

function parseEndpoint(text: string): Endpoint | undefined {
  const cell = CELL_RE.exec(text);
  if (cell) {
    const col = columnToIndex(cell[1] ?? "");
    const row = Number(cell[2]) - 1;
    if (col < 0 || col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return undefined;
    return { row, col };
  }
  const colOnly = COL_RE.exec(text);
  if (colOnly) {
    const col = columnToIndex(colOnly[1] ?? "");
    return col >= 0 && col < MAX_COLUMNS ? { col } : undefined;
  }
  const rowOnly = ROW_RE.exec(text);
  if (rowOnly) {
    const row = Number(rowOnly[1]) - 1;
    return row >= 0 && row < MAX_ROWS ? { row } : undefined;
  }
  return undefined;
}

/** Splits "'A.1'!B2" into sheet and local part; returns undefined sheet for a bare address. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim().replace(/^=/, "");
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      const ch = text[i] ?? "";
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (text[i + 1] !== "!") return { local: text };
    return { sheet: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { local: text };
  return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/** Parses an A1 address (optionally sheet-qualified); returns undefined when it is not an address. */
export function parseAddress(address: string): ParsedAddress | undefined {
  const { sheet, local } = splitSheet(address);
  const parts = local.split(":");
  if (parts.length < 1 || parts.length > 2 || local === "") return undefined;
  const a = parseEndpoint(parts[0] ?? "");
  const b = parts.length === 2 ? parseEndpoint(parts[1] ?? "") : a;
  if (!a || !b) return undefined;
  const aCell = a.row !== undefined && a.col !== undefined;
  const bCell = b.row !== undefined && b.col !== undefined;
  let rect: Rect;
  if (aCell && bCell) {
    rect = normalizeRect(a.row ?? 0, a.col ?? 0, b.row ?? 0, b.col ?? 0);
  } else if (parts.length === 2 && a.row === undefined && b.row === undefined && !aCell && !bCell) {
    rect = normalizeRect(0, a.col ?? 0, MAX_ROWS - 1, b.col ?? 0);
  } else if (parts.length === 2 && a.col === undefined && b.col === undefined && !aCell && !bCell) {
    rect = normalizeRect(a.row ?? 0, 0, b.row ?? 0, MAX_COLUMNS - 1);
  } else {
    return undefined;
  }
  return sheet === undefined ? { rect } : { sheet, rect };
}

/** Builds a rectangle from two corners in any order. */
export function normalizeRect(r1: number, c1: number, r2: number, c2: number): Rect {
  return {
    startRow: Math.min(r1, r2),
    startCol: Math.min(c1, c2),
    endRow: Math.max(r1, r2),
    endCol: Math.max(c1, c2),
  };
}

/** Number of rows in a rectangle. */
export function rectRows(rect: Rect): number {
  return rect.endRow - rect.startRow + 1;
}

/** Number of columns in a rectangle. */
export function rectCols(rect: Rect): number {
  return rect.endCol - rect.startCol + 1;
}

/** True when the cell lies inside the rectangle; used for validation/format/CF lookups. */
export function rectContains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.startRow && row <= rect.endRow && col >= rect.startCol && col <= rect.endCol;
}

/** True when two rectangles overlap; used for merge and protection checks. */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  return (
    a.startRow <= b.endRow &&
    b.startRow <= a.endRow &&
    a.startCol <= b.endCol &&
    b.startCol <= a.endCol
  );
}

/** True when the rectangle fits in Excel's grid; offsets/resizes outside it are InvalidArgument. */
export function rectInGrid(rect: Rect): boolean {
  return (
    rect.startRow >= 0 &&
    rect.startCol >= 0 &&
    rect.endRow < MAX_ROWS &&
    rect.endCol < MAX_COLUMNS &&
    rect.startRow <= rect.endRow &&
    rect.startCol <= rect.endCol
  );
}
