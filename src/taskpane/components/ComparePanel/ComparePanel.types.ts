import type { ChangeEvent } from "react";
import type { LocatedProblem } from "../../../engine";
import type { Comparison } from "../../../report/compare";
import type { SaveFile } from "../../files/download";
import type { Strings } from "../../i18n";
import type { CompareStrings } from "./compareStrings";

export interface ComparePanelProps {
  /** Receives short outcome messages for the pane's polite status line. */
  onStatus?: (message: string) => void;
  /** Saves a downloaded file; the browser download by default (tests pass a spy). */
  save?: SaveFile;
  /** The clock for the re-evaluation scoresheet's creation time (tests pass a fixed one). */
  now?: () => Date;
}

/** The three files the section takes. */
export type CompareSlot = "before" | "after" | "plan";

/** One message about a picked file: its problems in the pane's language. */
export interface CompareMessage {
  readonly slot: CompareSlot;
  readonly title: string;
  readonly lines: readonly string[];
}

export interface ComparePanelState {
  strings: Strings;
  t: CompareStrings;
  headingId: string;
  /** The picked file names, by slot. */
  names: Readonly<Partial<Record<CompareSlot, string>>>;
  onPick: (slot: CompareSlot) => (event: ChangeEvent<HTMLInputElement>) => void;
  reading: boolean;
  messages: readonly CompareMessage[];
  /** The picked evaluations' warnings as `gridscore compare` prints them, each naming its file. */
  warnings: readonly string[];
  comparison: Comparison | undefined;
  download: () => void;
  downloading: boolean;
  /** Whether the earlier evaluation can seed a re-evaluation (read, with no errors). */
  canNext: boolean;
  /** Downloads the re-evaluation scoresheet made from the earlier evaluation (and the plan, if picked). */
  downloadNext: () => void;
}

/** Problems shown for a file, in the pane's language. */
export type ProblemLines = (problems: readonly LocatedProblem[]) => string[];
