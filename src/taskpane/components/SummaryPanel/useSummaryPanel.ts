import { useId, useMemo } from "react";
import { STANDARD, maxGapNote, totalGapNote } from "../../../standard";
import { problemCounts } from "../../../engine";
import { useStrings } from "../../i18n";
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
  const figures = useMemo<SummaryFigures | undefined>(() => {
    if (!live?.hasScoresheet) return undefined;
    const { report, progress } = live;
    return {
      rows: report.tables.map((t) => {
        const def = STANDARD.tables.find((d) => d.id === t.id);
        return {
          id: t.id,
          title: t.title,
          score: formatScore(t.score),
          max: formatScore(t.max),
          declared: t.declaredMax !== t.max ? formatScore(t.declaredMax) : undefined,
          note: def ? maxGapNote(def, strings.locale) : undefined,
        };
      }),
      total: formatScore(report.total),
      max: formatScore(report.max),
      declared: report.declaredMax !== report.max ? formatScore(report.declaredMax) : undefined,
      totalNote: totalGapNote(STANDARD, strings.locale),
      passMark: report.passMark,
      pass: report.pass,
      // The same count as the problem list's (one definition: problemCounts over the live problems).
      errors: problemCounts(live.problems).errors,
      itemsWithDeductions: progress.itemsWithDeductions,
      notesMissing: progress.notesMissing,
      items: progress.items,
    };
  }, [live, strings.locale]);
  return {
    strings,
    headingId,
    figures,
    emptyText: exists === false ? strings.summary.noScoresheet : strings.summary.empty,
  };
}
