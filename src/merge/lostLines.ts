/**
 * Which requirement lines of an item lost points in a group: a consensus agrees on items, not lines, but the lines
 * no expert deducted on did not lose points, and the report and the remediation plan must not list them as if they
 * had (new user's finding 6).
 */
import { isRateInput, rateDeduction } from "../engine";
import type { Evaluation, ItemStatus } from "../engine";
import type { ItemDef } from "../standard";

/**
 * The ids of the item's lines on which at least one expert who scored the item normally lost points (a deduction
 * above 0, or a rate below the top tier), in the standard's order. Inputs an expert's status ignores (不适用,
 * 应有未有) and values the engine refuses count for nothing, as in the expert's own score.
 *
 * @param def the item (only deduction items have lines; others give [])
 * @param experts each expert's evaluation and the status the engine gave the item
 */
export function lostLines(
  def: ItemDef,
  experts: readonly { readonly evaluation: Evaluation; readonly status: ItemStatus }[]
): string[] {
  if (def.kind !== "deduction") return [];
  return def.lines
    .filter((line) =>
      experts.some(({ evaluation, status }) => {
        if (status !== "normal") return false;
        const raw = evaluation.items[def.id]?.lines?.[line.id];
        if (line.kind === "rate")
          return (
            raw !== undefined &&
            isRateInput(raw) &&
            typeof raw.rate === "number" &&
            raw.rate >= 0 &&
            raw.rate <= 100 &&
            rateDeduction(line, raw.rate) > 0
          );
        return typeof raw === "number" && Number.isFinite(raw) && raw > 0;
      })
    )
    .map((line) => line.id);
}
