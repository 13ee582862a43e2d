/**
 * fast-check generators of evaluations: valid ones (what a careful evaluator types) and arbitrary ones (anything).
 */
import fc from "fast-check";
import { STANDARD } from "../../src/standard";
import type { ItemDef } from "../../src/standard";
import { EVALUATION_FORMAT } from "../../src/engine";
import type { CellValue, Evaluation, ItemInput, LineInput } from "../../src/engine";

const halfSteps = (max: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
const percent = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);

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
