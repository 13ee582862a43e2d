export interface WarningListProps {
  /** Above the list, e.g. "提示（2）". */
  caption: string;
  /** One line per warning, in the pane's language, each naming its file (and sheet and cell when known). */
  lines: readonly string[];
  /** The region's data-testid. */
  testId: string;
}
