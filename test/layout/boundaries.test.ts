/**
 * The workbook's own comparisons at their edges, recalculated by HyperFormula: the pass mark, every A.7.1/A.7.2 tier,
 * the A.1.4.4 rate tiers, a line's maximum and an item's cap. Expected figures are written by hand (support/boundaries).
 */
import { buildScoresheet } from "../../src/layout";
import {
  BOUNDARY_CASES,
  LIMIT_CASES,
  STATUS_CASES,
  TIER_CASES,
  TOTAL_CASES,
} from "../support/boundaries";
import type { BoundaryCase } from "../support/boundaries";
import { checkBoundaryCase } from "../support/boundaryCheck";
import { evaluateModel } from "../support/hfWorkbook";

const identity = {
  workbookId: "boundaries",
  createdAt: "2026-11-28T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};

function check(c: BoundaryCase): string[] {
  const model = buildScoresheet({ evaluation: c.evaluation, identity });
  const wb = evaluateModel(model);
  try {
    return checkBoundaryCase(c, model, { cell: wb.value, name: wb.name });
  } finally {
    wb.destroy();
  }
}

describe("boundary cases by construction, through HyperFormula", () => {
  test("there is a case for each edge of every comparison", () => {
    expect(TOTAL_CASES.map((c) => c.total)).toEqual(expect.arrayContaining([300, 299.99, 300.01]));
    expect(TIER_CASES).toHaveLength(14);
    expect(LIMIT_CASES).toHaveLength(5);
    expect(new Set(BOUNDARY_CASES.map((c) => c.name)).size).toBe(BOUNDARY_CASES.length);
  });

  test.each(TOTAL_CASES.map((c) => [c.name, c] as const))(
    "the pass mark (8.3, 300分及以上合格): %s",
    (_, c) => expect(check(c)).toEqual([])
  );

  test.each(TIER_CASES.map((c) => [c.name, c] as const))("tier edges: %s", (_, c) =>
    expect(check(c)).toEqual([])
  );

  test.each(LIMIT_CASES.map((c) => [c.name, c] as const))("limits: %s", (_, c) =>
    expect(check(c)).toEqual([])
  );

  test.each(STATUS_CASES.map((c) => [c.name, c] as const))("statuses and levels: %s", (_, c) =>
    expect(check(c)).toEqual([])
  );
});
