import fc from "fast-check";
import { scoreEvaluation, sumExact } from "../../src/engine";
import {
  FC_SEED,
  runs,
  anyEvaluation,
  evaluationWithTotal,
  validEvaluation,
} from "../support/arbitraries";

describe("engine properties", () => {
  test("no input can make an item leave [0, cap] or the total exceed the computed maximum", () => {
    fc.assert(
      fc.property(anyEvaluation, (evaluation) => {
        const r = scoreEvaluation(evaluation);
        for (const item of r.items) {
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(item.cap);
          expect(Number.isFinite(item.score)).toBe(true);
        }
        for (const t of r.tables) expect(t.score).toBeLessThanOrEqual(t.max);
        expect(r.total).toBeLessThanOrEqual(r.max);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.pass).toBe(r.total >= 300);
      }),
      { numRuns: runs(500), seed: FC_SEED }
    );
  });

  test("valid evaluations produce no errors, and subtotals are the sums of item scores", () => {
    fc.assert(
      fc.property(validEvaluation, (evaluation) => {
        const r = scoreEvaluation(evaluation);
        expect(r.errors).toEqual([]);
        for (const t of r.tables) {
          const sum = r.items.filter((i) => i.tableId === t.id).reduce((s, i) => s + i.score, 0);
          expect(t.score).toBeCloseTo(sum, 9);
        }
      }),
      { numRuns: runs(300), seed: FC_SEED }
    );
  });

  test("adding a deduction never raises a score, and lowers it by the deduction while the item is above 0", () => {
    fc.assert(
      fc.property(
        validEvaluation,
        fc.oneof(
          fc.constantFrom(0.01, 0.5, 4),
          fc.integer({ min: 1, max: 400 }).map((n) => n / 100)
        ),
        (evaluation, extra) => {
          const before = scoreEvaluation(evaluation);
          const a12 = evaluation.items["A.1.2"];
          const lines = { ...(a12?.lines ?? {}) };
          const current = typeof lines["A.1.2.1"] === "number" ? lines["A.1.2.1"] : 0;
          // Exact decimal addition (README: Numbers): 4 + 2.06 typed is 6.06, not 6.0600000000000005.
          lines["A.1.2.1"] = sumExact([current, extra]);
          const after = scoreEvaluation({
            ...evaluation,
            items: { ...evaluation.items, "A.1.2": { ...a12, lines } },
          });
          const itemBefore = before.items.find((i) => i.id === "A.1.2")!.score;
          const itemAfter = after.items.find((i) => i.id === "A.1.2")!.score;
          expect(after.total).toBeLessThanOrEqual(before.total);
          if (a12?.status === "na" || a12?.status === "absent") {
            // 7.2: the status decides; deductions on the item are not counted.
            expect(itemAfter).toBe(itemBefore);
            expect(after.total).toBe(before.total);
          } else {
            // 7.3: cap − deductions, stopping at 0 (A.1.2's cap is 10).
            expect(itemAfter).toBeCloseTo(Math.max(0, itemBefore - extra), 9);
            expect(after.total).toBeCloseTo(before.total - (itemBefore - itemAfter), 9);
            if (itemBefore > 0) expect(after.total).toBeLessThan(before.total);
          }
        }
      ),
      { numRuns: runs(200), seed: FC_SEED }
    );
  });

  test("a total of exactly 300 passes and 299.99 fails (8.3), whatever items it is made of", () => {
    for (const [target, pass] of [
      [300, true],
      [299.99, false],
    ] as const)
      fc.assert(
        fc.property(evaluationWithTotal(target), (evaluation) => {
          const r = scoreEvaluation(evaluation);
          expect(r.errors).toEqual([]);
          expect(r.total).toBeCloseTo(target, 9);
          expect(r.pass).toBe(pass);
          expect(r.verdict).toBe(pass ? "合格" : "不合格");
        }),
        { numRuns: runs(100), seed: FC_SEED }
      );
  });
});
