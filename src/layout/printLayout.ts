/**
 * Where the printed pages of a sheet begin and end (issue 11, "documents are laid out, not just filled").
 *
 * Two decisions are made here, once, for both writers:
 * - **The print area** runs from the first column to the last visible one, and from the first row to the last
 *   used one. Hidden id and helper columns after it are never sent to the printer (LibreOffice otherwise draws
 *   their text, clipped, in the right margin).
 * - **Page breaks that keep merged blocks whole.** On a sheet whose cells are merged across rows (an item's
 *   评价项目/评价内容/得分 cells span all its requirement lines), a merged block cut by a page break prints its
 *   text on the wrong page, under the repeated header. So such sheets are paginated here, block by block, with
 *   manual breaks: a block that would not fit on the rest of the page starts the next one.
 *
 * The page geometry is A4 with the margins below (points, 1/72 inch). The row heights are the model's, or
 * {@link DEFAULT_ROW_HEIGHT} for the rest; LibreOffice's own default row is lower, so the estimate errs on the
 * side of shorter pages, never of a block cut in two.
 */
import type { ColumnModel, PrintModel, RangeModel, SheetModel } from "./model";

/** A4 in points (ISO 216: 210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Page margins in points: 0.5 in left/right, 0.6 in top/bottom, 0.3 in for header and footer. */
export const PRINT_MARGINS = {
  left: 36,
  right: 36,
  top: 43.2,
  bottom: 43.2,
  header: 21.6,
  footer: 21.6,
} as const;

/** Height in points of a row the model gives no height (Excel's default for Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;

/** A little room left on every page for rounding in the host's own arithmetic. */
const SAFETY = 0.97;

/**
 * Width of a column in points as Excel lays it out: a width of w characters of the default font (maximum digit
 * width 7 px at 96 dpi) is about 7·w px, and a pixel is 0.75 pt. ECMA-376 Part 1, 18.3.1.13 (col, width).
 */
export function columnPoints(width: number): number {
  return Math.trunc(width * 7 + 0.5) * 0.75;
}

/** The last column that prints: hidden columns after it are left out of the print area. */
function lastVisibleColumn(columns: readonly ColumnModel[]): number {
  for (let c = columns.length - 1; c >= 0; c--) if (!columns[c]!.hidden) return c;
  return 0;
}

/**
 * The scale a host applies to fit the sheet's visible columns to one page width, as a whole percent rounded
 * down (Excel and LibreOffice store an integer scale). 1 when the sheet is not fitted or already fits.
 */
export function fitScale(columns: readonly ColumnModel[], print: PrintModel): number {
  if (!print.fitToWidth) return 1;
  const paperWidth = print.orientation === "landscape" ? A4.height : A4.width;
  const printable = paperWidth - PRINT_MARGINS.left - PRINT_MARGINS.right;
  const used = columns.filter((c) => !c.hidden).reduce((s, c) => s + columnPoints(c.width), 0);
  if (used <= printable) return 1;
  return Math.floor((printable / used) * 100) / 100;
}

/**
 * The smallest print scale: the sheets' 10 pt text prints at 7.5 pt (六号, the smallest size of Chinese print
 * tables) at least. A sheet that would be shrunk further to fit one page width prints in bands of columns
 * instead (issue 11: the 共识 sheet with its deliberation columns had printed at 48%, its text under 5 pt).
 */
export const MIN_PRINT_SCALE = 0.75;

/**
 * Width of a column in points as the widest host lays it out: Excel's 7-pixel digit ({@link columnPoints}), or
 * LibreOffice's unrounded digit of the default font (Arial 10, or its twin Liberation Sans: 0.556 em, 5.56 pt),
 * about 6% wider. Bands are cut on this width, so that no band spills onto an extra page in either host.
 */
export function hostColumnPoints(width: number): number {
  return Math.max(columnPoints(width), width * 5.56);
}

/** How a sheet prints across: fitted to one page width, or in bands of columns at one scale. */
export interface PrintBands {
  /** The scale the host prints at (a fraction, whole percent). */
  readonly scale: number;
  /** 0-based columns that begin a band after the first; empty when the sheet prints fitted to one width. */
  readonly columnBreaks: readonly number[];
}

/**
 * The bands of columns of a printed sheet. A sheet whose visible columns fit one page width at
 * {@link MIN_PRINT_SCALE} or more is fitted to it, as before. A wider one is cut, at columns its layout marks
 * `bandStart`, into as few bands as keep every band (with the repeated title columns) at that scale or more;
 * all bands then print at the scale of the widest, so that one item's bands match. Without a `bandStart`
 * column the sheet is fitted to one width, however small.
 */
export function printBands(columns: readonly ColumnModel[], print: PrintModel): PrintBands {
  const fitted = fitScale(columns, print);
  const paperWidth = print.orientation === "landscape" ? A4.height : A4.width;
  const printable = (paperWidth - PRINT_MARGINS.left - PRINT_MARGINS.right) * SAFETY;
  const width = (from: number, to: number): number => {
    let w = 0;
    for (let c = from; c < to; c++)
      if (!columns[c]!.hidden) w += hostColumnPoints(columns[c]!.width);
    return w;
  };
  const end = lastVisibleColumn(columns) + 1;
  const legible = Math.min(1, printable / width(0, end)) >= MIN_PRINT_SCALE;
  if (!print.fitToWidth || legible || !columns.some((c) => c.bandStart))
    return { scale: fitted, columnBreaks: [] };
  const titles = print.titleColumns ? width(print.titleColumns.from, print.titleColumns.to + 1) : 0;
  const limit = printable / MIN_PRINT_SCALE;
  const starts = columns.flatMap((c, i) => (c.bandStart && i > 0 && i < end ? [i] : []));
  const columnBreaks: number[] = [];
  let from = 0;
  let widest = 0;
  for (;;) {
    const extra = from === 0 ? 0 : titles;
    const later = starts.filter((s) => s > from);
    // The furthest start that keeps this band within the limit; the nearest one if none does.
    const fitting = later.filter((s) => width(from, s) + extra <= limit);
    const next = width(from, end) + extra <= limit ? undefined : (fitting.at(-1) ?? later[0]);
    widest = Math.max(widest, width(from, next ?? end) + extra);
    if (next === undefined) break;
    columnBreaks.push(next);
    from = next;
  }
  return { scale: Math.min(1, Math.floor((printable / widest) * 100) / 100), columnBreaks };
}

/**
 * How many columns the first band of a printed sheet has (all visible ones when it is not banded): a title
 * merged across them prints whole on the first page.
 */
export function firstBandColumns(columns: readonly ColumnModel[], print: PrintModel): number {
  return printBands(columns, print).columnBreaks[0] ?? lastVisibleColumn(columns) + 1;
}

/** What {@link paginate} needs of a sheet. */
export interface PrintSheet {
  readonly columns: readonly ColumnModel[];
  readonly rowHeights: ReadonlyMap<number, number>;
  /** 1 + the last used row (0-based), i.e. the number of rows that print. */
  readonly rowCount: number;
  readonly merges: readonly RangeModel[];
  readonly print: PrintModel;
}

/**
 * Rows kept on one page: each vertical merge that fits on a page, with overlapping merges joined. Sorted,
 * disjoint, inclusive. A merge taller than a page (a 评价项目 cell spanning a whole table) cannot be kept whole
 * and is left to cross pages; its text prints once, at its top.
 */
function blocks(
  merges: readonly RangeModel[],
  fits: (from: number, to: number) => boolean
): { from: number; to: number }[] {
  const spans = merges
    .filter((m) => m.rows > 1)
    .map((m) => ({ from: m.row, to: m.row + m.rows - 1 }))
    .filter((m) => fits(m.from, m.to))
    .sort((a, b) => a.from - b.from);
  const joined: { from: number; to: number }[] = [];
  for (const s of spans) {
    const last = joined[joined.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else joined.push({ ...s });
  }
  return joined;
}

/**
 * The print area and the manual page breaks of a printed sheet.
 *
 * @returns `area`: rows 0..rowCount-1, columns 0..last visible; `rowBreaks`: 0-based rows that start a new page,
 *   ascending, empty when the sheet has no merge spanning rows (the host's own breaks are then as good). A block
 *   taller than a page is left to the host.
 */
export function paginate(sheet: PrintSheet): {
  area: RangeModel;
  rowBreaks: number[];
  bands: PrintBands;
} {
  const area: RangeModel = {
    row: 0,
    col: 0,
    rows: Math.max(1, sheet.rowCount),
    cols: lastVisibleColumn(sheet.columns) + 1,
  };
  const { print } = sheet;
  const paperHeight = print.orientation === "landscape" ? A4.width : A4.height;
  const bands = printBands(sheet.columns, print);
  const scale = bands.scale;
  const capacity = ((paperHeight - PRINT_MARGINS.top - PRINT_MARGINS.bottom) / scale) * SAFETY;
  const height = (row: number): number => sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  const span = (from: number, to: number): number => {
    let h = 0;
    for (let r = from; r <= to; r++) h += height(r);
    return h;
  };
  const titles = print.titleRows ? span(print.titleRows.from, print.titleRows.to) : 0;
  const titleEnd = print.titleRows ? print.titleRows.to : -1;
  const kept = blocks(
    [...sheet.merges, ...(print.keep ?? [])],
    (from, to) => span(from, to) <= capacity - titles
  );
  if (kept.length === 0) return { area, rowBreaks: [], bands };

  const rowBreaks: number[] = [];
  let used = 0;
  let k = 0;
  for (let row = 0; row < sheet.rowCount;) {
    while (k < kept.length && kept[k]!.to < row) k++;
    const block = kept[k];
    const to = block && block.from === row ? block.to : row;
    const h = span(row, to);
    const fresh = rowBreaks.length === 0 ? used === 0 : used <= titles;
    if (used + h > capacity && !fresh && row > titleEnd) {
      rowBreaks.push(row);
      used = titles;
    }
    used += h;
    row = to + 1;
  }
  return { area, rowBreaks, bands };
}

/**
 * A built sheet's print area and breaks worked out again after it was changed (columns appended, rows made
 * taller), as SheetBuilder.build works them out the first time. A sheet that does not print is returned
 * as it is.
 */
export function repaginate(sheet: SheetModel): SheetModel {
  if (!sheet.print) return sheet;
  const { rowBreaks: _old, columnBreaks: _oldColumns, scale: _oldScale, ...print } = sheet.print;
  const rowCount = sheet.cells.reduce((n, c) => Math.max(n, c.row + 1), 0);
  return { ...sheet, print: printed(print, paginate({ ...sheet, rowCount, print })) };
}

/** A print setup with what {@link paginate} worked out: area, row breaks and, for a banded sheet, its bands. */
export function printed(print: PrintModel, pages: ReturnType<typeof paginate>): PrintModel {
  const { area, rowBreaks, bands } = pages;
  return {
    ...print,
    area,
    ...(rowBreaks.length > 0 ? { rowBreaks } : {}),
    ...(bands.columnBreaks.length > 0
      ? { columnBreaks: bands.columnBreaks, scale: bands.scale }
      : {}),
  };
}
