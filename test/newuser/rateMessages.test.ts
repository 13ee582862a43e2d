/**
 * A new user's finding 5: a rate (A.1.4.4, A.7.1, A.7.2: percents, stored as fractions in the workbook) is named in
 * messages as the user typed and sees it, with %, and its limit as 0%–100%.
 */
import { formatProblem, scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";

function messages(items: Evaluation["items"]): string[] {
  const report = scoreEvaluation({ format: "gridscore-evaluation/1", meta: {}, items });
  return report.errors.flatMap((p) => [formatProblem(p, "zh-CN"), formatProblem(p, "en-US")]);
}

describe("rate values in messages are percents, as the cell shows them", () => {
  test("9200% typed into A.1.4.4 (the cell holds 92): 9200% outside 0%–100%", () => {
    const [zh, en] = messages({ "A.1.4": { lines: { "A.1.4.4": { rate: 9200 } } } });
    expect(zh).toContain("：百分比 9200% 超出 0%–100% 范围；请改填 0%–100% 之间的百分数，如 92.5%");
    expect(en).toContain(
      ": the percentage 9200% is outside 0%–100%; enter a percent within 0%–100%"
    );
    expect(zh).not.toMatch(/0–100(?!%)/);
  });

  test("A.7.1 and A.7.2 say the same", () => {
    const all = messages({ "A.7.1": { value: 150 }, "A.7.2": { value: 100.5 } });
    expect(all[0]).toContain("A.7.1");
    expect(all[0]).toContain("百分比 150% 超出 0%–100% 范围");
    expect(all[2]).toContain("A.7.2");
    expect(all[2]).toContain("百分比 100.5% 超出 0%–100% 范围");
  });

  test("too many decimals on a rate shows the percent; on a deduction, the number", () => {
    const [zhDeduction, , zh, en] = messages({
      "A.1.4": { lines: { "A.1.4.4": { rate: 92.345 } } },
      "A.1.2": { lines: { "A.1.2.1": 1.125 }, notes: { "A.1.2.1": "x" } },
    });
    expect(zh).toContain("：百分比 92.345% 超过2位小数，按0计；百分比最多填2位小数，如 92.25%");
    expect(en).toContain(": the percentage 92.345% has more than 2 decimals and counts 0");
    expect(zhDeduction).toContain("：1.125 超过2位小数，按0计；请最多填2位小数");
  });

  test("a negative rate shows the percent and the range", () => {
    const [zh, en] = messages({ "A.7.2": { value: -5 } });
    expect(zh).toContain("：百分比 -5% 不能为负数，应在 0%–100% 之间");
    expect(en).toContain(": the percentage -5% must not be negative");
  });
});
