/**
 * The 评估组 sheet's own words and frame (src/layout/evaluationSheets/groupSheet.ts): its columns (headers, widths,
 * the four hidden ones), the two lists' alerts and the tab colour, written out here by hand from the source and
 * the standard (4.2: 标准化, 行业专家, 管理人员; a leader). Its formulas are checked by groupSheetFormulas and
 * groupSheetSpaces; these are the words a person reads. Built inside each test.
 */
import { buildGroupSheet } from "../../src/layout/evaluationSheets";

describe("the group sheet's words", () => {
  test("ten columns: six shown with their headers and widths, then the id and three hidden counters", () => {
    const sheet = buildGroupSheet();
    expect(sheet.columns.map((c) => [c.header, c.width, c.hidden === true])).toEqual([
      ["序号", 6, false],
      ["姓名", 12, false],
      ["领域", 12, false],
      ["工作单位", 30, false],
      ["组内角色", 10, false],
      ["专家来源/备注", 24, false],
      ["编号", 10, true],
      ["计人", 6, true],
      ["标准化", 6, true],
      ["组长", 6, true],
    ]);
  });

  test("the lists' alerts name the allowed words, joined by 、", () => {
    const sheet = buildGroupSheet();
    expect(
      sheet.validations.map((v) =>
        v.kind === "list" ? [v.errorTitle, v.errorMessage, v.options] : [v.kind]
      )
    ).toEqual([
      [
        "领域无效",
        "请从列表中选择：标准化、行业专家、管理人员（4.2）",
        ["标准化", "行业专家", "管理人员"],
      ],
      ["角色无效", "请从列表中选择：组长、成员", ["组长", "成员"]],
    ]);
  });

  test("the sheet prints portrait on one page's width, with the evaluation sheets' purple tab", () => {
    const sheet = buildGroupSheet();
    expect(sheet.tabColor).toBe("#7030A0");
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToWidth: true });
  });
});
