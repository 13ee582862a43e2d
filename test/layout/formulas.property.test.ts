import fc from "fast-check";
import { scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { STANDARD } from "../../src/standard";
import { buildScoresheet, subtotalName } from "../../src/layout";
import { evaluateModelIncrementally } from "../support/hfWorkbook";
import { FC_SEED, runs, evaluationWithTotal, validEvaluation } from "../support/arbitraries";
import { itemScoreCells } from "../support/layoutCells";

const identity = {
  workbookId: "test",
  createdAt: "2026-11-28T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};

/** Workbook (HyperFormula) and engine agree on every item score, subtotal, the total and the verdict. */
function agree(evaluation: Evaluation): { total: unknown; verdict: unknown } {
  const model = buildScoresheet({ evaluation, identity });
  const wb = evaluateModelIncrementally(model);
  try {
    const report = scoreEvaluation(evaluation);
    const cells = itemScoreCells(model);
    for (const item of report.items) {
      const at = cells.get(item.id)!;
      expect([item.id, wb.value(at.sheet, at.row, at.col)]).toEqual([item.id, item.score]);
    }
    STANDARD.tables.forEach((t, i) =>
      expect(wb.name(subtotalName(t.id))).toBeCloseTo(report.tables[i]!.score, 9)
    );
    expect(wb.name("Total")).toBeCloseTo(report.total, 9);
    expect(wb.name("Verdict")).toBe(report.verdict);
    return { total: wb.name("Total"), verdict: wb.name("Verdict") };
  } finally {
    wb.destroy();
  }
}

describe("the workbook's formulas agree with the engine", () => {
  test("for random valid evaluations, drawn often at tier edges: every item score, subtotal, total and verdict (HyperFormula)", () => {
    fc.assert(
      fc.property(validEvaluation, (evaluation) => void agree(evaluation)),
      { numRuns: runs(200), seed: FC_SEED }
    );
  });

  // 8.3: 300分及以上为合格. Totals built to be exactly 300, a hundredth below and a hundredth above.
  test.each<[number, "合格" | "不合格"]>([
    [300, "合格"],
    [299.99, "不合格"],
    [300.01, "合格"],
  ])("for random valid evaluations totalling exactly %d: the verdict is %s", (target, verdict) => {
    fc.assert(
      fc.property(evaluationWithTotal(target), (evaluation) => {
        const { total, verdict: got } = agree(evaluation);
        expect(total).toBeCloseTo(target, 9);
        expect(got).toBe(verdict);
        expect(scoreEvaluation(evaluation)).toMatchObject({ verdict, pass: verdict === "合格" });
      }),
      { numRuns: runs(15), seed: FC_SEED }
    );
  });
});
