import type { Severity } from "../../../engine";
import type { LiveState } from "../../../office/types";
import type { Strings } from "../../i18n";

export interface ProblemsPanelProps {
  live: LiveState | undefined;
  onSelect: (sheet: string, cell: string) => void;
  /** Whether selecting is possible (an adapter is connected). */
  canSelect: boolean;
}

export interface ProblemRow {
  readonly key: string;
  readonly severity: Severity;
  readonly message: string;
  /** "工作表 A.1，单元格 G12", when the problem is located. */
  readonly location: string | undefined;
  /** The cell to go to; absent when unlocated or on a sheet Excel cannot show (hidden, very hidden). */
  readonly target: { readonly sheet: string; readonly cell: string } | undefined;
  /** Why there is no go-to for a located problem: its sheet is hidden (the identity sheet is very hidden). */
  readonly unreachable: string | undefined;
}

export interface ProblemsPanelState {
  strings: Strings;
  headingId: string;
  errors: number;
  warnings: number;
  rows: readonly ProblemRow[];
  /** Problems beyond the listed ones. */
  hidden: number;
  /** No live state yet (no scoresheet, or not read yet). */
  waiting: boolean;
}
