import type { ScoresheetAdapter } from "../../../office/types";
import type { ConsensusSnapshot } from "../../consensus";
import type { SaveFile } from "../../files/download";
import type { Operation, ReportSource, ReportStrings, Strings } from "../../i18n";
import type { Notice } from "../ScoresheetView";

export interface ReportViewProps {
  /** Receives short outcome messages for the pane's polite status line. */
  onStatus?: (message: string) => void;
  /** Saves a downloaded file; the browser download by default (tests pass a spy). */
  save?: SaveFile;
  /** The latest consensus of the Merge view, if any. */
  consensus?: ConsensusSnapshot;
  /** The clock for the plan sheet's creation time (tests pass a fixed one). */
  now?: () => Date;
}

/** What the latest report said, shown under the buttons. */
export interface ReportOutcome {
  readonly title: string;
  readonly total: string;
  readonly pass: boolean;
}

export interface ReportViewState {
  strings: Strings;
  t: ReportStrings;
  headingId: string;
  adapter: ScoresheetAdapter | null;
  notices: readonly Notice[];
  dismiss: (operation: Operation) => void;
  source: ReportSource;
  setSource: (value: string) => void;
  /** Whether the chosen source can give a report now (a workbook connection, or a consensus). */
  available: boolean;
  hasConsensus: boolean;
  downloading: boolean;
  writing: boolean;
  download: () => void;
  writeSheet: () => void;
  last: ReportOutcome | undefined;
  /** The last report's source warnings as `gridscore report` prints them, in the pane's language. */
  warnings: readonly string[];
}
