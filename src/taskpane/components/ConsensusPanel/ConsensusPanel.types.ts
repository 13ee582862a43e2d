import type { MergeResult } from "../../../merge/consensus";
import type { AgreedEntry } from "../../../office/types";
import type { MergeStrings, Strings } from "../../i18n";

export interface ConsensusPanelProps {
  result: MergeResult;
  /** Records the group's decision on an item (issue 12); without it the items show no agreed-score form. */
  onAgree?: (entry: AgreedEntry) => void;
  /** While a decision is being written. */
  agreeing?: boolean;
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
  /** The cap as a number, for the agreed-score form. */
  readonly capValue: number;
  /** "张一、李三": the experts whose score stands apart (畸高畸低); undefined when none. */
  readonly outliers: string | undefined;
  /** "方法结果 8.2 → 评议后得分 9" when the group settled the item; its reason; a dissent. */
  readonly resolved: string | undefined;
  readonly reason: string | undefined;
  readonly dissent: string | undefined;
  /** The plan's reason when the group's plan fixed the item as 不适用 (7.2): the form takes no agreed score. */
  readonly planReason: string | undefined;
  /** What the form starts from: the recorded decision. */
  readonly initial: { readonly agreed: string; readonly reason: string; readonly dissent: string };
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
  /** The merge's own notes (group size, fallback, a reason without an agreed score), in the pane's language. */
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
