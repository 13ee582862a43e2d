import type { Locale, LocatedProblem, Problem } from "../../engine";
import type { TableId } from "../../standard";

/** Words for a live state: problems and the standard's maximum notes (./livePresenter.ts, loaded lazily). */
export interface Presenter {
  /** The engine's message for one problem. */
  describeProblem(problem: Problem, locale: Locale): string;
  /** The engine's full line for a located problem, with its severity. */
  formatProblem(problem: LocatedProblem, locale: Locale): string;
  /** maxGapNote for a table whose declared maximum differs from its items' sum (A.4), else undefined. */
  tableNote(id: TableId, locale: Locale): string | undefined;
  /** The engine's pendingVerdictText: "结论待定：有 N 个错误". */
  pendingVerdict(errors: number, locale: Locale): string;
  /** totalGapNote for the whole sheet (8.2 declares 500). */
  totalNote(locale: Locale): string | undefined;
}
