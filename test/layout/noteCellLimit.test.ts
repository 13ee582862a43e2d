/**
 * Excel's 32,767 characters apply to a cell's text as written (README: Inputs): an item note and its first line's
 * note share one cell, and the `_xHHHH_` escapes a workbook needs count. Such a text is refused before writing,
 * with the item and line named; the writer cuts nothing and throws if one ever reaches it; the layout fits a text
 * on purpose only where it keeps the whole elsewhere (the consensus sheet's hidden data).
 */
import ExcelJS from "exceljs";
import {
  CELL_TEXT_LIMIT,
  EVALUATION_FORMAT,
  formatProblem,
  textProblems,
  writtenLength,
} from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { buildScoresheet, modelTextProblems } from "../../src/layout";
import { chunkText, fitText } from "../../src/layout/cellText";
import { joinNotes } from "../../src/layout/notes";
import { indexStandard } from "../../src/standard";
import type { DeductionItemDef } from "../../src/standard";
import { readXlsxScoresheet, writeXlsx } from "../../src/writers/xlsx";
import { xlsxText } from "../../src/writers/xlsx/excelModel";

/** The first deduction item with at least two lines, and its first line. */
const item = [...indexStandard().items.values()].find(
  (i): i is DeductionItemDef => i.kind === "deduction" && i.lines.length > 1
)!;
const line = item.lines[0]!.id;

const evaluation = (itemNote: string, lineNote: string): Evaluation => ({
  format: EVALUATION_FORMAT,
  meta: {},
  items: { [item.id]: { notes: { [item.id]: itemNote, [line]: lineNote } } },
});
const identity = { workbookId: "-", createdAt: "-", generator: "-", kind: "scoresheet" } as const;
const model = (e: Evaluation) => buildScoresheet({ evaluation: e, identity });

/** The two marks and the line break the shared cell adds to the two notes. */
const JOIN = joinNotes("a", "b").length - 2;

/** An item note of `n` characters beside a line note of `m`: the cell holds n + m + JOIN. */
const notes = (n: number, m: number) => evaluation("项".repeat(n), "行".repeat(m));

describe("an item note and its first line's note share one cell", () => {
  test("20,000 + 20,000 characters: each fits alone, together they are refused, naming both", () => {
    const e = notes(20000, 20000);
    const problems = textProblems(e);
    expect(problems).toEqual([
      {
        code: "text-too-long",
        field: `${item.id} 扣分说明`,
        length: 40000 + JOIN,
        limit: CELL_TEXT_LIMIT,
        sharedWith: line,
      },
    ]);
    // The model's own check finds the same cell and names it the same way.
    expect(modelTextProblems(model(e))).toEqual(problems);
    const zh = formatProblem(problems[0]!, "zh-CN");
    const en = formatProblem(problems[0]!, "en-US");
    expect(zh).toContain(`${item.id} 的本项扣分说明与 ${line} 的扣分说明同在一个单元格`);
    expect(zh).toContain(`${40000 + JOIN} 个字符`);
    expect(zh).toContain("32767");
    expect(zh).toContain("请缩短本项或本行的扣分说明");
    expect(en).toContain(
      `the note of ${item.id} and the note of its first line ${line} share one cell`
    );
    expect(en).toContain("shorten the item note or the line note");
  });

  test("exactly 32,767 as written is written and read back whole; 32,768 is refused", async () => {
    const fits = notes(20000, CELL_TEXT_LIMIT - 20000 - JOIN);
    expect(textProblems(fits)).toEqual([]);
    expect(modelTextProblems(model(fits))).toEqual([]);
    const read = await readXlsxScoresheet(Buffer.from(await writeXlsx(model(fits))), "x.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.sheet.evaluation.items[item.id]?.notes).toEqual(fits.items[item.id]!.notes);

    const over = notes(20000, CELL_TEXT_LIMIT - 20000 - JOIN + 1);
    expect(textProblems(over)).toMatchObject([{ length: CELL_TEXT_LIMIT + 1, sharedWith: line }]);
    expect(modelTextProblems(model(over))).toMatchObject([{ sharedWith: line }]);
  });

  test("a note that fits as typed but not as written (its escapes) is refused, with both lengths", () => {
    // `_x41_` is stored as `_x005F_x41_`: 5 characters typed, 11 written.
    const escaped = "_x41_".repeat(6000);
    expect(escaped.length).toBeLessThan(CELL_TEXT_LIMIT);
    expect(writtenLength(escaped)).toBe(66000);
    const alone = evaluation("", escaped);
    const problems = textProblems(alone);
    expect(problems).toEqual([
      {
        code: "text-too-long",
        field: `${line} 扣分说明`,
        length: 66000,
        limit: CELL_TEXT_LIMIT,
        typed: 30000,
      },
    ]);
    expect(modelTextProblems(model(alone))).toEqual(problems);
    expect(formatProblem(problems[0]!, "zh-CN")).toContain("按写入计 66000 个字符");
    expect(formatProblem(problems[0]!, "en-US")).toContain("66000 as written");

    // Together: 20,000 + 7,000 typed fit a cell, but the line note's escapes take the two over.
    const shared = evaluation("项".repeat(20000), "_x41_".repeat(1400));
    const together = 20000 + 7000 + JOIN;
    expect(together).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(textProblems(shared)).toEqual([
      {
        code: "text-too-long",
        field: `${item.id} 扣分说明`,
        length: together + 1400 * 6,
        limit: CELL_TEXT_LIMIT,
        sharedWith: line,
      },
    ]);
    expect(modelTextProblems(model(shared))).toEqual(textProblems(shared));
  });
});

describe("an item note alone still takes its 【本项】 mark in the cell", () => {
  /** The characters 【本项】 adds to an item note with no line note. */
  const MARK = joinNotes("a", undefined).length - 1;

  test.each([
    [
      "no line note",
      (n: number): Evaluation => ({
        format: EVALUATION_FORMAT,
        meta: {},
        items: { [item.id]: { notes: { [item.id]: "项".repeat(n) } } },
      }),
    ],
    ["an empty line note", (n: number) => notes(n, 0)],
  ])(
    "%s: the limit less the mark fits and is read back whole; one more is refused by engine and layout alike",
    async (_, make) => {
      expect(MARK).toBe(4);
      const fits = make(CELL_TEXT_LIMIT - MARK);
      expect(textProblems(fits)).toEqual([]);
      expect(modelTextProblems(model(fits))).toEqual([]);
      const read = await readXlsxScoresheet(Buffer.from(await writeXlsx(model(fits))), "x.xlsx");
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      expect(read.sheet.evaluation.items[item.id]?.notes?.[item.id]).toBe(
        "项".repeat(CELL_TEXT_LIMIT - MARK)
      );

      // 32,764 to 32,767 characters fit a cell alone but not behind the mark: `score` and `new` both refuse them.
      for (const n of [CELL_TEXT_LIMIT - MARK + 1, CELL_TEXT_LIMIT]) {
        const over = make(n);
        const problems = textProblems(over);
        expect(problems).toEqual([
          {
            code: "text-too-long",
            field: `${item.id} 扣分说明`,
            length: n + MARK,
            limit: CELL_TEXT_LIMIT,
            sharedWith: line,
            markOnly: true,
          },
        ]);
        expect(modelTextProblems(model(over))).toEqual(problems);
        const zh = formatProblem(problems[0]!, "zh-CN");
        const en = formatProblem(problems[0]!, "en-US");
        expect(zh).toBe(
          `错误：${item.id} 的本项扣分说明写在第一行 ${line} 的扣分说明单元格中，加上“【本项】”标记后按写入计 ${n + MARK} 个字符，超过 Excel 单元格上限 32767；请缩短本项扣分说明后再写入，原文未作改动`
        );
        expect(en).toContain(
          `the note of ${item.id} is written in the note cell of its first line ${line}`
        );
        expect(en).toContain(`${n + MARK} characters as written`);
      }
      // Past the limit alone it is named alone, as before.
      expect(textProblems(make(CELL_TEXT_LIMIT + 1))).toEqual([
        {
          code: "text-too-long",
          field: `${item.id} 扣分说明`,
          length: CELL_TEXT_LIMIT + 1,
          limit: CELL_TEXT_LIMIT,
        },
      ]);
    }
  );
});

describe("the writer cuts nothing", () => {
  test("a text over the limit as written reaching it is a bug: it throws, it does not cut", async () => {
    expect(xlsxText("长".repeat(CELL_TEXT_LIMIT))).toHaveLength(CELL_TEXT_LIMIT);
    expect(() => xlsxText("长".repeat(CELL_TEXT_LIMIT + 1))).toThrow(/internal error/);
    expect(() => xlsxText("_x41_".repeat(3000))).toThrow(/internal error/);
    await expect(writeXlsx(model(notes(20000, 20000)))).rejects.toThrow(/internal error/);
  });
});

describe("texts the layout fits on purpose", () => {
  test("fitText fits as written, marker included, and leaves a text that fits alone", () => {
    const marker = () => "…（全文见别处）";
    expect(fitText("短", marker)).toBe("短");
    const plain = fitText("长".repeat(40000), marker);
    expect(writtenLength(plain)).toBe(CELL_TEXT_LIMIT);
    expect(plain.endsWith(marker())).toBe(true);
    const escapes = fitText("_x41_".repeat(7000), marker);
    expect(writtenLength(escapes)).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(writtenLength(escapes)).toBeGreaterThan(CELL_TEXT_LIMIT - 11);
    // Never half a surrogate pair.
    const emoji = fitText("😀".repeat(20000), marker);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test("chunkText gives pieces that fit as written and join to the text, cut anywhere", async () => {
    const text = `${"_x41_".repeat(9000)}${"😀".repeat(9000)}${"a".repeat(9000)}`;
    const chunks = chunkText(text, 32000);
    expect(chunks.join("")).toBe(text);
    for (const c of chunks) {
      expect(writtenLength(c)).toBeLessThanOrEqual(32000);
      expect(c).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    // Written cell by cell and read back, the pieces join to the text again.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    chunks.forEach((c, i) => (ws.getCell(1, i + 1).value = xlsxText(c)));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const cells = chunks.map((_, i) => {
      const value = back.getWorksheet("s")!.getCell(1, i + 1).value;
      return typeof value === "string" ? value : JSON.stringify(value);
    });
    expect(cells.join("")).toBe(text);
  });
});
