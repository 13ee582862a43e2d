import type { EvaluationMeta } from "../../../engine";
import type { ScoresheetAdapter } from "../../../office/types";
import type { PaneFailure } from "../../adapter";
import type { Operation, Strings } from "../../i18n";

export interface ExportPanelProps {
  adapter: ScoresheetAdapter | null;
  exists: boolean | undefined;
  /** The metadata in the form: the blank copies carry it with each evaluator's name. */
  meta: EvaluationMeta;
  /** The workbook's own metadata, for the downloaded file's name. */
  workbookMeta: EvaluationMeta | undefined;
  reportFailure: (operation: Operation, failure: PaneFailure) => void;
  clearFailure: (operation: Operation) => void;
  announce: (message: string) => void;
  /** Saves bytes as a file; the browser download by default (tests pass a spy). */
  save?: (bytes: Uint8Array, fileName: string) => void;
  /** Pause between two downloads so browsers do not drop any (ms; default 400). */
  downloadGapMs?: number;
}

export interface ExportPanelState {
  strings: Strings;
  headingId: string;
  blankHeadingId: string;
  canDownload: boolean;
  downloading: boolean;
  download: () => void;
  names: string;
  setNames: (text: string) => void;
  namesError: string | undefined;
  blankProgress: { readonly done: number; readonly total: number } | undefined;
  makeBlankCopies: () => void;
  /** The picked plan's file name and what it holds, or why it cannot be used. */
  planName: string | undefined;
  planSummary: string | undefined;
  planError: string | undefined;
  pickPlan: (file: File | undefined) => void;
  clearPlan: () => void;
}
