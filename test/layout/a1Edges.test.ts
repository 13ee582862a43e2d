/**
 * A1 addressing (src/layout/a1.ts) as Excel spells it: columns A–Z, then AA…ZZ, AAA… up to XFD (column 16,384);
 * rows from 1; "$" for absolute references; sheet names always quoted, a quote doubled; a print area with absolute
 * rows. parseA1 reads a reference back, case-insensitively, with or without "$", and refuses anything else.
 */
import {
  a1,
  cellRange,
  colLetter,
  parseA1,
  printAreaA1,
  rangeA1,
  sheetRef,
} from "../../src/layout";

describe("colLetter and parseA1, both ways", () => {
  test.each<[number, string]>([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %d is %s", (col, letters) => {
    expect(colLetter(col)).toBe(letters);
    expect(parseA1(`${letters}1`)).toEqual({ row: 0, col });
  });

  test.each<[string, { row: number; col: number } | undefined]>([
    ["B4", { row: 3, col: 1 }],
    ["$B$4", { row: 3, col: 1 }],
    ["B$4", { row: 3, col: 1 }],
    ["$B4", { row: 3, col: 1 }],
    ["b4", { row: 3, col: 1 }],
    ["xfd1048576", { row: 1048575, col: 16383 }],
    ["AAAA1", undefined],
    ["B", undefined],
    ["4", undefined],
    ["B4:C5", undefined],
    [" B4", undefined],
    ["B4 ", undefined],
    ["$$B4", undefined],
    ["'A.1'!B4", undefined],
    ["", undefined],
  ])("parseA1(%p)", (ref, cell) => {
    expect(parseA1(ref)).toEqual(cell);
  });
});

describe("references written", () => {
  test.each<[number, number, boolean | undefined, string]>([
    [0, 0, undefined, "A1"],
    [3, 1, false, "B4"],
    [3, 1, true, "$B$4"],
    [99, 26, true, "$AA$100"],
  ])("a1(%d, %d, %p) is %s", (row, col, absolute, ref) => {
    expect(absolute === undefined ? a1(row, col) : a1(row, col, absolute)).toBe(ref);
  });

  test.each<[Parameters<typeof cellRange>, string, string]>([
    [[3, 1], "B4", "B$4:B$4"],
    [[3, 1, 1, 1], "B4", "B$4:B$4"],
    [[3, 1, 6, 1], "B4:B9", "B$4:B$9"],
    [[3, 1, 1, 3], "B4:D4", "B$4:D$4"],
    [[0, 0, 20, 6], "A1:F20", "A$1:F$20"],
  ])("cellRange%p is %s, printed as %s", (args, ref, printArea) => {
    const r = cellRange(...args);
    expect(r).toEqual({ row: args[0], col: args[1], rows: args[2] ?? 1, cols: args[3] ?? 1 });
    expect(rangeA1(r)).toBe(ref);
    expect(printAreaA1(r)).toBe(printArea);
  });

  test.each<[string, string]>([
    ["A.1", "'A.1'"],
    ["汇总", "'汇总'"],
    ["O'Brien's", "'O''Brien''s'"],
    ["", "''"],
  ])("sheetRef(%p) is %s", (name, ref) => {
    expect(sheetRef(name)).toBe(ref);
  });
});
