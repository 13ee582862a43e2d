import { FluentProvider, Tab, TabList, Text } from "@fluentui/react-components";
import { AdapterContext } from "../../adapter";
import { StringsContext } from "../../i18n";
import type { ViewId } from "../../i18n";
import { LazyView } from "../LazyView";
import { ScoresheetView } from "../ScoresheetView";
import type { AppProps } from "./App.types";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles";

const VIEWS: readonly ViewId[] = ["scoresheet", "merge", "report", "rollup"];
const tabId = (view: ViewId): string => `gridscore-tab-${view}`;
const panelId = (view: ViewId): string => `gridscore-view-${view}`;

/** The task pane's root: Office-following theme, strings and adapter; header, the view tabs and views, status. */
export function App(props: AppProps): JSX.Element {
  const state = useApp(props);
  const styles = useAppStyles();
  const { app, views } = state.strings;
  const panel = (view: ViewId) => ({
    role: "tabpanel",
    id: panelId(view),
    "aria-labelledby": tabId(view),
    hidden: state.view !== view,
    className: styles.panel,
    "data-view": view,
  });
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
            <TabList
              className={styles.tabs}
              selectedValue={state.view}
              onTabSelect={state.onTabSelect}
              aria-label={views.label}
              size="small"
            >
              {VIEWS.map((view) => (
                <Tab key={view} value={view} id={tabId(view)} aria-controls={panelId(view)}>
                  {views.names[view]}
                </Tab>
              ))}
            </TabList>
            <div {...panel("scoresheet")}>
              {state.visited.has("scoresheet") ? (
                <ScoresheetView
                  onStatus={state.setStatus}
                  save={props.save}
                  downloadGapMs={props.downloadGapMs}
                />
              ) : null}
            </div>
            <div {...panel("merge")}>
              {state.visited.has("merge") ? (
                <LazyView key={state.attempt} onRetry={state.retryViews}>
                  <state.MergeView
                    onStatus={state.setStatus}
                    save={props.save}
                    onConsensus={state.setConsensus}
                    now={props.now}
                  />
                </LazyView>
              ) : null}
            </div>
            <div {...panel("report")}>
              {state.visited.has("report") ? (
                <LazyView key={state.attempt} onRetry={state.retryViews}>
                  <state.ReportView
                    onStatus={state.setStatus}
                    save={props.save}
                    consensus={state.consensus}
                  />
                </LazyView>
              ) : null}
            </div>
            <div {...panel("rollup")}>
              {state.visited.has("rollup") ? (
                <LazyView key={state.attempt} onRetry={state.retryViews}>
                  <state.RollupView onStatus={state.setStatus} save={props.save} />
                </LazyView>
              ) : null}
            </div>
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
