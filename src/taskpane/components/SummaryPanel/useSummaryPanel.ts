import { useId, useMemo } from "react";
import { problemCounts } from "../../../engine";
import { useStrings } from "../../i18n";
import { usePresenter } from "../../present";
import type { SummaryFigures, SummaryPanelProps, SummaryPanelState } from "./SummaryPanel.types";

/** Scores as the sheet shows them: integers plainly, halves and rates with at most two decimals. */
export function formatScore(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(2).replace(/0+$/, "").replace(/\.$/, "");
}

/** Subtotals against computed maxima (declared ones and the gap note where they differ), total and verdict. */
export function useSummaryPanel(props: SummaryPanelProps): SummaryPanelState {
  const strings = useStrings();
  const headingId = useId();
  const { live, exists } = props;
  // The standard's notes load after the first paint; until then the panel reads as not read yet.
  const presenter = usePresenter(live);
  const figures = useMemo<SummaryFigures | undefined>(() => {
    if (!live?.hasScoresheet || !presenter) return undefined;
    const { report, progress } = live;
    // The same count as the problem list's (one definition: problemCounts over the live problems).
    const { errors } = problemCounts(live.problems);
    return {
      rows: report.tables.map((t) => ({
        id: t.id,
        title: t.title,
        score: formatScore(t.score),
        max: formatScore(t.max),
        declared: t.declaredMax !== t.max ? formatScore(t.declaredMax) : undefined,
        note: presenter.tableNote(t.id, strings.locale),
      })),
      total: formatScore(report.total),
      max: formatScore(report.max),
      declared: report.declaredMax !== report.max ? formatScore(report.declaredMax) : undefined,
      totalNote: presenter.totalNote(strings.locale),
      passMark: report.passMark,
      pass: report.pass,
      errors,
      pending: errors > 0 ? presenter.pendingVerdict(errors, strings.locale) : undefined,
      itemsWithDeductions: progress.itemsWithDeductions,
      notesMissing: progress.notesMissing,
      items: progress.items,
    };
  }, [live, presenter, strings.locale]);
  return {
    strings,
    headingId,
    figures,
    emptyText: exists === false ? strings.summary.noScoresheet : strings.summary.empty,
  };
}
