/**
 * Print layout (src/layout/printLayout.ts) at the edges the layout-sheets part's own tests pass by: a sheet whose
 * columns are all hidden (its print area is the first column), a sheet with no row (one row), column widths in
 * points as ECMA-376 Part 1, 18.3.1.13 lays them out (7 px a character, rounded to a whole pixel, 0.75 pt a pixel)
 * and as LibreOffice's 5.56-point digit does, a sheet not fitted to the page width, and a sheet that does not
 * print.
 */
import {
  columnPoints,
  firstBandColumns,
  fitScale,
  hostColumnPoints,
  paginate,
  printed,
  repaginate,
} from "../../src/layout/printLayout";
import type { ColumnModel, PrintModel, SheetModel } from "../../src/layout";

const col = (width: number, hidden = false): ColumnModel => ({ header: "", width, hidden });
const portrait: PrintModel = { orientation: "portrait", fitToWidth: true };

test.each<[number, number, number]>([
  [10, 52.5, 55.6],
  [8.43, 44.25, 46.8708],
  [1, 5.25, 5.56],
  [0, 0, 0],
  [100, 525, 556],
])(
  "a column %d characters wide: %d pt in Excel, %d pt in the widest host",
  (width, excel, host) => {
    expect(columnPoints(width)).toBeCloseTo(excel, 10);
    expect(hostColumnPoints(width)).toBeCloseTo(host, 10);
  }
);

test.each<[string, ColumnModel[], number]>([
  ["all hidden", [col(10, true), col(10, true)], 1],
  ["the first only visible", [col(10), col(10, true)], 1],
  ["the last only visible", [col(10, true), col(10)], 2],
])("print area with %s columns", (_, columns, cols) => {
  const { area, rowBreaks } = paginate({
    columns,
    rowHeights: new Map(),
    rowCount: 0,
    merges: [],
    print: portrait,
  });
  expect(area).toEqual({ row: 0, col: 0, rows: 1, cols });
  expect(rowBreaks).toEqual([]);
  expect(firstBandColumns(columns, portrait)).toBe(cols);
});

test("a sheet not fitted to the page width prints at 100 %, however wide", () => {
  const wide = [col(200), col(200)];
  expect(fitScale(wide, { orientation: "portrait", fitToWidth: false })).toBe(1);
  // Portrait A4: 595.28 − 72 = 523.28 pt printable; 400 characters are 2,100 pt in Excel: 24 %.
  expect(fitScale(wide, portrait)).toBe(0.24);
  // Landscape: 841.89 − 72 = 769.89 pt: 36 %.
  expect(fitScale(wide, { orientation: "landscape", fitToWidth: true })).toBe(0.36);
  // Hidden columns take no width: 200 characters, 1,050 pt: 49 %.
  expect(fitScale([col(200), col(200, true)], portrait)).toBe(0.49);
  expect(fitScale([col(10)], portrait)).toBe(1);
});

test("a sheet that does not print is returned as it is", () => {
  const sheet = { name: "x", cells: [], columns: [col(10)] } as unknown as SheetModel;
  expect(repaginate(sheet)).toBe(sheet);
});

test("printed: breaks and bands only when there are any", () => {
  const area = { row: 0, col: 0, rows: 3, cols: 2 };
  expect(printed(portrait, { area, rowBreaks: [], bands: { scale: 1, columnBreaks: [] } })).toEqual(
    {
      ...portrait,
      area,
    }
  );
  expect(
    printed(portrait, { area, rowBreaks: [40], bands: { scale: 0.8, columnBreaks: [5] } })
  ).toEqual({
    ...portrait,
    area,
    rowBreaks: [40],
    columnBreaks: [5],
    scale: 0.8,
  });
});

test("a kept block that fills the page to exactly its last point stays on it; one point more starts a page", () => {
  // Portrait A4 at 100 % (two narrow columns): (841.89 − 43.2 − 43.2) pt × 0.97 safety = 732.8253 pt a page.
  const capacity = (841.89 - 43.2 - 43.2) * 0.97;
  const columns = [col(10), col(10)];
  const pageOf = (first: number) =>
    paginate({
      columns,
      // Row 0 leaves 30 pt; rows 1-2, merged (kept together), are 15 + 15 pt.
      rowHeights: new Map([[0, first]]),
      rowCount: 3,
      merges: [{ row: 1, col: 0, rows: 2, cols: 1 }],
      print: portrait,
    }).rowBreaks;
  expect(capacity - 30 + 30).toBe(capacity);
  expect(pageOf(capacity - 30)).toEqual([]);
  expect(pageOf(capacity - 29)).toEqual([1]);
});
