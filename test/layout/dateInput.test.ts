/**
 * A date typed in a scoresheet's number cell: Excel stores a date-formatted number, the sheet's formulas count
 * that serial, and so does the reader (layout/readCells.ts), which also names it as a date in a `date-input`
 * warning, almost certainly a typing slip. Serials worked out by hand: 25569 is 1970-01-01, 46027 is 2026-01-05.
 */
import { formatProblem } from "../../src/engine";
import { COL, readScoresheet } from "../../src/layout";
import { editableGrid } from "../support/editableGrid";

describe("a date in a number cell is its serial, named as a date", () => {
  test.each([
    [
      "a deduction count",
      "A.1.1.2",
      new Date(Date.UTC(1970, 0, 3)),
      { lines: { "A.1.1.2": 25571 } },
      "1970-01-03",
      25571,
    ],
    // Serial 1 is 1900-01-01 (ExcelJS gives it as 1899-12-31); a rate cell's 1 is 100 %.
    [
      "a rate",
      "A.1.4.4",
      new Date(Date.UTC(1899, 11, 31)),
      { lines: { "A.1.4.4": { rate: 100 } } },
      "1900-01-01",
      1,
    ],
  ] as const)("%s", (_n, id, typed, item, date, serial) => {
    const g = editableGrid();
    const r = g.row(id);
    g.set(r.sheet, r.row, COL.input, typed);
    const read = readScoresheet(g.grid);
    const itemId = id.split(".").slice(0, 3).join(".");
    expect(read.evaluation.items[itemId]).toEqual(item);
    expect(read.problems).toEqual([
      expect.objectContaining({ code: "date-input", itemId, lineId: id, date, serial }),
    ]);
    const zh = formatProblem(read.problems[0]!, "zh-CN");
    expect(zh).toContain(
      `单元格是日期 ${date}，不是数字；工作簿的公式按其序列号 ${serial} 计入，本工具同样`
    );
    expect(formatProblem(read.problems[0]!, "en-US")).toContain(`holds a date (${date})`);
  });

  test("a number in the cell is no date: no warning", () => {
    const g = editableGrid();
    const r = g.row("A.1.1.2");
    g.set(r.sheet, r.row, COL.input, 2);
    expect(readScoresheet(g.grid).problems).toEqual([]);
  });
});
