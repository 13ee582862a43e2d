import fc from "fast-check";
import { scoreEvaluation } from "../../src/engine";
import { anyEvaluation, validEvaluation } from "../support/arbitraries";

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
      { numRuns: 500 }
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
      { numRuns: 300 }
    );
  });

  test("adding a deduction never raises a score", () => {
    fc.assert(
      fc.property(
        validEvaluation,
        fc.double({ min: 0, max: 4, noNaN: true }),
        (evaluation, extra) => {
          const before = scoreEvaluation(evaluation).total;
          const a12 = evaluation.items["A.1.2"];
          if (a12?.status === "na" || a12?.status === "absent") return;
          const lines = { ...(a12?.lines ?? {}) };
          const current = typeof lines["A.1.2.1"] === "number" ? lines["A.1.2.1"] : 0;
          lines["A.1.2.1"] = current + extra;
          const after = scoreEvaluation({
            ...evaluation,
            items: { ...evaluation.items, "A.1.2": { ...a12, lines } },
          }).total;
          expect(after).toBeLessThanOrEqual(before);
        }
      ),
      { numRuns: 200 }
    );
  });
});
