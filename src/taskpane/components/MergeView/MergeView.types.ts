import type { MergeCandidate } from "../../../merge/checks";
import type { MergeMethod, MergeResult } from "../../../merge/consensus";
import type { AgreedEntry, ScoresheetAdapter } from "../../../office/types";
import type { ConsensusSnapshot } from "../../consensus";
import type { SaveFile } from "../../files/download";
import type { MergeStrings, Operation, Strings } from "../../i18n";
import type { ExpertRow } from "../ExpertsTable";
import type { Notice } from "../ScoresheetView";

export interface MergeViewProps {
  /** Receives short outcome messages for the pane's polite status line. */
  onStatus?: (message: string) => void;
  /** Saves a downloaded file; the browser download by default (tests pass a spy). */
  save?: SaveFile;
  /** Receives the consensus whenever it changes (undefined while there is none), for the Report view. */
  onConsensus?: (snapshot: ConsensusSnapshot | undefined) => void;
  /** The clock for the merge record and the consensus workbook's identity (tests fix it). */
  now?: () => Date;
}

/** A picked file once read: only its candidate is kept, never its bytes. */
export interface FileEntry {
  readonly key: number;
  readonly candidate: MergeCandidate;
}

export interface MergeViewState {
  strings: Strings;
  t: MergeStrings;
  headingId: string;
  adapter: ScoresheetAdapter | null;
  notices: readonly Notice[];
  dismiss: (operation: Operation) => void;
  rows: readonly ExpertRow[];
  /** While files are read: which one of how many. */
  reading: { readonly done: number; readonly total: number; readonly file: string } | undefined;
  addFiles: (files: File[]) => void;
  remove: (key: number) => void;
  clear: () => void;
  method: MergeMethod;
  setMethod: (value: string) => void;
  /** Some files have errors and others none: the secretary may merge the valid ones only. */
  canSkipInvalid: boolean;
  /** How many files a merge of the valid ones leaves out. */
  invalidFiles: number;
  skipInvalid: boolean;
  setSkipInvalid: (value: boolean) => void;
  /** Fewer than 5 experts read: the trimmed mean would fall back to the mean. */
  showFallback: boolean;
  result: MergeResult | undefined;
  writing: boolean;
  downloading: boolean;
  write: () => void;
  download: () => void;
  /** Records the group's decision on an item in the consensus, and in the 共识 sheet once written (issue 12). */
  agree: (entry: AgreedEntry) => void;
  agreeing: boolean;
  /** The deviation limit as typed (percent), and whether it is valid (else the last valid one applies). */
  limitText: string;
  limitValid: boolean;
  setLimitText: (value: string) => void;
}
