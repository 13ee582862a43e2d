/**
 * The plan's 失分合计 is added from the exact losses and rounded once (README: Numbers), never from the rows'
 * rounded figures, so it is the report's maximum minus its total. Worked by hand below.
 */
import * as path from "path";
import { FULL_A7, loadWorkbook, runCli, tmpDir, writeJson } from "../followup/support";
import { PLAN_COL, PLAN_ROWS, SUMMARY_COL } from "../../src/report/planSheet";
import { planLostTotal, shownLoss } from "../../src/report/plan";
import type { PlanRow } from "../../src/report/plan";
import { compareEvaluations } from "../../src/report/compare";
import { reportInputFromConsensus } from "../../src/report/consensus";
import { mergeExperts } from "../../src/merge";
import { Fraction, scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";

/**
 * Three experts; on each of A.1.1.1, A.1.2.1 and A.1.3.1 two deduct 1 and one deducts 0. By the mean each item
 * loses 2/3 (shown 0.67): the items score 13/3 of 5, 28/3 of 10 and 13/3 of 5. Exactly 3 × 2/3 = 2 points are
 * lost, so the total is 495 − 2 = 493; the rounded rows add up to 0.67 × 3 = 2.01.
 */
function expert(k: number): Evaluation {
  const d = k < 2 ? 1 : 0;
  return {
    format: "gridscore-evaluation/1",
    meta: {
      organization: "示例区网格化服务管理中心",
      level: "county",
      evaluator: ["甲", "乙", "丙"][k]!,
      role: "expert",
      date: "2026-06-02",
    },
    items: {
      "A.1.1": { lines: { "A.1.1.1": d } },
      "A.1.2": { lines: { "A.1.2.1": d } },
      "A.1.3": { lines: { "A.1.3.1": d } },
      ...FULL_A7,
    },
  };
}

async function consensusWorkbook(): Promise<{ dir: string; file: string; mergeOut: string }> {
  const dir = tmpDir();
  const inputs = [0, 1, 2].map((k) => writeJson(dir, `e${k}.json`, expert(k)));
  const file = path.join(dir, "共识.xlsx");
  const merged = await runCli(["merge", ...inputs, "-o", file]);
  expect(merged.code).toBe(0);
  return { dir, file, mergeOut: merged.out };
}

describe("plan: points lost are added exactly, rounded once", () => {
  test("CLI: a consensus losing 2/3 on three items prints 失分合计 2 分 (495 − 493), not 2.01", async () => {
    const { dir, file, mergeOut } = await consensusWorkbook();
    expect(mergeOut).toContain("共识总分 493 / 495");
    const out = path.join(dir, "整改台账.xlsx");
    const r = await runCli(["plan", file, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("整改事项 3 项，失分合计 2 分 / 3 finding(s), 2 point(s) lost");
    expect(r.out).not.toContain("2.01");
  }, 120_000);

  test("workbook: rows show 0.67 beside the hidden exact losses, the total adds those, a note says why the rows add to 2.01", async () => {
    const { dir, file } = await consensusWorkbook();
    const out = path.join(dir, "整改台账.xlsx");
    expect((await runCli(["plan", file, "-o", out])).code).toBe(0);
    const ws = (await loadWorkbook(out)).getWorksheet("整改台账")!;
    for (let k = 0; k < 3; k++) {
      const cell = ws.getCell(PLAN_ROWS.first + 1 + k, PLAN_COL.lost + 1);
      expect(cell.value).toBe(0.67);
      expect(cell.numFmt).toBe("0.00");
      const exactCell = ws.getCell(PLAN_ROWS.first + 1 + k, PLAN_COL.exactLost + 1);
      expect(exactCell.value as number).toBeCloseTo(2 / 3, 12);
    }
    expect(ws.getColumn(PLAN_COL.exactLost + 1).hidden).toBe(true);
    const total = ws.getCell(PLAN_ROWS.summary + 1, SUMMARY_COL.lost + 1).value as {
      formula: string;
    };
    const sumF = `ROUND(SUM($O$${PLAN_ROWS.first + 1}:$O$${PLAN_ROWS.first + 3}),9)`;
    expect(total.formula).toBe(`INT(${sumF})+1-ROUND(INT(${sumF})+1-${sumF},2)`);
    // SUM of the cells as written: 3 × 0.666… = 2 (binary noise removed by ROUND(…, 9)), not 2.01.
    const sum = [0, 1, 2]
      .map((k) => ws.getCell(PLAN_ROWS.first + 1 + k, PLAN_COL.exactLost + 1).value as number)
      .reduce((a, b) => a + b, 0);
    expect(Math.round(Math.round(sum * 1e9) / 1e7) / 100).toBe(2);
    const note = ws.getCell(3, 1).text;
    expect(note).toContain("失分按精确值合计（2分）");
    expect(note).toContain("相加为2.01分");
  }, 120_000);

  test("a half-hundredth loss: shown as the maximum minus the total as shown (0.99, not 1)", async () => {
    // Two experts deduct 1 and 0.99 on A.1.1.1: the mean loses 0.995, A.1.1 scores 4.005, shown 4.01 (half up);
    // the total 494.005 is shown 494.01, so 495 − 494.01 = 0.99 is lost as shown, not 0.995 rounded up to 1.
    const dir = tmpDir();
    const e = (k: number, d: number): string =>
      writeJson(dir, `h${k}.json`, {
        ...expert(k),
        items: { "A.1.1": { lines: { "A.1.1.1": d } }, ...FULL_A7 },
      });
    const consensus = path.join(dir, "共识.xlsx");
    const merged = await runCli(["merge", e(0, 1), e(1, 0.99), "-o", consensus]);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain("共识总分 494.01 / 495");
    const out = path.join(dir, "整改台账.xlsx");
    const r = await runCli(["plan", consensus, "-o", out]);
    expect(r.out).toContain("整改事项 1 项，失分合计 0.99 分");
    expect(shownLoss(new Fraction("199/200"))).toBe(0.99);
    expect(shownLoss(new Fraction("2/3"))).toBe(0.67);
    expect(shownLoss(new Fraction(0))).toBe(0);
  }, 120_000);

  test("planLostTotal adds exact fractions: 2/3 + 2/3 + 2/3 = 2; line rows of one evaluation stay exact", () => {
    const row = (exactLost: string, pointsLost: number): PlanRow => ({
      key: "k",
      itemId: "A.1.1",
      item: "",
      requirement: "",
      rule: "",
      pointsLost,
      exactLost,
      notes: "",
      flagged: false,
    });
    expect(planLostTotal([row("2/3", 0.67), row("2/3", 0.67), row("2/3", 0.67)]).toFraction()).toBe(
      "2"
    );
    // 0.1 + 0.2 as hundredths: 0.3 exactly.
    expect(planLostTotal([row("1/10", 0.1), row("1/5", 0.2)]).toFraction()).toBe("3/10");
  });

  test("compare: an item's loss from a consensus is the exact loss rounded once", () => {
    const experts = [0, 1, 2].map((k) => {
      const evaluation = expert(k);
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
    const input = reportInputFromConsensus(result, experts[0]!.evaluation.meta);
    // Same consensus on both sides: each of the three items loses 2/3, shown 0.67, on both.
    const c = compareEvaluations(input, input);
    expect(c.stillLosing.map((f) => [f.id, f.before, f.after])).toEqual([
      ["A.1.1", 0.67, 0.67],
      ["A.1.2", 0.67, 0.67],
      ["A.1.3", 0.67, 0.67],
    ]);
  });
});
