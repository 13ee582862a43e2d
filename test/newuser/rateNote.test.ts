/**
 * A new user's finding 11, checked and found not real: the rule for a note on a rate line (A.1.4.4) is the same in
 * the engine, the workbook's 检查 formula and the pane (which shows the engine's warnings). The standard asks for no
 * note at all; gridscore asks for one wherever a line loses points (README: Validation), and a rate line loses
 * points below 100%. So: a note is asked for below 100% without a note, never at 100%, never with a note, never on
 * an item marked 不适用, and never on A.7.1/A.7.2 (award items, not deductions). Values worked by hand from the tiers
 * (100% → 0; ≥ 50% → 1; ≥ 30% → 2; below → 3).
 */
import { EVALUATION_FORMAT, scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { COL, buildScoresheet } from "../../src/layout";
import { evaluateModel } from "../support/hfWorkbook";
import { inputRows } from "../support/layoutCells";

const identity = {
  workbookId: "wb-1",
  createdAt: "2026-11-28T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};
const HINT = "提示：有扣分但缺扣分说明；";

describe("a rate line asks for a note exactly where it loses points, in the engine and the workbook", () => {
  test.each<[number, string | undefined, string | undefined, number, string]>([
    [100, undefined, undefined, 0, ""],
    [99.99, undefined, undefined, 1, HINT],
    [50, undefined, undefined, 1, HINT],
    [45, "完成率45%", undefined, 2, ""],
    [29.99, undefined, undefined, 3, HINT],
    [0, undefined, "na", 3, ""], // entered, ignored: 不适用 keeps full marks (7.2)
  ])(
    "rate %p%%, note %p, status %p: deducts %p, check %p",
    (rate, note, status, deduction, check) => {
      const evaluation: Evaluation = {
        format: EVALUATION_FORMAT,
        meta: {},
        items: {
          "A.1.4": {
            ...(status ? { status } : {}),
            lines: { "A.1.4.4": { rate } },
            ...(note ? { notes: { "A.1.4.4": note } } : {}),
          },
          "A.7.1": { value: 50 },
          "A.7.2": { value: 5 },
        },
      };
      const report = scoreEvaluation(evaluation);
      const a14 = report.items.find((i) => i.id === "A.1.4")!;
      expect(a14.deduction).toBe(deduction);
      const engineAsks = report.warnings.some(
        (w) => w.code === "missing-note" && w.lineId === "A.1.4.4"
      );
      expect(engineAsks).toBe(check === HINT);
      // Award items lose points without asking for a note.
      expect(
        report.warnings.filter((w) => w.code === "missing-note" && w.itemId.startsWith("A.7"))
      ).toEqual([]);

      const model = buildScoresheet({ identity, evaluation });
      const wb = evaluateModel(model);
      expect(wb.value("A.1", inputRows(model).get("A.1.4.4")!.row, COL.check)).toBe(check);
      wb.destroy();
    }
  );
});
