/**
 * The eligibility rule (src/layout/evaluationSheets/eligibility.ts) where mutation testing found it untested: a
 * missing application date beside two good dates (5.1 and 5.2 must not pass on the other dates alone), a date cell
 * holding only spaces (missing, not "no date"), a self-check total just under the pass mark (shown as 299.99,
 * never 300) and a total typed as ".55". Expected reasons are the rule's words, written out by hand.
 */
import { checkEligibility, readEligibilityDate } from "../../src/layout/evaluationSheets";
import type { EligibilityInput } from "../../src/layout/evaluationSheets";

function reasons(input: EligibilityInput): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const c of checkEligibility(input).conditions) out[c.id] = [c.status, c.reason];
  return out;
}

describe("the eligibility rule's survivors", () => {
  test("5.1 and 5.2 with no application date are incomplete, not met", () => {
    const r = reasons({
      operationStart: "2025-01-01",
      selfEvaluationDate: "2025-09-01",
      selfEvaluationScore: 400,
    });
    expect(r["5.1"]).toEqual(["incomplete", "未填写申请日期"]);
    expect(r["5.2"]).toEqual(["incomplete", "未填写申请日期"]);
  });

  test("a date of spaces only is missing, not a date that is no date", () => {
    expect(readEligibilityDate("   ")).toEqual({ kind: "missing" });
    expect(readEligibilityDate("")).toEqual({ kind: "missing" });
    expect(readEligibilityDate(undefined)).toEqual({ kind: "missing" });
    const r = reasons({
      operationStart: "  ",
      selfEvaluationDate: "2025-09-01",
      applicationDate: "2025-10-01",
      selfEvaluationScore: 400,
    });
    expect(r["5.1"]).toEqual(["incomplete", "未填写体系运行开始日期"]);
  });

  test("a total of 299.996 is below the pass mark of 300 and shown as 299.99", () => {
    const r = reasons({
      operationStart: "2025-01-01",
      selfEvaluationDate: "2025-09-01",
      applicationDate: "2025-10-01",
      selfEvaluationScore: 299.996,
    });
    expect(r["5.2"]).toEqual(["not-met", "自查总分299.99分，低于合格线300分（自查不合格）"]);
  });

  test('a total typed as ".55" is the number 0.55', () => {
    const r = reasons({
      operationStart: "2025-01-01",
      selfEvaluationDate: "2025-09-01",
      applicationDate: "2025-10-01",
      selfEvaluationScore: ".55",
    });
    expect(r["5.2"]).toEqual(["not-met", "自查总分0.55分，低于合格线300分（自查不合格）"]);
  });

  test("a real day before 1900 is no date to the sheet (its formulas hold none), 1900-01-01 is the first", () => {
    expect(readEligibilityDate("1899-12-31")).toEqual({ kind: "invalid" });
    expect(readEligibilityDate("1900-01-01")).toEqual({ kind: "date", iso: "1900-01-01" });
  });
});
