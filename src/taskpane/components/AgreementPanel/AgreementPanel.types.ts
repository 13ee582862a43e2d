import type { MergeResult } from "../../../merge/consensus";
import type { DeliberationStrings } from "../../i18n/strings.deliberation";

export interface AgreementPanelProps {
  readonly result: MergeResult;
}

/** One expert's total and deviation as shown. */
export interface DeviationRow {
  readonly evaluator: string;
  readonly total: string;
  /** "+30.17%", "-0.33%", "0%" */
  readonly deviation: string;
  readonly needsExplanation: boolean;
  readonly explanation: string | undefined;
}

export interface AgreementPanelState {
  t: DeliberationStrings;
  captionId: string;
  /** "0.85" or the undefined word. */
  alpha: string;
  reading: string;
  limit: string;
  rows: readonly DeviationRow[];
}
