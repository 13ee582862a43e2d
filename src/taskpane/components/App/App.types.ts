import type { Theme } from "@fluentui/react-components";
import type { Locale, Strings } from "../../i18n";

export type ThemeName = "light" | "dark";

export interface AppProps {
  /** Overrides Office's display language (the preview and tests use it). */
  locale?: Locale;
  /** Overrides the Office theme (the preview and tests use it). */
  themeName?: ThemeName;
}

export interface AppState {
  locale: Locale;
  strings: Strings;
  themeName: ThemeName;
  theme: Theme;
  /** Text of the polite live region #gridscore-status. */
  status: string;
}
