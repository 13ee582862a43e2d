import { FluentProvider, Text } from "@fluentui/react-components";
import { AdapterContext } from "../../adapter";
import { StringsContext } from "../../i18n";
import { ScoresheetView } from "../ScoresheetView";
import type { AppProps } from "./App.types";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles";

/** The task pane's root: Office-following theme, strings and adapter; header, the scoresheet view, status. */
export function App(props: AppProps): JSX.Element {
  const state = useApp(props);
  const styles = useAppStyles();
  const { app } = state.strings;
  return (
    <FluentProvider
      theme={state.theme}
      className={styles.root}
      lang={state.locale}
      data-theme={state.themeName}
    >
      <StringsContext.Provider value={state.strings}>
        <AdapterContext.Provider value={state.adapter}>
          <header className={styles.header}>
            <img className={styles.logo} src="assets/icon-32.png" alt="" width={24} height={24} />
            <div className={styles.titles}>
              <Text as="h1" size={400} weight="semibold" className={styles.title}>
                {app.title}
              </Text>
              <Text as="p" size={200} className={styles.subtitle}>
                {app.subtitle}
              </Text>
            </div>
          </header>
          <main role="main" aria-label={app.mainLabel} className={styles.main}>
            {state.adapter ? null : (
              <Text as="p" size={200} className={styles.subtitle}>
                {app.placeholder}
              </Text>
            )}
            <ScoresheetView
              onStatus={state.setStatus}
              save={props.save}
              downloadGapMs={props.downloadGapMs}
            />
          </main>
          <footer className={styles.status}>
            <div id="gridscore-status" role="status" aria-live="polite">
              {state.status}
            </div>
          </footer>
        </AdapterContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
