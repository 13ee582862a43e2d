/**
 * A sheet too wide to print legibly on one A4 width prints in bands of columns (issue 11): the cases by hand,
 * with widths chosen so the answer can be worked out on paper, and a seeded property over random sheets.
 */
import fc from "fast-check";
import { A4, MIN_PRINT_SCALE, PRINT_MARGINS, printBands } from "../../src/layout";
import { hostColumnPoints } from "../../src/layout/printLayout";
import { SheetBuilder, text, wrappedLines } from "../../src/layout/builder";
import type { ColumnModel, PrintModel } from "../../src/layout";

const landscape: PrintModel = { orientation: "landscape", fitToWidth: true };
/** Printable landscape width with the layout's 3% margin: (841.89 − 72) × 0.97 = 746.79 pt. */
const PRINTABLE = (A4.height - PRINT_MARGINS.left - PRINT_MARGINS.right) * 0.97;
const col = (width: number, bandStart = false, hidden = false): ColumnModel => ({
  header: "",
  width,
  ...(bandStart ? { bandStart } : {}),
  ...(hidden ? { hidden } : {}),
});

describe("printBands", () => {
  it("widths: a column of w characters is w × 5.56 pt in the widest host (Arial 10's digit)", () => {
    expect(hostColumnPoints(10)).toBeCloseTo(55.6, 6);
    // Excel's own rounding (7 px a character, 5 px padding): never wider than LibreOffice's here.
    expect(hostColumnPoints(1)).toBe(5.56);
  });

  it.each<[string, ColumnModel[], { scale: number; columnBreaks: number[] }]>([
    // 100 characters = 556 pt: fits, scale 1 (the host fits it).
    [
      "a narrow sheet is fitted to one width",
      [col(50), col(50, true)],
      { scale: 1, columnBreaks: [] },
    ],
    // 170 characters = 945.2 pt: 746.79 / 945.2 = 0.79 ≥ 0.75, so it stays fitted to one width. The scale
    // returned is Excel's (7 px a character: 170 × 5.25 = 892.5 pt; 769.89 / 892.5 = 0.86), for page breaks.
    [
      "a sheet fitted at 79% stays in one band",
      [col(100), col(70, true)],
      { scale: 0.86, columnBreaks: [] },
    ],
    // 300 characters = 1668 pt: 0.45. Bands at the marked column: 150 ch = 834 pt each → 746.79/834 = 0.895.
    [
      "a sheet twice too wide is cut at its marked column",
      [col(150), col(150, true)],
      { scale: 0.89, columnBreaks: [1] },
    ],
    // Without a marked column the sheet is fitted, however small.
    ["no marked column: fitted", [col(150), col(150)], { scale: 0.48, columnBreaks: [] }],
  ])("%s", (_name, columns, expected) => {
    const bands = printBands(columns, landscape);
    expect(bands.columnBreaks).toEqual(expected.columnBreaks);
    if (expected.columnBreaks.length > 0) expect(bands.scale).toBe(expected.scale);
    else expect(bands.scale).toBeCloseTo(expected.scale, 2);
  });

  it("takes the furthest marked column that keeps the band legible, and repeats the title columns", () => {
    // Limit: 746.79 / 0.75 = 995.7 pt = 179 characters. Marks at 60, 120 and 200 characters.
    const columns = [col(20), col(40), col(60, true), col(80, true), col(40, true), col(40)];
    const print: PrintModel = { ...landscape, titleColumns: { from: 0, to: 0 } };
    const bands = printBands(columns, print);
    // Band 1: 0..2 (120 ch); 0..3 would be 200 ch. Band 2: title 20 + 80 + 40 + 40 = 180 ch > 179, so cut at 4.
    expect(bands.columnBreaks).toEqual([3, 4]);
    // Widest band: 120 ch = 667.2 pt → 1.12, capped at 1; band 2: 20+80 = 100; band 3: 20+40+40 = 100.
    expect(bands.scale).toBe(1);
  });

  it("leaves hidden columns out of every width", () => {
    const columns = [col(150), col(500, false, true), col(150, true)];
    expect(printBands(columns, landscape)).toEqual({ scale: 0.89, columnBreaks: [2] });
  });

  it("property: every band fits the page at the chosen scale; a banded scale is at least the minimum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ width: fc.integer({ min: 4, max: 60 }), bandStart: fc.boolean() }), {
          minLength: 1,
          maxLength: 30,
        }),
        (specs) => {
          const columns = specs.map((s) => col(s.width, s.bandStart));
          const { scale, columnBreaks } = printBands(columns, landscape);
          const starts = [0, ...columnBreaks];
          const widths = starts.map((s, i) =>
            columns
              .slice(s, starts[i + 1] ?? columns.length)
              .reduce((w, c) => w + hostColumnPoints(c.width), 0)
          );
          if (columnBreaks.length === 0) return;
          for (const w of widths) expect(w * scale).toBeLessThanOrEqual(PRINTABLE + 1e-9);
          // Every break is at a marked column; a band narrower than the limit only when the next mark is
          // too far.
          for (const b of columnBreaks) expect(columns[b]!.bandStart).toBe(true);
          const single = widths.filter((w) => w <= PRINTABLE / MIN_PRINT_SCALE);
          if (single.length === widths.length)
            expect(scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
        }
      ),
      { seed: 11, numRuns: 300 }
    );
  });
});

describe("wrapped text grows its row", () => {
  it("a header that needs two lines gets a row of two lines, in one cell or merged across", () => {
    const b = new SheetBuilder("s", "summary", [col(8), col(8), col(40)]);
    // "偏离均值（%）": 6 full-width characters and one narrow, about 13.1 wide in an 8-wide column: 2 lines.
    b.set(0, 0, text("偏离均值（%）"), "header");
    b.setMerged({ row: 1, col: 0, rows: 1, cols: 2 }, text("一".repeat(20)), "text");
    b.set(2, 2, text("短"), "text");
    const sheet = b.build();
    expect(sheet.rowHeights.get(0)).toBeGreaterThanOrEqual(2 * 14);
    // 20 full-width characters = 40 wide over 16 columns' width: 3 lines.
    expect(sheet.rowHeights.get(1)).toBeGreaterThanOrEqual(3 * 14);
    expect(sheet.rowHeights.has(2)).toBe(false);
  });
});

describe("wrappedLines", () => {
  it.each<[string, string, number, number, number]>([
    // Full-width characters take 2 at 11 pt: 20 of them are 40 wide; 15 of room per line → 3 lines.
    ["full-width text fills each line", "一".repeat(20), 16, 11, 3],
    // "A.4", "(115", "，", "标", "注", "120)": Latin runs are not split, as the hosts wrap (the roll-up header).
    ["Latin runs are not split", "A.4 (115，标注120)", 8, 10, 4],
    ["each paragraph starts a line", "甲\n乙\n丙", 20, 10, 3],
    ["a run wider than the column is split where it must", "a".repeat(26), 10, 10, 3],
    ["one short word is one line", "短", 10, 10, 1],
  ])("%s", (_name, t, width, size, lines) => {
    expect(wrappedLines(t, width, size)).toBe(lines);
  });
});
