import type { LiveState } from "../../../office/types";
import type { TableId } from "../../../standard";
import type { Strings } from "../../i18n";

export interface SummaryPanelProps {
  live: LiveState | undefined;
  /** Whether the workbook holds a scoresheet (undefined: not known yet). */
  exists: boolean | undefined;
  onRecheck: () => void;
  checking: boolean;
  canCheck: boolean;
}

export interface SummaryRow {
  readonly id: TableId;
  readonly title: string;
  readonly score: string;
  readonly max: string;
  /** The declared maximum where it differs from the computed one (A.4: 120). */
  readonly declared: string | undefined;
  /** maxGapNote in the pane's language, where the maxima differ. */
  readonly note: string | undefined;
}

export interface SummaryFigures {
  readonly rows: readonly SummaryRow[];
  readonly total: string;
  readonly max: string;
  readonly declared: string | undefined;
  readonly totalNote: string | undefined;
  readonly passMark: number;
  readonly pass: boolean;
  /** Errors in the scores (problemCounts): the verdict is pending while there are any. */
  readonly errors: number;
  /** The pending verdict's words while there are errors ("结论待定：有 N 个错误"), else undefined. */
  readonly pending: string | undefined;
  readonly itemsWithDeductions: number;
  readonly notesMissing: number;
  readonly items: number;
}

export interface SummaryPanelState {
  strings: Strings;
  headingId: string;
  figures: SummaryFigures | undefined;
  /** Shown instead of figures: not read yet, or no scoresheet in the workbook. */
  emptyText: string;
}
