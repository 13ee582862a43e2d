import type { LazyExoticComponent } from "react";
import type { SelectTabEventHandler, Theme } from "@fluentui/react-components";
import type { ScoresheetAdapter } from "../../../office/types";
import type { ConsensusSnapshot } from "../../consensus";
import type { SaveFile } from "../../files/download";
import type { Locale, Strings, ViewId } from "../../i18n";
import type { MergeView } from "../MergeView/MergeView";
import type { ReportView } from "../ReportView/ReportView";
import type { RollupView } from "../RollupView/RollupView";

export type ThemeName = "light" | "dark";

export interface AppProps {
  /** Overrides Office's display language (the preview and tests use it). */
  locale?: Locale;
  /** Overrides the Office theme (the preview and tests use it). */
  themeName?: ThemeName;
  /**
   * The workbook connection: the Office.js adapter in Excel and in the preview, a fake in tests.
   * Omitted or null: no Excel (the pane says so and offers what works without it).
   */
  adapter?: ScoresheetAdapter | null;
  /** Saves downloaded files; the browser download by default (tests pass a spy). */
  save?: SaveFile;
  /** Pause between the blank copies' downloads, in ms. */
  downloadGapMs?: number;
  /** The view shown first (the scoresheet by default). */
  initialView?: ViewId;
  /** The clock of merges and consensus workbooks (tests fix it). */
  now?: () => Date;
}

export interface AppState {
  locale: Locale;
  strings: Strings;
  themeName: ThemeName;
  theme: Theme;
  adapter: ScoresheetAdapter | null;
  /** Text of the polite live region #gridscore-status. */
  status: string;
  setStatus: (message: string) => void;
  view: ViewId;
  onTabSelect: SelectTabEventHandler;
  /** Views opened at least once: they stay mounted (hidden) so their work survives a tab switch. */
  visited: ReadonlySet<ViewId>;
  MergeView: LazyExoticComponent<typeof MergeView>;
  ReportView: LazyExoticComponent<typeof ReportView>;
  RollupView: LazyExoticComponent<typeof RollupView>;
  /** Loads the lazy views again after a failed load. */
  retryViews: () => void;
  /** Loads of the lazy views so far (a key that resets their error boundaries). */
  attempt: number;
  consensus: ConsensusSnapshot | undefined;
  setConsensus: (snapshot: ConsensusSnapshot | undefined) => void;
}
