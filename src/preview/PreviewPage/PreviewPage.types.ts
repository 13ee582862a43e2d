import type { ReactNode } from "react";
import type { Theme } from "@fluentui/react-components";
import type { ScoresheetAdapter } from "../../office/types";
import type { Strings } from "../../taskpane/i18n";

export interface PreviewPageProps {
  /**
   * The simulated worksheet view rendered inside #sim-grid. Omit for the placeholder; pass null
   * to leave #sim-grid empty for a view that mounts itself imperatively.
   */
  grid?: ReactNode;
  /** The adapter the pane uses (the real Office.js adapter over the simulator); none: the pane says so. */
  adapter?: ScoresheetAdapter | null;
}

export interface PreviewPageState {
  strings: Strings;
  theme: Theme;
  /** What #sim-grid contains: the given view, or the placeholder text when none was given. */
  grid: ReactNode;
  showPlaceholder: boolean;
}
