import type { Rollup } from "../../../rollup/types";
import type { RollupRead } from "../../../rollup/read";
import type { ScoresheetAdapter } from "../../../office/types";
import type { SaveFile } from "../../files/download";
import type { Strings } from "../../i18n";
import type { RollupStrings } from "./rollupStrings";

export interface RollupViewProps {
  /** Receives short outcome messages for the pane's polite status line. */
  onStatus?: (message: string) => void;
  /** Saves a downloaded file; the browser download by default (tests pass a spy). */
  save?: SaveFile;
}

/** One picked file once read: its unit row or its refusal (the bytes are dropped at once). */
export interface RollupEntry {
  readonly key: number;
  readonly read: RollupRead;
}

export interface RollupViewState {
  strings: Strings;
  t: RollupStrings;
  headingId: string;
  adapter: ScoresheetAdapter | null;
  reading: { readonly done: number; readonly total: number; readonly file: string } | undefined;
  addFiles: (files: File[]) => void;
  clear: () => void;
  /** The roll-up of the units read, once there is one. */
  rollup: Rollup | undefined;
  /** Evaluations of one unit that only the files' order told apart (rollup-undecided), each in the pane's language. */
  undecided: readonly string[];
  /** The files' other warnings (a stale consensus, a copy with no entries, …), each naming its file. */
  warnings: readonly string[];
  /** The last failure, in the pane's language. */
  error: string | undefined;
  /** Parts the host could not draw on the last write (table, data bars, chart …), named. */
  skipped: string | undefined;
  canWrite: boolean;
  writing: boolean;
  downloading: boolean;
  write: () => void;
  download: () => void;
}
