import type { MergeResult } from "../../../merge/consensus";
import type { MergeStrings, Strings } from "../../i18n";

export interface ConsensusPanelProps {
  result: MergeResult;
}

/** One item of the consensus as the pane shows it (numbers formatted, names joined). */
export interface ConsensusItemRow {
  readonly id: string;
  readonly title: string;
  readonly cap: string;
  readonly consensus: string;
  readonly min: string;
  readonly max: string;
  readonly spread: string;
  /** Undefined when every expert gave the same score. */
  readonly lowest: string | undefined;
  readonly highest: string | undefined;
  /** "不适用：张一；正常：王二、李三" when the experts disagree on the status. */
  readonly conflict: string | undefined;
  readonly flagged: boolean;
  readonly notes: number;
}

export interface ConsensusSubtotalRow {
  readonly id: string;
  readonly title: string;
  readonly score: string;
  readonly max: string;
  readonly declared: string | undefined;
}

export interface ConsensusPanelState {
  strings: Strings;
  t: MergeStrings;
  headingId: string;
  itemsHeadingId: string;
  total: string;
  max: string;
  declared: string | undefined;
  pass: boolean;
  applied: string;
  /** The trimmed mean was chosen but fell back to the mean (fewer than 5 experts). */
  fellBack: boolean;
  experts: number;
  flaggedCount: number;
  /** The merge's own notes (group size, fallback), in the pane's language. */
  notes: readonly string[];
  /** The items shown: the flagged ones, or all (flagged first). */
  items: readonly ConsensusItemRow[];
  allCount: number;
  showAll: boolean;
  toggleAll: () => void;
  subtotals: readonly ConsensusSubtotalRow[];
  /** "、" or ", " between names. */
  separator: string;
}
