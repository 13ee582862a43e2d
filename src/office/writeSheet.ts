/**
 * Queues one sheet's cells, number formats, merges, cell formats, column widths and row heights as a
 * handful of rectangular Office.js writes (no sync here: the caller syncs once for the whole workbook).
 */
import type { CellModel, SheetModel, StyleModel, WorkbookModel } from "../layout";
import { formulaEntry } from "./cellText";
import { groupRects, groupRuns } from "./rects";
import type { AdapterWarning } from "./types";

/** The font the .xlsx writer uses too, so both renderings of a model look alike. */
export const FONT_NAME = "宋体";
export const FONT_SIZE = 10;
/** Border colour of "thin" borders (the .xlsx writer's FFA6A6A6). */
export const BORDER_COLOR = "#A6A6A6";

/**
 * Column width in characters (the model's unit, Excel's "width") to points (Office.js columnWidth):
 * Excel's default font has a 7 px maximum digit width plus 5 px of cell padding, at 96 px per inch,
 * so width w becomes (7w + 5) px × 0.75 pt/px.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
type BorderEdge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
const BORDER_EDGES: readonly BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

/** What a sheet write could not do because the host lacks an API, for the summary's warnings. */
export type SkippedFeature = AdapterWarning["feature"];

/** The bounding box of a sheet's cells (at least 1×1). */
export function sheetBounds(sheet: SheetModel): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const c of sheet.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  return { rows, cols };
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
}

function range(ws: Excel.Worksheet, r: { row: number; col: number; rows: number; cols: number }) {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

/** Queues number formats then contents: one 2D write each over the sheet's bounding box. */
export function queueContents(ws: Excel.Worksheet, sheet: SheetModel, model: WorkbookModel): void {
  const { rows, cols } = sheetBounds(sheet);
  const formats = grid<string>(rows, cols, "General");
  const formulas = grid<string | number>(rows, cols, "");
  for (const c of sheet.cells) {
    const fmt = model.styles[c.style].numberFormat ?? "General";
    formats[c.row]![c.col] = fmt;
    formulas[c.row]![c.col] = formulaEntry(c.content, fmt);
  }
  const all = ws.getRangeByIndexes(0, 0, rows, cols);
  // Formats first: a string written into a cell already formatted "@" is stored verbatim as text.
  all.numberFormat = formats;
  all.formulas = formulas;
  for (const m of sheet.merges) range(ws, m).merge(false);
}

interface FontKey {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
}
type AlignKey = { h: "Left" | "Center" | "Right"; v: "Top" | "Center" | "Bottom"; wrap: boolean };

/** Queues cell formats by facet (font, fill, alignment, border, unlocked), one range per rectangle. */
export function queueFormats(
  ws: Excel.Worksheet,
  sheet: SheetModel,
  model: WorkbookModel
): SkippedFeature[] {
  const style = (c: CellModel): StyleModel => model.styles[c.style];
  const cells = sheet.cells;

  for (const { key, rect } of groupRects<CellModel, FontKey>(
    cells,
    (c) => {
      const f = style(c).font;
      return {
        bold: f?.bold ?? false,
        italic: f?.italic ?? false,
        size: f?.size ?? FONT_SIZE,
        color: f?.color ?? "#000000",
      };
    },
    (k) => `${k.bold}|${k.italic}|${k.size}|${k.color}`
  )) {
    const font = range(ws, rect).format.font;
    font.name = FONT_NAME;
    font.size = key.size;
    font.bold = key.bold;
    font.italic = key.italic;
    font.color = key.color;
  }

  for (const { key, rect } of groupRects<CellModel, string>(
    cells,
    (c) => style(c).fill,
    (k) => k
  ))
    range(ws, rect).format.fill.color = key;

  for (const { key, rect } of groupRects<CellModel, AlignKey>(
    cells,
    (c) => {
      const s = style(c);
      return {
        h: H_ALIGN[s.hAlign ?? "left"],
        v: V_ALIGN[s.vAlign ?? "top"],
        wrap: s.wrap ?? false,
      };
    },
    (k) => `${k.h}|${k.v}|${k.wrap}`
  )) {
    const format = range(ws, rect).format;
    format.horizontalAlignment = key.h;
    format.verticalAlignment = key.v;
    format.wrapText = key.wrap;
  }

  const skipped: SkippedFeature[] = [];
  const bordered = groupRects<CellModel, true>(
    cells,
    (c) => (style(c).border === "thin" ? true : undefined),
    () => "thin"
  );
  for (const { rect } of bordered) {
    const borders = range(ws, rect).format.borders as Excel.RangeBorderCollection | undefined;
    if (!borders) {
      skipped.push("borders");
      break;
    }
    const edges: BorderEdge[] = [...BORDER_EDGES];
    if (rect.rows > 1) edges.push("InsideHorizontal");
    if (rect.cols > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOR;
    }
  }

  for (const { rect } of groupRects<CellModel, false>(
    cells,
    (c) => (c.locked ? undefined : false),
    () => "unlocked"
  ))
    range(ws, rect).format.protection.locked = false;
  return skipped;
}

/** Queues column widths and hidden columns, then row heights, one range per run of equal values. */
export function queueColumnsAndRows(ws: Excel.Worksheet, sheet: SheetModel): void {
  const columns = sheet.columns.map((c, i) => [i, c] as const);
  for (const run of groupRuns(columns, (c) => `${c.width}|${c.hidden === true}`)) {
    const cols = ws.getRangeByIndexes(0, run.start, 1, run.count);
    cols.format.columnWidth = columnWidthPoints(run.key.width);
    cols.columnHidden = run.key.hidden === true;
  }
  for (const run of groupRuns([...sheet.rowHeights], (h) => String(h)))
    ws.getRangeByIndexes(run.start, 0, run.count, 1).format.rowHeight = run.key;
}
