import { useCallback, useEffect, useMemo, useState } from "react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { SelectTabEventHandler } from "@fluentui/react-components";
import type { ConsensusSnapshot } from "../../consensus";
import { STRINGS } from "../../i18n";
import type { ViewId } from "../../i18n";
import { readHostEnvironment } from "../../hostEnvironment";
import type { AppProps, AppState, ThemeName } from "./App.types";
import { lazyMergeView, lazyReportView, lazyRollupView } from "./lazyViews";

const VIEWS: readonly ViewId[] = ["scoresheet", "merge", "report", "rollup"];

function isView(value: unknown): value is ViewId {
  return typeof value === "string" && (VIEWS as readonly string[]).includes(value);
}

/** Derives the pane's locale, strings and Fluent theme from props (else the Office host); holds the view and the consensus. */
export function useApp(props: AppProps): AppState {
  const host = useMemo(() => readHostEnvironment(), []);
  const locale = props.locale ?? host.locale;
  const themeName: ThemeName = props.themeName ?? (host.isDarkTheme ? "dark" : "light");
  const strings = STRINGS[locale];
  const [status, setStatus] = useState<string | undefined>(undefined);
  const initial = props.initialView ?? "scoresheet";
  const [view, setView] = useState<ViewId>(initial);
  const [visited, setVisited] = useState<ReadonlySet<ViewId>>(() => new Set([initial]));
  const [attempt, setAttempt] = useState(0);
  const [consensus, setConsensus] = useState<ConsensusSnapshot | undefined>(undefined);
  // A new lazy component per attempt: React.lazy keeps the error of a failed load for good.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- attempt is the reason to load again
  const MergeView = useMemo(() => lazyMergeView(), [attempt]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- attempt is the reason to load again
  const ReportView = useMemo(() => lazyReportView(), [attempt]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- attempt is the reason to load again
  const RollupView = useMemo(() => lazyRollupView(), [attempt]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const onTabSelect = useCallback<SelectTabEventHandler>((_, data) => {
    if (!isView(data.value)) return;
    const next = data.value;
    setView(next);
    setVisited((prev) => (prev.has(next) ? prev : new Set([...prev, next])));
  }, []);

  return {
    locale,
    strings,
    themeName,
    theme: themeName === "dark" ? webDarkTheme : webLightTheme,
    adapter: props.adapter ?? null,
    status: status ?? strings.app.statusReady,
    setStatus,
    view,
    onTabSelect,
    visited,
    MergeView,
    ReportView,
    RollupView,
    retryViews: () => setAttempt((n) => n + 1),
    attempt,
    consensus,
    setConsensus,
  };
}
