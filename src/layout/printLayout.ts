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
export function paginate(sheet: PrintSheet): { area: RangeModel; rowBreaks: number[] } {
  const area: RangeModel = {
    row: 0,
    col: 0,
    rows: Math.max(1, sheet.rowCount),
    cols: lastVisibleColumn(sheet.columns) + 1,
  };
  const { print } = sheet;
  const paperHeight = print.orientation === "landscape" ? A4.width : A4.height;
  const scale = fitScale(sheet.columns, print);
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
  if (kept.length === 0) return { area, rowBreaks: [] };

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
  return { area, rowBreaks };
}

/**
 * A built sheet's print area and breaks worked out again after it was changed (columns appended, rows made
 * taller), as SheetBuilder.build works them out the first time. A sheet that does not print is returned
 * as it is.
 */
export function repaginate(sheet: SheetModel): SheetModel {
  if (!sheet.print) return sheet;
  const { rowBreaks: _old, ...print } = sheet.print;
  const rowCount = sheet.cells.reduce((n, c) => Math.max(n, c.row + 1), 0);
  const { area, rowBreaks } = paginate({ ...sheet, rowCount, print });
  return { ...sheet, print: { ...print, area, ...(rowBreaks.length > 0 ? { rowBreaks } : {}) } };
}
