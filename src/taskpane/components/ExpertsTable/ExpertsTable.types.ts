import type { MergeStrings, Strings } from "../../i18n";

/** One problem of a file, in the pane's language, without the file name (the row names it). */
export interface ProblemLine {
  readonly key: string;
  readonly severity: "error" | "warning";
  readonly text: string;
}

/** One picked file: the expert it holds (or why it was refused) and its problems. */
export interface ExpertRow {
  readonly key: number;
  readonly file: string;
  /** Undefined when the file was refused; "" when the scoresheet names no evaluator. */
  readonly evaluator: string | undefined;
  readonly total: string | undefined;
  readonly pass: boolean | undefined;
  readonly problems: readonly ProblemLine[];
  readonly errors: number;
  readonly warnings: number;
}

export interface ExpertsTableProps {
  rows: readonly ExpertRow[];
  onRemove: (key: number) => void;
  onClear: () => void;
  /** While files are being read, nothing can be removed. */
  disabled: boolean;
}

export interface ExpertsTableState {
  strings: Strings;
  t: MergeStrings;
  /** "：" or ": " between a severity and its message. */
  colon: string;
  verdictText: (pass: boolean | undefined) => string;
}
