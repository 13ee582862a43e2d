/**
 * Boundary cases built by construction, for every comparison the workbook makes: the pass mark (8.3), the A.7.1 and
 * A.7.2 award tiers, the A.1.4.4 rate tiers, a line's maximum and an item's cap (7.3).
 *
 * Each case is an evaluation (the JSON model), so it stays valid whatever the cells look like, and every expected
 * figure is written down by hand from the standard's text, not computed by the code under test.
 */
import { EVALUATION_FORMAT } from "../../src/engine";
import type { Evaluation, ItemInput } from "../../src/engine";
import { STANDARD } from "../../src/standard";

export type ExpectedVerdict = "合格" | "不合格";

export interface BoundaryCase {
  readonly name: string;
  readonly evaluation: Evaluation;
  /** Expected item scores, by item id. */
  readonly items: Readonly<Record<string, number>>;
  readonly total?: number;
  readonly verdict?: ExpectedVerdict;
  /** Engine problem codes expected among the errors / warnings (exactly these, ignoring missing-value). */
  readonly errors?: readonly string[];
  readonly warnings?: readonly string[];
  /** Line ids whose check cell must say the line's maximum is exceeded (and, for every other line entered, not). */
  readonly aboveLineMax?: readonly string[];
  /** Item id → whether its check must say the deductions pass the cap. */
  readonly beyondCap?: Readonly<Record<string, boolean>>;
}

const evaluation = (items: Record<string, ItemInput>): Evaluation => ({
  format: EVALUATION_FORMAT,
  meta: {},
  items,
});

const absent = (ids: readonly string[]): Record<string, ItemInput> =>
  Object.fromEntries(ids.map((id) => [id, { status: "absent" }]));

const tableItems = (tableId: string): string[] =>
  STANDARD.tables.find((t) => t.id === tableId)!.items.map((i) => i.id);

/** Notes for every line entered, so that "missing-note" warnings do not hide the ones a case is about. */
const deductions = (lines: Record<string, number>): ItemInput => ({
  lines,
  notes: Object.fromEntries(Object.keys(lines).map((id) => [id, "边界"])),
});

/*
 * Totals. Nothing entered scores 495 − 60 = 435: A.7.1–A.7.4 score 0 until a value is entered.
 * Marking every item of A.4 (115 points) and of A.7 (60) 应有未有 leaves 495 − 175 = 320.
 */
const base320 = { ...absent(tableItems("A.4")), ...absent(tableItems("A.7")) };

export const TOTAL_CASES: readonly BoundaryCase[] = [
  {
    // 320 − A.2.2 (8) − A.2.3 (6) − A.2.4 (6) = 300: exactly the pass mark, 合格 (8.3: 300分及以上).
    name: "a total of exactly 300",
    evaluation: evaluation({ ...base320, ...absent(["A.2.2", "A.2.3", "A.2.4"]) }),
    items: { "A.2.2": 0, "A.2.3": 0, "A.2.4": 0, "A.2.1": 10, "A.4.1": 0, "A.7.1": 0 },
    total: 300,
    verdict: "合格",
  },
  {
    // The same, and 0.01 off A.1.1.3 (max 1): 299.99, 不合格.
    name: "a total of 299.99",
    evaluation: evaluation({
      ...base320,
      ...absent(["A.2.2", "A.2.3", "A.2.4"]),
      "A.1.1": deductions({ "A.1.1.3": 0.01 }),
    }),
    items: { "A.1.1": 4.99 },
    total: 299.99,
    verdict: "不合格",
  },
  {
    // 320 − 8 − 6 = 306; A.1.1 loses 2 + 2 + 0.99 = 4.99 (scores 0.01) and A.1.3 loses 1 (scores 4): 300.01.
    name: "a total of 300.01",
    evaluation: evaluation({
      ...base320,
      ...absent(["A.2.2", "A.2.3"]),
      "A.1.1": deductions({ "A.1.1.1": 2, "A.1.1.2": 2, "A.1.1.3": 0.99 }),
      "A.1.3": deductions({ "A.1.3.2": 1 }),
    }),
    items: { "A.1.1": 0.01, "A.1.3": 4, "A.2.4": 6 },
    total: 300.01,
    verdict: "合格",
  },
  {
    // 306 − A.1.1 (5, 应有未有) − A.1.2 losing 0.1 + 0.2 + 0.7 = 1: exactly 300, though 0.1 + 0.2 + 0.7 in binary
    // floating point is 1.0000000000000002.
    name: "a total of exactly 300 reached through decimal deductions",
    evaluation: evaluation({
      ...base320,
      ...absent(["A.2.2", "A.2.3", "A.1.1"]),
      "A.1.2": deductions({ "A.1.2.1": 0.1, "A.1.2.2": 0.2, "A.1.2.3": 0.7 }),
    }),
    items: { "A.1.1": 0, "A.1.2": 9 },
    total: 300,
    verdict: "合格",
  },
  {
    // 300 as above, and 0.5 + 0.5 off A.1.3: 299, 不合格.
    name: "a total of 299",
    evaluation: evaluation({
      ...base320,
      ...absent(["A.2.2", "A.2.3", "A.2.4"]),
      "A.1.3": deductions({ "A.1.3.2": 0.5, "A.1.3.3": 0.5 }),
    }),
    items: { "A.1.3": 4 },
    total: 299,
    verdict: "不合格",
  },
];

/** A.7.1 (服务对象满意度): 90%以上 20, 80%以上 15, 60%以上 10, below 0. 以上 includes the number. */
export const A71_EDGES: readonly (readonly [number, number])[] = [
  [100, 20],
  [90, 20],
  [89.99, 15],
  [80, 15],
  [79.99, 10],
  [60, 10],
  [59.99, 0],
  [0, 0],
];

/** A.7.2 (缩短时间率): 80% 20, 60% 18, 50% 16, 30% 14, 20% 12, 10% 10, below 0. */
export const A72_EDGES: readonly (readonly [number, number])[] = [
  [100, 20],
  [80, 20],
  [79.99, 18],
  [60, 18],
  [59.99, 16],
  [50, 16],
  [49.99, 14],
  [30, 14],
  [29.99, 12],
  [20, 12],
  [19.99, 10],
  [10, 10],
  [9.99, 0],
  [0, 0],
];

/** A.1.4.4 (培训完成率) → the score of A.1.4 (cap 10): 100% deducts 0, 50%以上 1, 30%以上 2, below 3. */
export const A144_EDGES: readonly (readonly [number, number])[] = [
  [100, 10],
  [99.99, 9],
  [50, 9],
  [49.99, 8],
  [30, 8],
  [29.99, 7],
  [0, 7],
];

/** One evaluation per row: the k-th edge of A.7.1, A.7.2 and A.1.4.4 together (fewer workbooks to recalculate). */
export const TIER_CASES: readonly BoundaryCase[] = A72_EDGES.map((_, k) => {
  const items: Record<string, ItemInput> = {};
  const expected: Record<string, number> = {};
  const a71 = A71_EDGES[k];
  const a72 = A72_EDGES[k]!;
  const a144 = A144_EDGES[k];
  items["A.7.2"] = { value: a72[0] };
  expected["A.7.2"] = a72[1];
  if (a71) {
    items["A.7.1"] = { value: a71[0] };
    expected["A.7.1"] = a71[1];
  }
  if (a144) {
    items["A.1.4"] = { lines: { "A.1.4.4": { rate: a144[0] } }, notes: { "A.1.4.4": "边界" } };
    expected["A.1.4"] = a144[1];
  }
  const name = `A.7.2 at ${a72[0]}%${a71 ? `, A.7.1 at ${a71[0]}%` : ""}${a144 ? `, A.1.4.4 at ${a144[0]}%` : ""}`;
  return { name, evaluation: evaluation(items), items: expected };
});

/*
 * A line's maximum and an item's cap, on A.1.7 (cap 10; lines A.1.7.1 max 5, A.1.7.2–A.1.7.6 max 1 each,
 * A.1.7.7 max 2, A.1.7.8 max 1: 13 in all, so its deductions can pass the cap with every line valid).
 */
export const LIMIT_CASES: readonly BoundaryCase[] = [
  {
    name: "a deduction exactly at its line's maximum (A.1.7.1 = 5)",
    evaluation: evaluation({ "A.1.7": deductions({ "A.1.7.1": 5 }) }),
    items: { "A.1.7": 5 },
    errors: [],
    warnings: [],
    aboveLineMax: [],
    beyondCap: { "A.1.7": false },
  },
  {
    name: "a deduction just above its line's maximum (A.1.7.1 = 5.01)",
    evaluation: evaluation({ "A.1.7": deductions({ "A.1.7.1": 5.01 }) }),
    // Refused as an error; meanwhile counted as entered, as the workbook counts it.
    items: { "A.1.7": 4.99 },
    errors: ["above-line-max"],
    warnings: [],
    aboveLineMax: ["A.1.7.1"],
    beyondCap: { "A.1.7": false },
  },
  {
    name: "deductions just below the item's cap (9.99 of 10)",
    evaluation: evaluation({
      "A.1.7": deductions({
        "A.1.7.1": 5,
        "A.1.7.2": 1,
        "A.1.7.3": 1,
        "A.1.7.4": 1,
        "A.1.7.5": 0.99,
        "A.1.7.6": 1,
      }),
    }),
    items: { "A.1.7": 0.01 },
    errors: [],
    warnings: [],
    aboveLineMax: [],
    beyondCap: { "A.1.7": false },
  },
  {
    name: "deductions exactly at the item's cap (10 of 10)",
    evaluation: evaluation({
      "A.1.7": deductions({
        "A.1.7.1": 5,
        "A.1.7.2": 1,
        "A.1.7.3": 1,
        "A.1.7.4": 1,
        "A.1.7.5": 1,
        "A.1.7.6": 1,
      }),
    }),
    items: { "A.1.7": 0 },
    errors: [],
    warnings: [],
    aboveLineMax: [],
    beyondCap: { "A.1.7": false },
  },
  {
    name: "deductions just above the item's cap (10.01 of 10): 扣完为止, 0",
    evaluation: evaluation({
      "A.1.7": deductions({
        "A.1.7.1": 5,
        "A.1.7.2": 1,
        "A.1.7.3": 1,
        "A.1.7.4": 1,
        "A.1.7.5": 1,
        "A.1.7.6": 1,
        "A.1.7.8": 0.01,
      }),
    }),
    items: { "A.1.7": 0 },
    errors: [],
    warnings: ["beyond-cap"],
    aboveLineMax: [],
    beyondCap: { "A.1.7": true },
  },
];

/** 7.2 (不适用 → the cap, 应有未有 → 0) on every kind of item, the A.7.3/A.7.4 levels, and blank inputs. */
export const STATUS_CASES: readonly BoundaryCase[] = [
  {
    name: "不适用 scores the cap on every kind of item, whatever is entered",
    evaluation: evaluation({
      "A.1.7": { status: "na", lines: { "A.1.7.1": 5 }, notes: { "A.1.7.1": "边界" } },
      "A.7.1": { status: "na", value: 10 },
      "A.7.3": { status: "na", level: "none" },
    }),
    items: { "A.1.7": 10, "A.7.1": 20, "A.7.3": 10 },
  },
  {
    name: "应有未有 scores 0 on every kind of item, whatever is entered",
    evaluation: evaluation({
      "A.1.7": { status: "absent" },
      "A.7.2": { status: "absent", value: 95 },
      "A.7.4": { status: "absent", level: "significant" },
    }),
    items: { "A.1.7": 0, "A.7.2": 0, "A.7.4": 0 },
  },
  {
    // A.7.3: 国家级 10, 省级 5, 地（市）级 3; A.7.4: 显著提高 10, 提高10%以上 5, 提高5%以上 3.
    name: "A.7.3 provincial and A.7.4 over 10%",
    evaluation: evaluation({ "A.7.3": { level: "provincial" }, "A.7.4": { level: "over10" } }),
    items: { "A.7.3": 5, "A.7.4": 5 },
  },
  {
    name: "A.7.3 municipal and A.7.4 over 5%",
    evaluation: evaluation({ "A.7.3": { level: "municipal" }, "A.7.4": { level: "over5" } }),
    items: { "A.7.3": 3, "A.7.4": 3 },
  },
  {
    name: "A.7.3 national and A.7.4 none",
    evaluation: evaluation({ "A.7.3": { level: "national" }, "A.7.4": { level: "none" } }),
    items: { "A.7.3": 10, "A.7.4": 0 },
  },
  {
    // Nothing entered: deduction items keep their cap, A.7 items score 0 (reported as missing).
    name: "nothing entered",
    evaluation: evaluation({}),
    items: { "A.1.4": 10, "A.1.7": 10, "A.7.1": 0, "A.7.2": 0, "A.7.3": 0, "A.7.4": 0 },
    total: 435,
    verdict: "合格",
  },
];

export const BOUNDARY_CASES: readonly BoundaryCase[] = [
  ...TOTAL_CASES,
  ...TIER_CASES,
  ...LIMIT_CASES,
  ...STATUS_CASES,
];
