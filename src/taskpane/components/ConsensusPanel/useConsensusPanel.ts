import { useCallback, useId, useMemo, useState } from "react";
import { describeProblem } from "../../../engine";
import type { ItemStatus } from "../../../engine";
import { useStrings } from "../../i18n";
import { planNotApplicableReason } from "../../../merge/deliberation";
import { formatScore } from "../SummaryPanel/useSummaryPanel";
import type {
  ConsensusItemRow,
  ConsensusPanelProps,
  ConsensusPanelState,
} from "./ConsensusPanel.types";

/**
 * Whether a merge warning is the merge's own (group size, fallback, a reason without an agreed score, …), as
 * `gridscore merge` prints it: the experts' own name their file and are listed under it, and a status
 * disagreement is shown on its item.
 */
const isMergeNote = (w: { readonly code: string; readonly where?: { readonly file?: string } }) =>
  w.where?.file === undefined && w.code !== "status-conflict";

/** The consensus formatted for the pane: figures, flagged items first (or all on request), subtotals. */
export function useConsensusPanel(props: ConsensusPanelProps): ConsensusPanelState {
  const { result } = props;
  const strings = useStrings();
  const t = strings.merge;
  const headingId = useId();
  const itemsHeadingId = useId();
  const [showAll, setShowAll] = useState(false);
  const separator = strings.locale === "zh-CN" ? "、" : ", ";

  const rows = useMemo<ConsensusItemRow[]>(() => {
    const names = result.experts.map((e) => e.evaluator);
    const conflictText = (statuses: readonly ItemStatus[]): string =>
      (["na", "absent", "normal"] as const)
        .map((status) => ({
          status,
          who: names.filter((_, k) => statuses[k] === status),
        }))
        .filter((g) => g.who.length > 0)
        .map(
          (g) =>
            `${t.statuses[g.status]}${strings.locale === "zh-CN" ? "：" : ": "}${g.who.join(separator)}`
        )
        .join(strings.locale === "zh-CN" ? "；" : "; ");
    return result.items.map((item) => ({
      id: item.id,
      title: item.title,
      cap: formatScore(item.cap),
      consensus: formatScore(item.consensus),
      min: formatScore(item.min),
      max: formatScore(item.max),
      spread: formatScore(item.spread),
      lowest: item.spread > 0 ? item.lowest.join(separator) : undefined,
      highest: item.spread > 0 ? item.highest.join(separator) : undefined,
      conflict: item.statusConflict ? conflictText(item.statuses) : undefined,
      flagged: item.flagged,
      notes: item.notes.length,
      capValue: item.cap,
      outliers: item.outliers.length > 0 ? item.outliers.join(separator) : undefined,
      resolved: item.resolution
        ? t.deliberation.resolved(
            formatScore(item.resolution.methodResult),
            formatScore(item.resolution.agreed)
          )
        : undefined,
      reason: item.resolution?.reason || undefined,
      dissent: item.dissent,
      planReason: planNotApplicableReason(item.id, item.statuses, item.notes),
      initial: {
        agreed: item.resolution ? String(item.resolution.agreed) : "",
        reason: item.resolution?.reason ?? "",
        dissent: item.dissent ?? "",
      },
    }));
  }, [result, separator, strings.locale, t]);

  const flaggedCount = rows.filter((r) => r.flagged).length;
  const notes = useMemo(
    () => result.warnings.filter(isMergeNote).map((w) => describeProblem(w, strings.locale)),
    [result, strings.locale]
  );
  const toggleAll = useCallback(() => setShowAll((v) => !v), []);

  return {
    strings,
    t,
    headingId,
    itemsHeadingId,
    total: formatScore(result.total),
    max: formatScore(result.max),
    declared: result.declaredMax !== result.max ? formatScore(result.declaredMax) : undefined,
    pass: result.pass,
    applied: t.methods[result.record.applied],
    fellBack: result.record.applied !== result.record.method,
    experts: result.experts.length,
    flaggedCount,
    notes,
    items: showAll ? rows : rows.filter((r) => r.flagged),
    allCount: rows.length,
    showAll,
    toggleAll,
    subtotals: result.tables.map((table) => ({
      id: table.id,
      title: table.title,
      score: formatScore(table.score),
      max: formatScore(table.max),
      declared: table.declaredMax !== table.max ? formatScore(table.declaredMax) : undefined,
    })),
    separator,
  };
}
