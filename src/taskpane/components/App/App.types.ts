import type { Theme } from "@fluentui/react-components";
import type { ScoresheetAdapter } from "../../../office/types";
import type { Locale, Strings } from "../../i18n";

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
  save?: (bytes: Uint8Array, fileName: string) => void;
  /** Pause between the blank copies' downloads, in ms. */
  downloadGapMs?: number;
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
}
