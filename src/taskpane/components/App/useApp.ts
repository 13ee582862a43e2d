import { useEffect, useMemo, useState } from "react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { STRINGS } from "../../i18n";
import { readHostEnvironment } from "../../hostEnvironment";
import type { AppProps, AppState, ThemeName } from "./App.types";

/** Derives the pane's locale, strings and Fluent theme from props, falling back to the Office host. */
export function useApp(props: AppProps): AppState {
  const host = useMemo(() => readHostEnvironment(), []);
  const locale = props.locale ?? host.locale;
  const themeName: ThemeName = props.themeName ?? (host.isDarkTheme ? "dark" : "light");
  const strings = STRINGS[locale];
  const [status, setStatus] = useState<string | undefined>(undefined);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return {
    locale,
    strings,
    themeName,
    theme: themeName === "dark" ? webDarkTheme : webLightTheme,
    adapter: props.adapter ?? null,
    status: status ?? strings.app.statusReady,
    setStatus,
  };
}
