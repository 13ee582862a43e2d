import { useId, useMemo } from "react";
import { problemCounts, severityOf } from "../../../engine";
import { useStrings } from "../../i18n";
import { usePresenter } from "../../present";
import type { ProblemRow, ProblemsPanelProps, ProblemsPanelState } from "./ProblemsPanel.types";

/** Enough to work through; a pasted column of junk should not render thousands of buttons. */
export const MAX_LISTED_PROBLEMS = 100;

/** Errors first, then warnings (each in the adapter's order), described in the pane's language. */
export function useProblemsPanel(props: ProblemsPanelProps): ProblemsPanelState {
  const strings = useStrings();
  const headingId = useId();
  const { live } = props;
  // The engine's messages load after the first paint; until then the list waits as before a first read.
  const presenter = usePresenter(live);
  return useMemo(() => {
    if (!live?.hasScoresheet || !presenter)
      return { strings, headingId, errors: 0, warnings: 0, rows: [], hidden: 0, waiting: true };
    const problems = live.problems;
    // Excel cannot show a hidden sheet (Office.js cannot activate it): no go-to there, a note instead.
    const hiddenSheets = new Map(
      (live.hiddenSheets ?? []).map((h) => [h.name.toLowerCase(), h.visibility] as const)
    );
    const withSeverity = problems.map((p, index) => ({ p, index, severity: severityOf(p) }));
    const errors = withSeverity.filter((x) => x.severity === "error");
    const warnings = withSeverity.filter((x) => x.severity === "warning");
    const rows: ProblemRow[] = [...errors, ...warnings]
      .slice(0, MAX_LISTED_PROBLEMS)
      .map(({ p, index, severity }) => {
        const sheet = p.where?.sheet;
        const cell = p.where?.cell;
        const hidden = sheet ? hiddenSheets.get(sheet.toLowerCase()) : undefined;
        return {
          key: `${index}-${p.code}`,
          severity,
          message: presenter.describeProblem(p, strings.locale),
          location: sheet && cell ? strings.problems.location(sheet, cell) : sheet,
          target: sheet && cell && !hidden ? { sheet, cell } : undefined,
          unreachable:
            sheet && cell && hidden
              ? hidden === "veryHidden"
                ? strings.problems.onIdentitySheet(sheet)
                : strings.problems.onHiddenSheet(sheet)
              : undefined,
        };
      });
    return {
      strings,
      headingId,
      ...problemCounts(problems),
      rows,
      hidden: Math.max(0, problems.length - rows.length),
      waiting: false,
    };
  }, [headingId, live, presenter, strings]);
}
