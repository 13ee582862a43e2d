/**
 * Print layout (src/layout/printLayout.ts): the cases its mutation survivors showed untested (issue 17). Column
 * widths are chosen so that the host width of each column is easy to add up (hostColumnPoints: 15 characters
 * print 83.4 pt, 20 characters 111.2 pt, 80 characters 444.8 pt, 90 characters 500.4 pt); a portrait A4 page
 * is 523.28 pt wide and 755.49 pt high inside its margins, of which 97% is used: 507.5816 pt across (a band
 * may be 676.78 pt wide at the 75% minimum scale) and 732.8253 pt down, 48 default rows of 15 pt.
 */
import { paginate, printBands, repaginate } from "../../src/layout/printLayout";
import type { PrintSheet } from "../../src/layout/printLayout";
import type { ColumnModel, PrintModel, RangeModel, SheetModel } from "../../src/layout";

const col = (width: number, bandStart = false, hidden = false): ColumnModel => ({
  header: "",
  width,
  bandStart,
  hidden,
});
const portrait: PrintModel = { orientation: "portrait", fitToWidth: true };
const merge = (row: number, rows: number): RangeModel => ({ row, col: 0, rows, cols: 1 });
const sheet = (
  rowCount: number,
  merges: RangeModel[],
  heights: [number, number][] = [],
  print: PrintModel = portrait,
  columns: ColumnModel[] = [col(10)]
): PrintSheet => ({ columns, rowHeights: new Map(heights), rowCount, merges, print });

describe("printBands", () => {
  test("a portrait sheet too wide for its page is banded, though it would fit a landscape page", () => {
    // 10 × 83.4 = 834 pt: 61% on portrait (507.58 pt), 89.5% on landscape (746.79 pt).
    const columns = Array.from({ length: 10 }, (_, i) => col(15, i === 5));
    expect(printBands(columns, portrait)).toEqual({ scale: 1, columnBreaks: [5] });
    // Landscape: fitted, 769.89 / 787.5 (Excel's 78.75 pt columns) = 97.8%.
    expect(printBands(columns, { ...portrait, orientation: "landscape" })).toEqual({
      scale: 0.97,
      columnBreaks: [],
    });
  });

  test("a band start on a hidden column after the last visible one starts no band", () => {
    const columns = [...Array.from({ length: 10 }, () => col(15)), col(15, true, true)];
    // Fitted to one width: 507.5816 / 834 = 60.9%, rounded down.
    expect(printBands(columns, portrait)).toEqual({ scale: 0.6, columnBreaks: [] });
  });

  test("each band runs to the furthest start that keeps it, with the title columns, at 75%", () => {
    // 14 columns of 111.2 pt, column 0 repeated: the first band holds 6 (667.2 pt), later ones 5 + the title.
    const columns = Array.from({ length: 14 }, (_, i) => col(20, i > 0));
    const print: PrintModel = { ...portrait, titleColumns: { from: 0, to: 0 } };
    expect(printBands(columns, print)).toEqual({ scale: 0.76, columnBreaks: [6, 11] });
  });

  test("the last band ends the sheet even when a band start lies within it", () => {
    // Starts at 5, 8 and 9: 8 columns (667.2 pt, 507.5816 / 667.2 = 76%) fit the first band, the last 2 the second.
    const columns = Array.from({ length: 10 }, (_, i) => col(15, [5, 8, 9].includes(i)));
    expect(printBands(columns, portrait)).toEqual({ scale: 0.76, columnBreaks: [8] });
  });

  test("the scale is that of the widest band, its title columns counted", () => {
    // Bands: 111.2 + 444.8 = 556 pt, then 500.4 + 111.2 (titles) = 611.6 pt; 507.5816 / 611.6 = 82.99%.
    const columns = [col(20), col(80, true), col(90, true)];
    const print: PrintModel = { ...portrait, titleColumns: { from: 0, to: 0 } };
    expect(printBands(columns, print)).toEqual({ scale: 0.82, columnBreaks: [2] });
  });
});

describe("printBands at exactly the 75% limit", () => {
  // Widths whose host points add up, in floating point, to exactly 507.5816 / 0.75 = 676.7754666… pt: the widest
  // a band may be (one column of 121.722… characters, or 60 characters, 333.6 pt, and 61.722… characters).
  const whole = 121.72220623501198;
  const rest = 61.72220623501199;

  test("a sheet exactly as wide as a page at 75% is fitted to one width", () => {
    // Fitted at Excel's 639 pt: 523.28 / 639 = 81.9%.
    expect(printBands([col(whole, true)], portrait)).toEqual({ scale: 0.81, columnBreaks: [] });
  });

  test("a band exactly as wide as the limit runs to its start", () => {
    const columns = [col(60), col(rest, true), col(10, true)];
    expect(printBands(columns, portrait)).toEqual({ scale: 0.75, columnBreaks: [2] });
  });

  test("a last band exactly as wide as the limit is not cut again", () => {
    const columns = [col(100), col(60, true), col(rest, true)];
    expect(printBands(columns, portrait)).toEqual({ scale: 0.75, columnBreaks: [1] });
  });
});

describe("paginate", () => {
  test("a merge within one row keeps no rows together: the host breaks the pages", () => {
    const horizontal: RangeModel = { row: 3, col: 0, rows: 1, cols: 3 };
    expect(paginate(sheet(200, [horizontal])).rowBreaks).toEqual([]);
  });

  test("merges listed out of order are each kept whole", () => {
    // Rows 46..50 cross the first page end (row 48), rows 90..95 the second (row 46 + 48 = 94).
    expect(paginate(sheet(120, [merge(90, 6), merge(46, 5)])).rowBreaks).toEqual([46, 90]);
  });

  test("merges sharing a row are kept together as one block", () => {
    // Rows 40..44 and 44..50: 165 pt from row 40 (600 pt down) do not fit the page's 732.8 pt.
    expect(paginate(sheet(60, [merge(40, 5), merge(44, 7)])).rowBreaks).toEqual([40]);
  });

  test("a landscape page holds 32 rows", () => {
    // (595.28 − 86.4) × 0.97 = 493.61 pt: 32 rows of 15 pt.
    const landscape: PrintModel = { ...portrait, orientation: "landscape" };
    expect(paginate(sheet(40, [merge(0, 2)], [], landscape)).rowBreaks).toEqual([32]);
  });

  test("a sheet shrunk to fit its width holds more rows a page", () => {
    // 10 columns of 78.75 pt print at 66%: 732.8253 / 0.66 = 1110.3 pt, 74 rows.
    const columns = Array.from({ length: 10 }, () => col(15));
    const pages = paginate(sheet(100, [merge(0, 2)], [], portrait, columns));
    expect(pages.bands.scale).toBe(0.66);
    expect(pages.rowBreaks).toEqual([74]);
  });

  test("without title rows, the second row may start a page", () => {
    expect(
      paginate(
        sheet(
          6,
          [merge(2, 2)],
          [
            [0, 400],
            [1, 400],
          ]
        )
      ).rowBreaks
    ).toEqual([1]);
  });

  test("a block exactly as tall as the page is kept whole", () => {
    // Rows 5 and 6 add up to the page's 732.8253 pt: the block starts a page.
    const capacity = (841.89 - 43.2 - 43.2) * 0.97;
    const tall = sheet(
      8,
      [merge(5, 2)],
      [
        [5, capacity],
        [6, 0],
      ]
    );
    expect(paginate(tall).rowBreaks).toEqual([5, 7]);
  });

  test("a block taller than the page less its title rows is left to the host", () => {
    // 49 rows (735 pt) fit 732.8 pt + 30 pt of titles, not 732.8 − 30.
    const titled: PrintModel = { ...portrait, titleRows: { from: 0, to: 1 } };
    expect(paginate(sheet(70, [merge(10, 49)], [], titled)).rowBreaks).toEqual([]);
  });

  test("no page is started after the last row", () => {
    // 48 rows of 15 pt fill 720 of the page's 732.8 pt: one page.
    expect(paginate(sheet(48, [merge(0, 2)])).rowBreaks).toEqual([]);
  });

  test("a row taller than a page starts none of its own on the first page", () => {
    expect(paginate(sheet(6, [merge(2, 2)], [[0, 1000]])).rowBreaks).toEqual([1]);
  });

  test("a tall row right after the title rows starts a page", () => {
    const titled: PrintModel = { ...portrait, titleRows: { from: 0, to: 0 } };
    expect(paginate(sheet(6, [merge(3, 2)], [[1, 730]], titled)).rowBreaks).toEqual([1, 2]);
  });

  test("a row that follows a break and empty rows does not start another page", () => {
    // Row 1 (1000 pt) breaks, row 2 (0 pt) breaks again; row 3 (730 pt) then begins its page under the titles.
    const titled: PrintModel = { ...portrait, titleRows: { from: 0, to: 0 } };
    const heights: [number, number][] = [
      [1, 1000],
      [2, 0],
      [3, 730],
    ];
    expect(paginate(sheet(8, [merge(5, 2)], heights, titled)).rowBreaks).toEqual([1, 2, 4]);
  });

  test("no page starts within the title rows, even below rows above them", () => {
    // Rows 0..4 add up to 745 pt; the break falls on row 5, the first after the titles 3..4.
    const titled: PrintModel = { ...portrait, titleRows: { from: 3, to: 4 } };
    const heights: [number, number][] = [
      [0, 300],
      [1, 300],
      [2, 100],
      [4, 30],
    ];
    expect(paginate(sheet(12, [merge(10, 2)], heights, titled)).rowBreaks).toEqual([5]);
  });
});

test("repaginate counts the rows up to the last cell", () => {
  const built = {
    name: "x",
    columns: [col(10)],
    rowHeights: new Map<number, number>(),
    cells: [
      { row: 3, col: 0 },
      { row: 7, col: 0 },
      { row: 5, col: 0 },
    ],
    merges: [],
    print: { ...portrait, rowBreaks: [2] },
  } as unknown as SheetModel;
  expect(repaginate(built).print).toEqual({
    ...portrait,
    area: { row: 0, col: 0, rows: 8, cols: 1 },
  });
});
