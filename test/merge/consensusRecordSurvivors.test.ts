/**
 * What the merge-documents part's surviving mutants of src/merge/consensusRecord.ts left unpinned
 * (test/mutation/merge-documents.json): the methods' Chinese names (a module-level table: the test of it loads the
 * module itself, so that Stryker credits it), the standard's notes under the record, and the rows' heights, worked
 * out by hand from the rule the builder documents: a line of an n-point font is ⌈1.4 n⌉ points tall, plus 4 of
 * padding, so a one-line row of the record (9 pt, the "note" style) is 13 + 4 = 17 points and one of the annex
 * (8 pt) 12 + 4 = 16; a text of k lines in the annex is 12 k + 4. Each test builds what it checks (README, Mutation
 * testing).
 */
import { SheetBuilder, wrappedLines } from "../../src/layout/builder";
import { STANDARD, maxGapNote, totalGapNote } from "../../src/standard";
import type { MergeMethod, MergeRecord } from "../../src/merge";
import { writeAnnex, writeRecord } from "../../src/merge/consensusRecord";
import { textAt } from "../support/layoutCells";

const record = (method: MergeMethod): MergeRecord => ({
  method,
  applied: method,
  mergedAt: "2026-11-28T08:00:00.000Z",
  standard: "T/CSSG 001.5-2020",
  standardVersion: "2020",
  fingerprint: "fp1",
  inputs: [
    { file: "C:\\评估\\张三.xlsx", sha256: "a".repeat(64), evaluator: "张三", workbookId: "wb-1" },
    { file: "/home/u/李四.xlsx", sha256: "b".repeat(64), evaluator: "李四" },
  ],
});

/** Two columns wide enough (300 characters) that every line of the record and the notes fits on one line. */
const COLUMNS = [
  { header: "甲", width: 150 },
  { header: "乙", width: 150 },
];

/** The text of a sheet's cell, or undefined. */
describe("consensusRecord: the methods by their Chinese names", () => {
  test("mean, median and the trimmed mean, from a freshly loaded module", async () => {
    let fresh: typeof import("../../src/merge/consensusRecord") | undefined;
    await jest.isolateModulesAsync(async () => {
      fresh = await import("../../src/merge/consensusRecord");
    });
    expect(fresh!.METHOD_ZH).toEqual({
      mean: "算术平均",
      median: "中位数",
      trimmed: "去掉一个最高分和一个最低分后平均",
    });
    expect(fresh!.recordLines(record("median"))[0]).toBe("方法：中位数");
    expect(fresh!.recordLines(record("trimmed"))[0]).toBe("方法：去掉一个最高分和一个最低分后平均");
    expect(fresh!.recordLines(record("mean"))[0]).toBe("方法：算术平均");
  });
});

describe("writeRecord: the record's lines, then the standard's notes, each a one-line row of 17 points", () => {
  test("the header, four record lines and the notes on the standard's gaps, from the start row", () => {
    const s = new SheetBuilder("汇总", "summary", COLUMNS);
    const next = writeRecord(s, record("mean"), 3, 2);
    const sheet = s.build();
    const notes = [...STANDARD.tables.map((t) => maxGapNote(t)), totalGapNote()].filter(
      (n): n is string => n !== undefined
    );
    // The standard's tables add up to fewer points than 8.2 declares: the total's note is always written.
    expect(notes.at(-1)).toMatch(/^注：8\.2规定满分500分/);
    expect(next).toBe(3 + 1 + 4 + notes.length);
    expect(textAt(sheet, 3, 0)).toBe("合并记录");
    expect(textAt(sheet, 4, 0)).toBe("方法：算术平均");
    expect(textAt(sheet, 7, 0)).toBe("合并的文件：张三（张三.xlsx）、李四（李四.xlsx）");
    notes.forEach((n, k) => expect(textAt(sheet, 8 + k, 0)).toBe(n));
    expect(sheet.merges).toContainEqual({ row: 8, col: 0, rows: 1, cols: 2 });
    for (let row = 4; row < next; row++) {
      expect(wrappedLines(textAt(sheet, row, 0)!, 300, 9)).toBe(1);
      expect(sheet.rowHeights.get(row)).toBe(17);
    }
    expect(sheet.rowHeights.has(3)).toBe(false);
  });
});

describe("writeAnnex: small print, 8 points: one line 16 points, k lines 12 k + 4", () => {
  test("the fingerprint's line, then a row per file as tall as its lines", () => {
    const s = new SheetBuilder("汇总", "summary", COLUMNS);
    expect(writeAnnex(s, record("mean"), 10, 2)).toBe(13);
    const sheet = s.build();
    expect(textAt(sheet, 10, 0)).toBe("附：文件校验信息（模板指纹 fp1）");
    expect(sheet.rowHeights.get(10)).toBe(16);
    // 张三: path, SHA-256 and workbook id, 3 lines; 李四: path and SHA-256, 2 lines.
    expect(textAt(sheet, 11, 0)!.split("\n")).toHaveLength(3);
    expect(sheet.rowHeights.get(11)).toBe(3 * 12 + 4);
    expect(sheet.rowHeights.get(12)).toBe(2 * 12 + 4);
    expect(sheet.cells.find((c) => c.row === 11 && c.col === 0)!.style).toBe("annex");
  });
});
