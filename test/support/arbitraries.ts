/**
 * fast-check generators of evaluations: valid ones (what a careful evaluator types) and arbitrary ones (anything).
 */
import fc from "fast-check";
import { STANDARD } from "../../src/standard";
import type { DeductionItemDef, ItemDef } from "../../src/standard";
import { EVALUATION_FORMAT } from "../../src/engine";
import type { CellValue, Evaluation, ItemInput, LineInput } from "../../src/engine";

/** The seed every property test runs with (FC_SEED overrides it to explore): failures reproduce on every run. */
export const FC_SEED = Number(process.env.FC_SEED ?? 20261129);

/** A property's run count; `npm run mutate` scales it down (FC_RUNS_SCALE) because it runs the tests per mutant. */
export function runs(n: number): number {
  return Math.max(5, Math.round(n * Number(process.env.FC_RUNS_SCALE ?? 1)));
}

/** Every edge a percentage is compared with: A.7.1 (60/80/90), A.7.2 (10/20/30/50/60/80), A.1.4.4 (30/50/100). */
export const PERCENT_EDGES: readonly number[] = [0, 10, 20, 30, 50, 60, 80, 90, 100];

/** Each edge and the values just below it, which a `>=` turned `>` (or the reverse) would score differently. */
const percentNearEdges: readonly number[] = PERCENT_EDGES.flatMap((e) =>
  e === 0 ? [0, 0.01] : [e, e - 0.01, e - 0.1]
);

/** 0 … max in half steps, with 0, the max and just below it drawn often. */
const halfSteps = (max: number): fc.Arbitrary<number> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(0, max, max - 0.01), weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2), weight: 2 }
  );
/** 0 … 100 in tenths, with every tier edge and the values just below it drawn half of the time. */
const percent: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...percentNearEdges),
  fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)
);

function validItem(def: ItemDef): fc.Arbitrary<ItemInput> {
  const status = fc.constantFrom<"normal" | "na" | "absent">(
    "normal",
    "normal",
    "normal",
    "normal",
    "na",
    "absent"
  );
  switch (def.kind) {
    case "deduction": {
      const lineArbs = def.lines.map((l) =>
        l.kind === "rate"
          ? fc.option(
              percent.map((rate): LineInput => ({ rate })),
              { nil: undefined }
            )
          : fc.option(halfSteps(l.maxDeduction), { nil: undefined })
      );
      return fc.tuple(status, fc.tuple(...lineArbs)).map(([s, values]) => {
        const lines: Record<string, LineInput> = {};
        const notes: Record<string, string> = {};
        values.forEach((v, i) => {
          if (v === undefined) return;
          const id = def.lines[i]!.id;
          lines[id] = v;
          notes[id] = `说明${i + 1}`;
        });
        return s === "normal" ? { lines, notes } : { status: s };
      });
    }
    case "tiered":
      return fc
        .tuple(status, percent)
        .map(([s, value]) => (s === "normal" ? { value } : { status: s }));
    case "level":
      return fc
        .tuple(status, fc.constantFrom(...def.options.map((o) => o.level)))
        .map(([s, level]) => (s === "normal" ? { level } : { status: s }));
  }
}

/** Evaluations a careful evaluator could produce: every value within its limits. */
export const validEvaluation: fc.Arbitrary<Evaluation> = fc
  .tuple(
    ...STANDARD.tables
      .flatMap((t) => t.items)
      .map((def) =>
        fc.option(validItem(def), { nil: undefined, freq: 3 }).map((i) => [def.id, i] as const)
      )
  )
  .map((entries) => {
    const items: Record<string, ItemInput> = {};
    for (const [id, input] of entries) if (input) items[id] = input;
    return { format: EVALUATION_FORMAT, meta: {}, items };
  });

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant(null)
);

/** Anything at all in every slot, including ids that do not exist and values of the wrong kind. */
export const anyEvaluation: fc.Arbitrary<Evaluation> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(...STANDARD.tables.flatMap((t) => t.items).map((i) => i.id)),
        fc.string({ maxLength: 6 })
      ),
      fc.record(
        {
          status: fc.oneof(fc.constantFrom("normal", "na", "absent"), anyCell),
          lines: fc.dictionary(
            fc.oneof(
              fc.constantFrom("A.1.2.1", "A.1.4.4", "A.1.7.3", "A.3.3.2", "A.5.1.5", "A.4.6.4.4"),
              fc.string({ maxLength: 8 })
            ),
            fc.oneof(
              anyCell,
              anyCell.map((rate) => ({ rate }))
            )
          ),
          value: anyCell,
          level: anyCell,
        },
        { requiredKeys: [] }
      )
    ),
    { maxLength: 30 }
  )
  .map((entries) => ({ format: EVALUATION_FORMAT, meta: {}, items: Object.fromEntries(entries) }));

/** The computed maximum (README: the items add up to 495) and what A.7 gives at full marks (20 + 20 + 10 + 10). */
const COMPUTED_MAX = 495;

const deductionItems: readonly DeductionItemDef[] = STANDARD.tables
  .flatMap((t) => t.items)
  .filter((i): i is DeductionItemDef => i.kind === "deduction");

/** A.7 at full marks, each by a top-tier value or 不适用. */
const a7Full = fc.tuple(
  fc.constantFrom<ItemInput>({ value: 90 }, { value: 95.5 }, { value: 100 }, { status: "na" }),
  fc.constantFrom<ItemInput>({ value: 80 }, { value: 100 }, { status: "na" }),
  fc.constantFrom<ItemInput>({ level: "national" }, { status: "na" }),
  fc.constantFrom<ItemInput>({ level: "significant" }, { status: "na" })
);

/**
 * Valid evaluations whose total is exactly `target` (to the hundredth), by construction: A.7 at full marks, then a
 * shuffled walk over the deduction items takes 495 − target off, marking some items 应有未有 and spreading the rest
 * over their lines within each line's maximum and the item's cap. Counted in hundredths, so no rounding creeps in.
 */
export function evaluationWithTotal(target: number): fc.Arbitrary<Evaluation> {
  const n = deductionItems.length;
  return fc
    .tuple(
      fc.shuffledSubarray([...deductionItems], { minLength: n, maxLength: n }),
      fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      a7Full
    )
    .map(([order, preferAbsent, [a71, a72, a73, a74]]) => {
      let remaining = Math.round((COMPUTED_MAX - target) * 100);
      const items: Record<string, ItemInput> = {
        "A.7.1": a71,
        "A.7.2": a72,
        "A.7.3": a73,
        "A.7.4": a74,
      };
      order.forEach((def, k) => {
        const cap = def.cap * 100;
        if (remaining <= 0) return;
        if (remaining >= cap && preferAbsent[k]) {
          items[def.id] = { status: "absent" };
          remaining -= cap;
          return;
        }
        let take = Math.min(remaining, cap);
        const lines: Record<string, LineInput> = {};
        const notes: Record<string, string> = {};
        for (const line of def.lines) {
          if (line.kind !== "deduction" || take === 0) continue;
          const x = Math.min(take, line.maxDeduction * 100);
          lines[line.id] = x / 100;
          notes[line.id] = "构造";
          take -= x;
          remaining -= x;
        }
        if (Object.keys(lines).length > 0) items[def.id] = { lines, notes };
      });
      return remaining === 0 ? { format: EVALUATION_FORMAT, meta: {}, items } : undefined;
    })
    .filter((e): e is Evaluation => e !== undefined);
}
