import { FluentProvider, Text } from "@fluentui/react-components";
import { App } from "../../taskpane/components/App";
import { StringsContext } from "../../taskpane/i18n";
import type { PreviewPageProps } from "./PreviewPage.types";
import { usePreviewPage } from "./usePreviewPage";
import { usePreviewPageStyles } from "./usePreviewPageStyles";

/** The browser preview: the real task pane on the left, the simulated worksheet (#sim-grid) on the right. */
export function PreviewPage(props: PreviewPageProps): JSX.Element {
  const state = usePreviewPage(props);
  const styles = usePreviewPageStyles();
  const { preview } = state.strings;
  return (
    <FluentProvider theme={state.theme} className={styles.root} lang={state.strings.locale}>
      <section className={styles.bar} aria-labelledby="gridscore-preview-title">
        <Text
          as="h1"
          id="gridscore-preview-title"
          size={300}
          weight="semibold"
          className={styles.barTitle}
        >
          {preview.title}
        </Text>
      </section>
      <div className={styles.body}>
        {/* No landmark here: the pane brings its own banner, main and contentinfo landmarks. */}
        <div className={styles.pane} id="gridscore-pane">
          <App adapter={props.adapter} />
        </div>
        <div id="sim-grid" className={styles.grid} role="region" aria-label={preview.gridLabel}>
          {state.showPlaceholder ? (
            <Text as="p" className={styles.placeholder}>
              {preview.gridPlaceholder}
            </Text>
          ) : (
            <StringsContext.Provider value={state.strings}>{state.grid}</StringsContext.Provider>
          )}
        </div>
      </div>
    </FluentProvider>
  );
}
