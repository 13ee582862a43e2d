import { useEffect, useMemo } from "react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { STRINGS } from "../../taskpane/i18n";
import { readHostEnvironment } from "../../taskpane/hostEnvironment";
import type { PreviewPageProps, PreviewPageState } from "./PreviewPage.types";

/** Reads the (simulated) host's language and theme so the preview chrome matches the pane inside it. */
export function usePreviewPage(props: PreviewPageProps): PreviewPageState {
  const host = useMemo(() => readHostEnvironment(), []);
  const strings = STRINGS[host.locale];

  useEffect(() => {
    document.title = strings.preview.title;
  }, [strings]);

  return {
    strings,
    theme: host.isDarkTheme ? webDarkTheme : webLightTheme,
    grid: props.grid,
    showPlaceholder: props.grid === undefined,
  };
}
