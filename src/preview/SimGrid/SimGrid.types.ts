import type { CSSProperties } from "react";
import type { SimHost } from "../../sim";
import type { Strings } from "../../taskpane/i18n";

export interface SimGridProps {
  /** The simulated workbook the pane's adapter talks to. */
  host: SimHost;
}

/** One drawn cell (merged cells are drawn once, with spans). */
export interface GridCell {
  readonly address: string;
  readonly text: string;
  /** Formula text, or the constant as typed: what the editor starts with. */
  readonly editText: string;
  readonly style: CSSProperties;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly locked: boolean;
  readonly numeric: boolean;
  /** The conditional format painted something on this cell. */
  readonly highlighted: boolean;
}

export interface GridRow {
  readonly index: number;
  readonly label: string;
  readonly height: number | undefined;
  readonly cells: readonly GridCell[];
}

export interface GridColumn {
  readonly index: number;
  readonly label: string;
  readonly width: number;
}

/** What Excel's stop alert would say; `retry` puts the rejected text back into the editor. */
export interface EditAlert {
  readonly title: string;
  readonly message: string;
  readonly retry: { readonly address: string; readonly text: string } | undefined;
}

export interface SimGridState {
  strings: Strings;
  sheets: readonly string[];
  activeSheet: string;
  protectedSheet: boolean;
  columns: readonly GridColumn[];
  rows: readonly GridRow[];
  frozenRows: number;
  selected: string;
  editing: { readonly address: string; readonly text: string } | undefined;
  alert: EditAlert | undefined;
  warning: { readonly title: string; readonly message: string } | undefined;
  status: string;
  nameBox: string;
  setNameBox: (text: string) => void;
  goToNameBox: () => void;
  activateSheet: (sheet: string) => void;
  selectCell: (address: string) => void;
  startEdit: (address: string, initial?: string) => void;
  setEditText: (text: string) => void;
  commitEdit: (move: "down" | "right" | "none") => void;
  cancelEdit: () => void;
  onGridKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void;
  retryAlert: () => void;
  closeAlert: () => void;
  dismissWarning: () => void;
  paste: (target: string, tsv: string) => void;
  /** Set when the grid should move focus to the selected cell after rendering. */
  focusRequest: number;
}
