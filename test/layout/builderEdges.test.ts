/**
 * SheetBuilder and wrappedLines (src/layout/builder.ts) at the edges the layout-sheets part's own tests pass by:
 * wrapped lines counted by hand (a full-width character takes 2 units at 11 points, any other 1.1; a column of
 * width w holds w − 1; a Latin run is not split unless wider than the column; each paragraph starts a line), rows
 * grown for wrapped text only in wrapping styles and never beyond Excel's 409 points, rows kept together on a
 * printed page only when they are more than one, and a merge recorded only when it spans more than one cell.
 */
import { EMPTY, SheetBuilder, formula, num, text, wrappedLines } from "../../src/layout/builder";
import { MAX_ROW_HEIGHT } from "../../src/layout";
import type { ColumnModel } from "../../src/layout";

const COLUMNS: ColumnModel[] = [
  { header: "a", width: 10 },
  { header: "b", width: 10 },
  { header: "c", width: 6, hidden: true },
];
const builder = () => new SheetBuilder("S", "summary", COLUMNS);

describe("wrappedLines", () => {
  test.each<[string, number, number | undefined, number]>([
    ["", 10, undefined, 1],
    ["a\n\nb", 10, undefined, 3],
    ["\n", 10, undefined, 2],
    ["A.4 (115，标注120)", 8, undefined, 4],
    ["一二三四五六七八九十一", 24, undefined, 1],
    ["一二三四五六七八九十一二", 24, undefined, 2],
    ["abcdefghij", 5, undefined, 3],
    ["abcd efgh", 5, undefined, 4],
    ["abcd efgh", 6, undefined, 2],
    ["    ", 3, undefined, 1],
    ["标标", 5, 22, 2],
    ["标", 5, 22, 1],
    ["一二三四", 10, 10, 1],
    ["一二三四五", 10, 10, 2],
    ["x", 1, undefined, 2],
  ])("%p in width %d at %p points: %d line(s)", (t, width, size, lines) => {
    expect(size === undefined ? wrappedLines(t, width) : wrappedLines(t, width, size)).toBe(lines);
  });
});

describe("rows sized for their text", () => {
  test.each<[string, number | undefined, number | undefined, number | undefined]>([
    ["一二三四", undefined, undefined, undefined],
    ["一二三四五六七八九十一二", undefined, undefined, 3 * 15 + 4],
    ["一二三四五六七八九十一二", 20, undefined, 3 * 20 + 4],
    ["一二三四五六七八九十一二", undefined, 9, 3 * 13 + 4],
  ])("fitRow(%p, line %p, font %p) → %p", (t, lineHeight, fontSize, height) => {
    const b = builder();
    b.fitRow(0, [{ col: 0, text: t }], lineHeight, fontSize);
    expect(b.build().rowHeights.get(0)).toBe(height);
  });

  test("a text spanning two columns counts both widths", () => {
    const b = builder();
    b.fitRow(0, [{ col: 0, text: "一二三四五六七八九", span: 2 }]);
    b.fitRow(1, [
      { col: 0, text: "一二三四五六七八九十" },
      { col: 1, text: "短" },
    ]);
    expect(b.build().rowHeights.get(0)).toBeUndefined();
    expect(b.build().rowHeights.get(1)).toBe(3 * 15 + 4);
  });

  test("height keeps the tallest request and never passes 409 points", () => {
    const b = builder();
    b.height(0, 30).height(0, 20).height(1, 500).height(2, 409);
    const heights = b.build().rowHeights;
    expect([heights.get(0), heights.get(1), heights.get(2)]).toEqual([30, 409, 409]);
    expect(MAX_ROW_HEIGHT).toBe(409);
  });

  test.each<[string, Parameters<SheetBuilder["set"]>[3], number | undefined]>([
    ["text", "text", 2 * 14 + 4],
    ["header (bold, 10 points)", "header", 2 * 14 + 4],
    ["title, which does not wrap", "title", undefined],
    ["signature, which does not wrap", "signature", undefined],
  ])("built: a long text in style %s", (_, style, height) => {
    const b = builder();
    b.set(0, 0, text("一二三四五六"), style);
    expect(b.build().rowHeights.get(0)).toBe(height);
  });

  test("built: empty texts, numbers, formulas and blocks merged down rows are not sized", () => {
    const b = builder();
    b.set(0, 0, text(""), "text");
    b.set(1, 0, num(123456789012345), "text");
    b.set(2, 0, formula('"一二三四五六七八九十"'), "text");
    b.setMerged({ row: 3, col: 0, rows: 2, cols: 1 }, text("一二三四五六七八九十"), "text");
    b.setMerged({ row: 5, col: 0, rows: 1, cols: 2 }, text("一二三四五六七八九"), "text");
    b.setMerged({ row: 6, col: 0, rows: 1, cols: 2 }, text("一二三四五六七八九十一二"), "text");
    const heights = b.build().rowHeights;
    expect([0, 1, 2, 3, 4, 5].map((r) => heights.get(r))).toEqual(Array(6).fill(undefined));
    expect(heights.get(6)).toBe(2 * 14 + 4);
  });
});

describe("cells, merges and printed pages", () => {
  test("a later set replaces an earlier one; a merge covers its cells with empties", () => {
    const b = builder();
    b.set(0, 1, text("x"), "text").set(0, 1, num(2), "number", false);
    b.setMerged({ row: 1, col: 0, rows: 2, cols: 2 }, text("m"), "header");
    b.setMerged({ row: 3, col: 1, rows: 1, cols: 1 }, text("one"), "text");
    const s = b.build();
    expect(s.cells).toEqual([
      { row: 0, col: 1, content: num(2), style: "number", locked: false },
      { row: 1, col: 0, content: text("m"), style: "header", locked: true },
      { row: 1, col: 1, content: EMPTY, style: "header", locked: true },
      { row: 2, col: 0, content: EMPTY, style: "header", locked: true },
      { row: 2, col: 1, content: EMPTY, style: "header", locked: true },
      { row: 3, col: 1, content: text("one"), style: "text", locked: true },
    ]);
    expect(s.merges).toEqual([{ row: 1, col: 0, rows: 2, cols: 2 }]);
    expect(formula("A1+1")).toEqual({ kind: "formula", formula: "A1+1" });
  });

  test.each<[number, number, unknown]>([
    [3, 3, undefined],
    [5, 3, undefined],
    [3, 4, [{ row: 3, col: 0, rows: 2, cols: 1 }]],
    [2, 6, [{ row: 2, col: 0, rows: 5, cols: 1 }]],
  ])("keepTogether(%d, %d) keeps %p", (from, to, keep) => {
    const b = builder();
    for (let r = 0; r < 8; r++) b.set(r, 0, text(`${r}`), "number");
    b.keepTogether(from, to);
    b.print = { orientation: "portrait", fitToWidth: true };
    expect(b.build().print?.keep).toEqual(keep);
  });

  test("the print area ends at the last used row and the last visible column", () => {
    const b = builder();
    b.set(4, 2, text("hidden"), "hidden").set(2, 0, text("x"), "text");
    b.print = { orientation: "landscape", fitToWidth: false };
    expect(b.build().print).toEqual({
      orientation: "landscape",
      fitToWidth: false,
      area: { row: 0, col: 0, rows: 5, cols: 2 },
    });
  });

  test("what is not set is left out; what is set is carried", () => {
    const bare = builder().build();
    expect(bare).not.toHaveProperty("print");
    expect(bare).not.toHaveProperty("freeze");
    expect(bare).not.toHaveProperty("tabColor");
    expect([bare.state, bare.protect, bare.kind, bare.name]).toEqual([
      "visible",
      true,
      "summary",
      "S",
    ]);
    const b = builder();
    b.freeze = { rows: 3, cols: 0 };
    b.tabColor = "#4472C4";
    b.state = "hidden";
    b.protect = false;
    b.validate({
      kind: "date",
      range: { row: 0, col: 0, rows: 1, cols: 1 },
      errorTitle: "t",
      errorMessage: "m",
    });
    b.highlight({ range: { row: 0, col: 0, rows: 1, cols: 1 }, formula: "TRUE", fill: "#FF0000" });
    b.chart({ kind: "bar" } as never);
    const s = b.build();
    expect([s.freeze, s.tabColor, s.state, s.protect]).toEqual([
      { rows: 3, cols: 0 },
      "#4472C4",
      "hidden",
      false,
    ]);
    expect([s.validations.length, s.conditionalFormats.length, s.charts.length]).toEqual([1, 1, 1]);
  });
});
