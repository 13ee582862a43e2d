import type { EvaluationMeta } from "../../../engine";
import type { LiveState, ScoresheetAdapter } from "../../../office/types";
import type { Level, Role } from "../../../standard";
import type { Operation, Strings } from "../../i18n";
import type { PaneFailure } from "../../adapter";

export interface ScoresheetViewProps {
  /** Receives short outcome messages for the pane's polite status line. */
  onStatus?: (message: string) => void;
  /** Saves a downloaded file; the browser download by default (tests pass a spy). */
  save?: (bytes: Uint8Array, fileName: string) => void;
  /** Pause between the blank copies' downloads, in ms. */
  downloadGapMs?: number;
}

/** The metadata form as typed: every field a string, level/role "" until chosen. */
export interface MetaDraft {
  readonly organization: string;
  readonly level: Level | "";
  readonly evaluator: string;
  readonly role: Role | "";
  readonly date: string;
}

export type MetaField = keyof MetaDraft;

/** One MessageBar: the latest failure of an operation (a newer one replaces it, a success clears it). */
export interface Notice {
  readonly operation: Operation;
  readonly intent: "error" | "warning" | "info";
  readonly title: string;
  readonly message: string;
}

export type BusyMap = Readonly<Partial<Record<Operation, boolean>>>;

export interface ScoresheetViewState {
  readonly strings: Strings;
  readonly adapter: ScoresheetAdapter | null;
  readonly draft: MetaDraft;
  readonly meta: EvaluationMeta;
  /** Whether the workbook holds a scoresheet; undefined until the first inspect() answers. */
  readonly exists: boolean | undefined;
  readonly live: LiveState | undefined;
  readonly busy: BusyMap;
  readonly notices: readonly Notice[];
  readonly confirmOpen: boolean;
  readonly setField: (field: MetaField, value: string) => void;
  /** The primary button: writes at once, or asks first when a scoresheet exists. */
  readonly requestWrite: () => void;
  readonly confirmRebuild: () => void;
  readonly cancelRebuild: () => void;
  readonly recheck: () => void;
  readonly select: (sheet: string, cell: string) => void;
  readonly dismiss: (operation: Operation) => void;
  /** For the export panel: show a failure / an outcome the same way the view does. */
  readonly reportFailure: (operation: Operation, failure: PaneFailure) => void;
  readonly clearFailure: (operation: Operation) => void;
  readonly announce: (message: string) => void;
}
