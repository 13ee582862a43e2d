import { FluentProvider, Text } from "@fluentui/react-components";
import { StringsContext } from "../../i18n";
import type { AppProps } from "./App.types";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles";

/** The task pane's root: Office-following theme and strings, then header, main region and status line. */
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
          <Text as="p">{app.placeholder}</Text>
        </main>
        <footer className={styles.status}>
          <div id="gridscore-status" aria-live="polite">
            {state.status}
          </div>
        </footer>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
