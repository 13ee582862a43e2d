/**
 * The evaluation sheets' problem words (src/layout/evaluationSheets/sheetProblems.ts), called directly: each code's
 * sentence in both languages, written out in full by hand, the cell each names, the CLI's two lines per severity,
 * the engine problem it becomes and which problems belong to the 评估组 sheet. Every value is built in the test.
 */
import type { EvaluationSheetProblem } from "../../src/layout/evaluationSheets/read";
import {
  describeSheetProblem,
  formatSheetProblemLines,
  isGroupSheetProblem,
  sheetEntryNotKept,
  sheetProblemCell,
} from "../../src/layout/evaluationSheets/sheetProblems";

const FIELDS = "标准化 / 行业专家 / 管理人员";

describe("the evaluation sheets' problem words", () => {
  test("an unknown field: the typed value and the list's three labels, in both languages", () => {
    const p: EvaluationSheetProblem = {
      code: "unknown-field",
      sheet: "评估组",
      row: 4,
      col: 2,
      value: "财务",
    };
    expect(describeSheetProblem(p, true)).toBe(
      `领域“财务”不是下拉列表中的值（${FIELDS}）；请从列表中选择`
    );
    expect(describeSheetProblem(p, false)).toBe(
      `field "财务" is not one of the list's values (${FIELDS}); pick one from the list`
    );
    expect(sheetProblemCell(p)).toBe("C5");
  });

  test("an unknown role: the typed value and 组长 / 成员", () => {
    const p: EvaluationSheetProblem = {
      code: "unknown-role",
      sheet: "评估组",
      row: 5,
      col: 3,
      value: "副组长",
    };
    expect(describeSheetProblem(p, true)).toBe(
      "组内角色“副组长”不是下拉列表中的值（组长 / 成员）；请从列表中选择"
    );
    expect(describeSheetProblem(p, false)).toBe(
      `role "副组长" is not one of the list's values (组长 / 成员); pick one from the list`
    );
  });

  test("a duplicate id is named at the hidden id column G", () => {
    const p: EvaluationSheetProblem = {
      code: "duplicate-id",
      sheet: "评估组",
      row: 6,
      id: "group.member.2",
    };
    expect(sheetProblemCell(p)).toBe("G7");
    expect(describeSheetProblem(p, true)).toBe(
      "隐藏编号 group.member.2 重复（此行可能是复制的行），此行未读取；请删去复制的行，把内容填在原行中"
    );
    expect(describeSheetProblem(p, false)).toBe(
      "the hidden row id group.member.2 occurs twice (a copied row?), so this row is not read; delete the copied row and type its content in the original row"
    );
  });

  test("a date that is no date: with a suggestion, without one, and before 1900", () => {
    const base = { code: "unreadable-date", sheet: "评价条件", row: 3, col: 2 } as const;
    const suggested: EvaluationSheetProblem = {
      ...base,
      label: "申请日期",
      value: "2026.6.2",
      suggestion: "2026-06-02",
    };
    expect(describeSheetProblem(suggested, true)).toBe(
      "申请日期“2026.6.2”不是有效日期；如指 2026-06-02，请改为 2026-06-02"
    );
    expect(describeSheetProblem(suggested, false)).toBe(
      `申请日期 "2026.6.2" is no date; if it means 2026-06-02, type 2026-06-02`
    );
    const plain: EvaluationSheetProblem = { ...base, label: "申请日期", value: "下周" };
    expect(describeSheetProblem(plain, true)).toBe(
      "申请日期“下周”不是有效日期；请按 YYYY-MM-DD 填写，如 2026-05-20"
    );
    expect(describeSheetProblem(plain, false)).toBe(
      `申请日期 "下周" is no date; type it as YYYY-MM-DD, e.g. 2026-05-20`
    );
    const early: EvaluationSheetProblem = { ...base, label: "自评日期", value: "1899-12-31" };
    expect(describeSheetProblem(early, true)).toBe(
      "自评日期“1899-12-31”早于1900年1月1日，电子表格不能按日期计算；请核对年份"
    );
    expect(describeSheetProblem(early, false)).toBe(
      `自评日期 "1899-12-31" is before 1900-01-01, which no spreadsheet counts as a date; check the year`
    );
    // 1900-01-01 itself is a date to the sheet: not "before 1900", so the plain words.
    const first: EvaluationSheetProblem = { ...base, label: "自评日期", value: "1900-01-01" };
    expect(describeSheetProblem(first, true)).toBe(
      "自评日期“1900-01-01”不是有效日期；请按 YYYY-MM-DD 填写，如 2026-05-20"
    );
  });

  test("serial 60 is named as the day that never was, after the label", () => {
    const p: EvaluationSheetProblem = {
      code: "unreadable-date",
      sheet: "评价条件",
      row: 3,
      col: 2,
      label: "申请日期",
      value: "60",
      serial: 60,
    };
    expect(describeSheetProblem(p, true)).toBe(
      "申请日期：Excel 日期序号 60 是 1900年2月29日，这一天并不存在（1900年不是闰年，Excel 沿用了 Lotus 1-2-3 的错误）；请输入实有的日期，如 2026-06-02"
    );
    expect(describeSheetProblem(p, false)).toBe(
      "申请日期: Excel's date serial 60 is 1900-02-29, a day that never was (1900 is no leap year; Excel keeps Lotus 1-2-3's error); enter a real date, e.g. 2026-06-02"
    );
  });

  test("a member without a name, and a self-check total out of range", () => {
    const member: EvaluationSheetProblem = {
      code: "member-without-name",
      sheet: "评估组",
      row: 7,
      col: 1,
      filled: "工作单位“某院”",
    };
    expect(describeSheetProblem(member, true)).toBe(
      "此行填写了工作单位“某院”，但没有姓名，不计为评估组成员；请填写姓名，或清空此行"
    );
    expect(describeSheetProblem(member, false)).toBe(
      "this row has 工作单位“某院” but no name, so it is no member of the group; type the name, or clear the row"
    );
    const score: EvaluationSheetProblem = {
      code: "self-score-out-of-range",
      sheet: "评价条件",
      row: 8,
      col: 2,
      value: 600,
    };
    expect(describeSheetProblem(score, true)).toBe(
      "自查总分 600 不在 0 到 495 之间（附录A各项分值之和为495分，8.2 标注500分）；请核对自查总分"
    );
    expect(describeSheetProblem(score, false)).toBe(
      "the self-check total 600 is not between 0 and 495 (Appendix A's items add up to 495, 8.2 declares 500); check it"
    );
  });

  test("the CLI's two lines: error and warning, with and without a file", () => {
    const p: EvaluationSheetProblem = {
      code: "unknown-role",
      sheet: "评估组",
      row: 5,
      col: 3,
      value: "x",
    };
    const zhWords = "组内角色“x”不是下拉列表中的值（组长 / 成员）；请从列表中选择";
    const enWords = `role "x" is not one of the list's values (组长 / 成员); pick one from the list`;
    expect(formatSheetProblemLines(p, "error", "a.xlsx")).toBe(
      `错误：文件 a.xlsx，工作表 评估组，单元格 D6：${zhWords}\n  error: file a.xlsx, sheet 评估组, cell D6: ${enWords}\n`
    );
    expect(formatSheetProblemLines(p, "warning")).toBe(
      `提示：工作表 评估组，单元格 D6：${zhWords}\n  warning: sheet 评估组, cell D6: ${enWords}\n`
    );
  });

  test("the engine problem: code, entry, words and place, with the file only when given", () => {
    const p: EvaluationSheetProblem = {
      code: "duplicate-id",
      sheet: "评估组",
      row: 6,
      id: "group.member.2",
    };
    const words = {
      zh: "隐藏编号 group.member.2 重复（此行可能是复制的行），此行未读取；请删去复制的行，把内容填在原行中",
      en: "the hidden row id group.member.2 occurs twice (a copied row?), so this row is not read; delete the copied row and type its content in the original row",
    };
    expect(sheetEntryNotKept(p, "b.xlsx")).toEqual({
      code: "sheet-entry-not-kept",
      entry: p,
      words,
      where: { file: "b.xlsx", sheet: "评估组", cell: "G7" },
    });
    const noFile = sheetEntryNotKept(p);
    expect(noFile.where).toEqual({ sheet: "评估组", cell: "G7" });
    expect(Object.keys(noFile.where ?? {})).toEqual(["sheet", "cell"]);
  });

  test("which problems are the 评估组 sheet's", () => {
    const at = { sheet: "x", row: 1, col: 1 } as const;
    expect(
      isGroupSheetProblem({ code: "duplicate-id", sheet: "x", row: 1, id: "group.member.1" })
    ).toBe(true);
    expect(
      isGroupSheetProblem({ code: "duplicate-id", sheet: "x", row: 1, id: "eligibility.5.1" })
    ).toBe(false);
    // Only a prefix counts: an id holding "group." later is not a group row.
    expect(
      isGroupSheetProblem({ code: "duplicate-id", sheet: "x", row: 1, id: "procedure.group.1" })
    ).toBe(false);
    expect(isGroupSheetProblem({ ...at, code: "unknown-field", value: "v" })).toBe(true);
    expect(isGroupSheetProblem({ ...at, code: "unknown-role", value: "v" })).toBe(true);
    expect(isGroupSheetProblem({ ...at, code: "member-without-name", filled: "f" })).toBe(true);
    expect(isGroupSheetProblem({ ...at, code: "unreadable-date", label: "l", value: "v" })).toBe(
      false
    );
    expect(isGroupSheetProblem({ ...at, code: "self-score-out-of-range", value: 600 })).toBe(false);
  });
});
