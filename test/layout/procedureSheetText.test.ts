/**
 * The procedure sheet's own words and frame (src/layout/evaluationSheets/procedure.ts): its columns (headers, widths,
 * the two hidden ones), the title, the instruction line, the header row, the date rule's alert and the signature
 * line, as written in the source and checked here character for character. Built inside each test.
 */
import { buildProcedureSheet } from "../../src/layout/evaluationSheets";
import { textAt } from "../support/layoutCells";

describe("the procedure sheet's words", () => {
  test("seven columns: five shown with their headers and widths, then the two hidden ones", () => {
    const sheet = buildProcedureSheet();
    expect(sheet.columns.map((c) => [c.header, c.width, c.hidden === true])).toEqual([
      ["条款", 7, false],
      ["评价程序（标准第6章）", 38, false],
      ["日期", 13, false],
      ["负责人/参加人员", 18, false],
      ["记录/说明", 30, false],
      ["", 2, true],
      ["编号", 10, true],
    ]);
  });

  test("the title, the instruction line and the header row", () => {
    const sheet = buildProcedureSheet();
    expect(textAt(sheet, 0, 0)).toBe("评价程序（标准第6章）");
    expect(textAt(sheet, 1, 0)).toBe(
      "按6.1至6.7的顺序开展评估；黄色单元格填写各步骤的日期、负责人或参加人员和记录（如查阅的资料、现场、调查对象数量）。"
    );
    expect([0, 1, 2, 3, 4].map((col) => textAt(sheet, 2, col))).toEqual([
      "条款",
      "评价程序",
      "日期",
      "负责人/参加人员",
      "记录/说明",
    ]);
    // The header row is the five shown columns only.
    expect(sheet.cells.filter((c) => c.row === 2).map((c) => c.col)).toEqual([0, 1, 2, 3, 4]);
  });

  test("the date rule's alert and the signature line under the seven steps", () => {
    const sheet = buildProcedureSheet();
    expect(sheet.validations[0]).toMatchObject({
      errorTitle: "日期无效",
      errorMessage: "请填写日期，如 2026-05-20",
    });
    // Rows 3 to 9 hold 6.1 to 6.7, row 10 is left blank, the signature is on row 11.
    expect(sheet.cells.some((c) => c.row === 10)).toBe(false);
    expect(textAt(sheet, 11, 0)).toBe(
      "评估组组长（签字）：______________    记录人：__________    日期：________年____月____日"
    );
  });
});
