/**
 * A merge result with the group's deliberation applied (issue 12): the pane records agreed scores, reasons and
 * dissents item by item, and every figure (consensus, subtotals, total, verdict, agreement, deviations) is
 * recomputed from the same expert scores by combineGroup, as a consensus workbook read back would be.
 */
import { combineGroup } from "./consensus";
import type { GroupScores, MergeResult } from "./consensus";

/** One item's deliberation: an agreed score already checked (deliberation.ts checkAgreed), its reason, a dissent. */
export interface ItemDeliberation {
  readonly agreed?: number;
  readonly reason?: string;
  readonly dissent?: string;
}

/** Warnings combineGroup adds itself; the others (the experts' own) are carried over. */
const GROUP_WARNINGS = new Set([
  "trimmed-fallback",
  "group-size",
  "status-conflict",
  "reason-without-agreed",
]);

/**
 * Applies the deliberation to a merge result.
 *
 * @param result a merge (mergeExperts, or a consensus read back); its record is kept as it is
 * @param items by item id; an item absent or without `agreed` keeps the method's result
 * @param explanations by expert name, their written explanations (书面说明)
 * @returns the recomputed result: `items[].resolution` and `dissent`, `experts[].explanation`
 */
export function applyDeliberation(
  result: MergeResult,
  items: ReadonlyMap<string, ItemDeliberation>,
  explanations: ReadonlyMap<string, string> = new Map()
): MergeResult {
  const group: GroupScores = {
    experts: result.experts.map((e) => {
      const explanation = explanations.get(e.evaluator) ?? e.explanation;
      return { file: e.file, evaluator: e.evaluator, ...(explanation ? { explanation } : {}) };
    }),
    items: new Map(
      result.items.map((i) => {
        const d = items.get(i.id);
        const agreed = d ? d.agreed : i.resolution?.agreed;
        const reason = d ? d.reason : (i.resolution?.reason ?? i.unappliedReason);
        const dissent = d ? d.dissent : i.dissent;
        return [
          i.id,
          {
            scores: i.scores,
            statuses: i.statuses,
            notes: i.notes,
            ...(i.lostLines ? { lostLines: i.lostLines } : {}),
            ...(agreed !== undefined
              ? { agreed, reason: reason ?? "" }
              : reason?.trim()
                ? { reason }
                : {}),
            ...(dissent ? { dissent } : {}),
          },
        ];
      })
    ),
  };
  const combined = combineGroup(
    group,
    result.record.method,
    result.record.mergedAt,
    result.record.inputs,
    result.warnings.filter((w) => !GROUP_WARNINGS.has(w.code)),
    result.deviationLimit
  );
  return { ...combined, record: result.record };
}
