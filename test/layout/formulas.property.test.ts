import fc from "fast-check";
import { scoreEvaluation } from "../../src/engine";
import { STANDARD } from "../../src/standard";
import { buildScoresheet, subtotalName } from "../../src/layout";
import { evaluateModel } from "../support/hfWorkbook";
import { validEvaluation } from "../support/arbitraries";
import { itemScoreCells } from "../support/layoutCells";

const identity = {
  workbookId: "test",
  createdAt: "2026-11-28T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};

describe("the workbook's formulas agree with the engine", () => {
  test("for random valid evaluations: every item score, subtotal, total and verdict (HyperFormula)", () => {
    fc.assert(
      fc.property(validEvaluation, (evaluation) => {
        const model = buildScoresheet({ evaluation, identity });
        const wb = evaluateModel(model);
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
        } finally {
          wb.destroy();
        }
      }),
      { numRuns: 200 }
    );
  });
});
