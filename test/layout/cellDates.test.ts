/**
 * A date cell is read as the day Excel shows, through the one conversion (layout/dates.ts gridDateText): ExcelJS
 * gives a date-formatted cell as a Date counted from 1899-12-30 without the fictitious 1900-02-29, so before
 * 1900-03-01 `toISOString` is one day early. Serial 60 (1900-02-29) is refused as a day that never was, and an
 * eligibility date that names no real day is told so, in the reader's words and in the sheet's (HyperFormula).
 * Expected values worked out by hand: serial 59 is 1900-02-28, 61 is 1900-03-01, 1 is 1900-01-01.
 */
import {
  CONDITION_COL,
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  buildEligibilitySheet,
  checkEligibility,
  dateFromCell,
  readEvaluationSheets,
} from "../../src/layout/evaluationSheets";
import { describeSheetProblem } from "../../src/layout/evaluationSheets/sheetProblems";
import { gridDateText } from "../../src/layout/dates";
import { evaluateSheet, rowOf } from "../report/support";
import { eligibilityGrid } from "../support/dateSpaces";

/** The Date ExcelJS gives for a date-formatted serial (lib/utils/utils.js excelToDate). */
const excelJsDate = (serial: number): Date => new Date(Math.round((serial - 25569) * 86400000));

describe("a Date cell is the day Excel shows", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"],
    [61, "1900-03-01"],
    [45658, "2025-01-01"],
  ])("serial %d reads %s", (serial, shown) => {
    expect(gridDateText(excelJsDate(serial))).toBe(shown);
    expect(dateFromCell(excelJsDate(serial))).toBe(shown);
    expect(dateFromCell(serial)).toBe(shown);
  });
});

describe("an eligibility date that names no real day is told so", () => {
  test.each([
    [
      "2026-02-30",
      "“2026-02-30” 的格式可以，但这一天不存在：2026年2月只有28天",
      "2026-02 has 28 days",
    ],
    ["2025年2月29日", "2025年2月只有28天（2025年不是闰年）", "(2025 is no leap year)"],
    ["2026-13-01", "没有13月这个月份", "there is no month 13"],
    [60, "Excel 日期序号 60 是 1900年2月29日", "Excel's date serial 60 is 1900-02-29"],
    [excelJsDate(60), "Excel 日期序号 60 是 1900年2月29日", "Excel's date serial 60 is 1900-02-29"],
  ] as const)("%p", (value, zh, en) => {
    const read = readEvaluationSheets(eligibilityGrid(value));
    expect(read.problems).toHaveLength(1);
    const p = read.problems[0]!;
    expect(p.code).toBe("unreadable-date");
    expect(describeSheetProblem(p, true)).toContain(zh);
    expect(describeSheetProblem(p, true)).not.toContain("不是有效日期");
    expect(describeSheetProblem(p, false)).toContain(en);
    // The rule and the sheet's own formula say the same: the day does not exist.
    const rule = checkEligibility(read.eligibility!).conditions[0]!;
    expect(rule.reason).toBe("体系运行开始日期是不存在的日期");
  });

  test("the sheet's formulas tell the same inputs apart as the reader (HyperFormula)", () => {
    const sheet = buildEligibilitySheet();
    const hf = evaluateSheet(sheet);
    const input = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
    const reason = rowOf(sheet, ELIGIBILITY_IDS.condition("5.1"));
    const cases: [string | number | boolean, string][] = [
      ["2026-02-30", "体系运行开始日期是不存在的日期"],
      ["2025年2月29日", "体系运行开始日期是不存在的日期"],
      ["2026/13/1", "体系运行开始日期是不存在的日期"],
      ["1900-02-29", "体系运行开始日期是不存在的日期"],
      [60, "体系运行开始日期是不存在的日期"],
      ["去年年底", "体系运行开始日期不是有效日期"],
      ["2026-6", "体系运行开始日期不是有效日期"],
      [0, "体系运行开始日期不是有效日期"],
      [true, "体系运行开始日期不是有效日期"],
      ["2026年6月2日", "未填写自我评价完成日期"],
      [61, "未填写自我评价完成日期"],
    ];
    for (const [v, words] of cases) {
      hf.set(input, ELIGIBILITY_COL.input, v);
      expect([v, hf.value(reason, CONDITION_COL.reason)]).toEqual([v, words]);
      // The reader and the rule agree.
      const rule = checkEligibility(readEvaluationSheets(eligibilityGrid(v)).eligibility!);
      expect([v, rule.conditions[0]!.reason]).toEqual([v, words]);
    }
    hf.destroy();
  });
});
