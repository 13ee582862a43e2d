/**
 * What the scoresheet view needs to put a live state into words: the engine's problem messages and the standard's
 * declared/computed maximum notes. Both bring the standard's tables with them, so this module is loaded with
 * import() (see ./index.ts) and stays out of the pane's first paint.
 */
import { describeProblem, formatProblem, pendingVerdictText } from "../../engine";
import { STANDARD, maxGapNote, totalGapNote } from "../../standard";
import type { Presenter } from "./types";

export const livePresenter: Presenter = {
  describeProblem: (problem, locale) => describeProblem(problem, locale),
  formatProblem: (problem, locale) => formatProblem(problem, locale),
  tableNote: (id, locale) => {
    const def = STANDARD.tables.find((d) => d.id === id);
    return def ? maxGapNote(def, locale) : undefined;
  },
  pendingVerdict: (errors, locale) => pendingVerdictText(errors, locale),
  totalNote: (locale) => totalGapNote(STANDARD, locale),
};
