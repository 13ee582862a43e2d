/**
 * The simulated sheet as rows and columns to draw: used range (at least a small empty grid), hidden rows and
 * columns left out, merges drawn once with spans, formats and conditional paints as inline styles.
 */
import type { CSSProperties } from "react";
import { indexToColumn, parseAddress } from "../../sim";
import type { Rect, SimHost } from "../../sim";
import type { GridCell, GridColumn, GridRow } from "./SimGrid.types";

/** Keeps the preview responsive on big sheets; the scoresheet's sheets are far smaller. */
const MAX_ROWS = 400;
const MAX_COLS = 40;
const MIN_ROWS = 20;
const MIN_COLS = 8;
/** Excel's default column (8.43 characters) in CSS pixels. */
const DEFAULT_COLUMN_PX = 64;

/** Office.js sizes are points; CSS pixels are 96 per inch. */
const pointsToPx = (points: number): number => Math.round((points * 96) / 72);

export function cellAddress(row: number, col: number): string {
  return `${indexToColumn(col)}${row + 1}`;
}

export function parseCell(address: string): { row: number; col: number } | undefined {
  const parsed = parseAddress(address.trim().toUpperCase());
  if (!parsed || parsed.sheet !== undefined) return undefined;
  return { row: parsed.rect.startRow, col: parsed.rect.startCol };
}

function styleOf(
  host: SimHost,
  sheet: string,
  address: string
): { style: CSSProperties; highlighted: boolean } {
  const info = host.getCell(sheet, address);
  const f = info.format;
  const paint = host.evaluateConditionalFormat(sheet, address);
  const fill = paint?.fill ?? f.fill ?? undefined;
  const color = paint?.fontColor ?? (f.fontColor !== "#000000" ? f.fontColor : undefined);
  const bold = paint?.bold ?? f.bold;
  const align = f.horizontalAlignment;
  const textAlign: CSSProperties["textAlign"] =
    align === "Center" || align === "CenterAcrossSelection"
      ? "center"
      : align === "Right"
        ? "right"
        : align === "Left"
          ? "left"
          : info.valueType === "Double"
            ? "right"
            : undefined;
  return {
    style: {
      ...(fill ? { backgroundColor: fill } : {}),
      ...(color ? { color } : {}),
      ...(bold ? { fontWeight: 600 } : {}),
      ...(f.italic || paint?.italic ? { fontStyle: "italic" } : {}),
      ...(f.wrapText ? { whiteSpace: "pre-wrap" } : {}),
      ...(textAlign ? { textAlign } : {}),
      verticalAlign:
        f.verticalAlignment === "Top"
          ? "top"
          : f.verticalAlignment === "Center"
            ? "middle"
            : "bottom",
    },
    highlighted: paint !== null && Object.keys(paint).length > 0,
  };
}

export interface GridModel {
  columns: GridColumn[];
  rows: GridRow[];
  frozenRows: number;
  protectedSheet: boolean;
}

/** Builds the drawable model of one sheet from the host's current state. */
export function buildGridModel(host: SimHost, sheet: string): GridModel {
  const info = host.getSheetInfo(sheet);
  const hiddenRows = new Set(info.hiddenRows);
  const hiddenCols = new Set(info.hiddenColumns);
  const rowCount = Math.min(MAX_ROWS, Math.max(MIN_ROWS, info.rowCount));
  const colCount = Math.min(MAX_COLS, Math.max(MIN_COLS, info.columnCount));
  const merges: Rect[] = info.merges
    .map((m) => parseAddress(m)?.rect)
    .filter((r): r is Rect => r !== undefined);
  const mergeAt = (row: number, col: number): Rect | undefined =>
    merges.find(
      (m) => row >= m.startRow && row <= m.endRow && col >= m.startCol && col <= m.endCol
    );

  const columns: GridColumn[] = [];
  for (let c = 0; c < colCount; c += 1) {
    if (hiddenCols.has(c)) continue;
    const points = info.columnWidths[c];
    columns.push({
      index: c,
      label: indexToColumn(c),
      width: points !== undefined ? Math.max(16, pointsToPx(points)) : DEFAULT_COLUMN_PX,
    });
  }
  const rows: GridRow[] = [];
  for (let r = 0; r < rowCount; r += 1) {
    if (hiddenRows.has(r)) continue;
    const cells: GridCell[] = [];
    for (const column of columns) {
      const c = column.index;
      const merge = mergeAt(r, c);
      if (merge && (merge.startRow !== r || merge.startCol !== c)) continue; // covered by a merge
      const address = cellAddress(r, c);
      const cell = host.getCell(sheet, address);
      const { style, highlighted } = styleOf(host, sheet, address);
      let rowSpan = 1;
      let colSpan = 1;
      if (merge) {
        for (let rr = merge.startRow + 1; rr <= Math.min(merge.endRow, rowCount - 1); rr += 1)
          if (!hiddenRows.has(rr)) rowSpan += 1;
        for (let cc = merge.startCol + 1; cc <= Math.min(merge.endCol, colCount - 1); cc += 1)
          if (!hiddenCols.has(cc)) colSpan += 1;
      }
      cells.push({
        address,
        text: cell.text,
        editText:
          typeof cell.formula === "boolean"
            ? cell.formula
              ? "TRUE"
              : "FALSE"
            : String(cell.formula),
        style,
        rowSpan,
        colSpan,
        locked: cell.locked,
        numeric: cell.valueType === "Double",
        highlighted,
      });
    }
    const points = info.rowHeights[r];
    rows.push({
      index: r,
      label: String(r + 1),
      height: points !== undefined ? pointsToPx(points) : undefined,
      cells,
    });
  }
  return {
    columns,
    rows,
    frozenRows: info.frozenRows,
    protectedSheet: info.protected,
  };
}

/** The next visible cell in a direction, staying inside the drawn grid. */
export function moveFrom(model: GridModel, address: string, dRow: number, dCol: number): string {
  const at = parseCell(address) ?? { row: 0, col: 0 };
  const rowIdx = model.rows.findIndex((r) => r.index === at.row);
  const colIdx = model.columns.findIndex((c) => c.index === at.col);
  const nextRow = model.rows[Math.min(model.rows.length - 1, Math.max(0, rowIdx + dRow))];
  const nextCol = model.columns[Math.min(model.columns.length - 1, Math.max(0, colIdx + dCol))];
  return cellAddress(nextRow?.index ?? at.row, nextCol?.index ?? at.col);
}

/** Tab-separated values as pasted from a spreadsheet: rows by line, a trailing newline ignored. */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.split("\t"));
}
