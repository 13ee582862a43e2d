/**
 * The plan's rows show the figures its 失分合计 adds (review fault): a consensus item losing exactly a
 * half-hundredth (0.995) showed 1.00 through the 0.00 format while 失分合计 counted 0.99, and an item losing under
 * 0.005 was left out of the rows though the report's total counts it. Now each row's 失分 is the exact loss rounded
 * once, half down, as the total is (the cap minus the score as shown), the exact loss sits beside it in a hidden
 * column that the totals add, and an item losing under 0.005 is listed (shown 0.00). Worked by hand below.
 */
import { Fraction, scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { mergeExperts } from "../../src/merge";
import { buildReportModel } from "../../src/report/build";
import { reportInputFromConsensus } from "../../src/report/consensus";
import { planLostTotal, planRows, shownLoss } from "../../src/report/plan";
import { PLAN_COL, PLAN_ROWS, SUMMARY_COL, buildPlanSheet } from "../../src/report/planSheet";
import { FULL_A7 } from "../followup/support";

/** An expert deducting `d` on A.1.1.1 (cap 5), with A.7 full. */
function expert(k: number, d: number): Evaluation {
  return {
    format: "gridscore-evaluation/1",
    meta: {
      organization: "示例区网格化服务管理中心",
      level: "county",
      evaluator: ["甲", "乙", "丙"][k]!,
      role: "expert",
      date: "2026-06-02",
    },
    items: { "A.1.1": { lines: { "A.1.1.1": d } }, ...FULL_A7 },
  };
}

/** The plan sheet of the mean of experts deducting the given points on A.1.1.1. */
function planOf(deductions: readonly number[]) {
  const experts = deductions.map((d, k) => {
    const evaluation = expert(k, d);
    return {
      file: `e${k}.json`,
      sha256: String(k).repeat(64),
      evaluator: evaluation.meta.evaluator!,
      evaluation,
      report: scoreEvaluation(evaluation),
      warnings: [],
    };
  });
  const result = mergeExperts(experts, "mean", "2026-06-03T00:00:00.000Z");
  const model = buildReportModel(reportInputFromConsensus(result, experts[0]!.evaluation.meta));
  const rows = planRows(model);
  const sheet = buildPlanSheet({
    model,
    rows,
    source: "共识.xlsx",
    createdAt: "2026-06-03T00:00:00.000Z",
    generator: "test",
  });
  const cell = (row: number, col: number) =>
    sheet.cells.find((c) => c.row === row && c.col === col)?.content;
  return { rows, sheet, cell };
}

const first = PLAN_ROWS.first;
/** The 失分合计 formula over the hidden exact column of `count` rows. */
const totalOver = (count: number): string => {
  const sum = `ROUND(SUM($O$${first + 1}:$O$${first + count}),9)`;
  return `INT(${sum})+1-ROUND(INT(${sum})+1-${sum},2)`;
};

describe("plan rows show what the total adds", () => {
  test("a half-hundredth: 1 and 0.99 deducted, mean 0.995, the row shows 0.99 as 失分合计 does", () => {
    const { rows, sheet, cell } = planOf([1, 0.99]);
    expect(rows.map((r) => [r.key, r.pointsLost, r.exactLost])).toEqual([
      ["A.1.1", 0.99, "199/200"],
    ]);
    // 失分 shows 0.99 (not the 1.00 the 0.00 format made of 0.995); the hidden column keeps 0.995.
    expect(cell(first, PLAN_COL.lost)).toEqual({ kind: "number", value: 0.99 });
    expect(cell(first, PLAN_COL.exactLost)).toEqual({ kind: "number", value: 0.995 });
    expect(sheet.columns[PLAN_COL.exactLost]).toMatchObject({ header: "精确失分", hidden: true });
    expect(sheet.columns[PLAN_COL.lost]!.hidden).toBeFalsy();
    expect(cell(PLAN_ROWS.summary, SUMMARY_COL.lost)).toEqual({
      kind: "formula",
      formula: totalOver(1),
    });
    expect(shownLoss(planLostTotal(rows))).toBe(0.99);
  });

  test("under 0.005: 0.01, 0 and 0 deducted, mean 1/300, the item is listed, shown 0.00", () => {
    const { rows, cell } = planOf([0.01, 0, 0]);
    expect(rows.map((r) => [r.key, r.pointsLost, r.exactLost])).toEqual([["A.1.1", 0, "1/300"]]);
    expect(cell(first, PLAN_COL.lost)).toEqual({ kind: "number", value: 0 });
    expect(cell(first, PLAN_COL.exactLost)).toEqual({
      kind: "number",
      value: new Fraction("1/300").valueOf(),
    });
    // The total, exact and rounded once half down: 1/300 shows 0.00 too, so the row and the total agree.
    expect(shownLoss(planLostTotal(rows))).toBe(0);
  });

  test("the 已完成事项失分 adds the same hidden exact column", () => {
    const { cell } = planOf([1, 0.99]);
    const covered = cell(PLAN_ROWS.summary, SUMMARY_COL.covered);
    expect(covered?.kind).toBe("formula");
    expect(covered?.kind === "formula" ? covered.formula : "").toContain(
      `,"已完成",$O$${first + 1}:$O$${first + 1})`
    );
  });
});
