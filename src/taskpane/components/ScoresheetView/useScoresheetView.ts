import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AdapterResult, LiveState } from "../../../office/types";
import { describeFailure, failureIntent, settle, useAdapter } from "../../adapter";
import type { PaneFailure } from "../../adapter";
import { useStrings } from "../../i18n";
import type { Operation } from "../../i18n";
import { isLevel, isRole } from "../MetaForm/levels";
import { EMPTY_DRAFT, draftToMeta, metaToDraft } from "./meta";
import type {
  BusyMap,
  MetaDraft,
  MetaField,
  Notice,
  ScoresheetViewProps,
  ScoresheetViewState,
} from "./ScoresheetView.types";
import { useFailures } from "../../hooks/useFailures";

/**
 * The pane's controller: inspects the workbook and reads it once on open, follows every edit through
 * adapter.watch (unsubscribing on unmount), writes or rebuilds the scoresheet, and turns every failure into
 * a notice. Components below only render what it returns.
 */
export function useScoresheetView(props: ScoresheetViewProps): ScoresheetViewState {
  const { onStatus } = props;
  const adapter = useAdapter();
  const strings = useStrings();
  const [draft, setDraft] = useState<MetaDraft>(EMPTY_DRAFT);
  const [exists, setExists] = useState<boolean | undefined>(undefined);
  const [live, setLive] = useState<LiveState | undefined>(undefined);
  const [busy, setBusy] = useState<BusyMap>({});
  const { failures, reportFailure, clearFailure } = useFailures<Operation>();
  const [confirmOpen, setConfirmOpen] = useState(false);
  /** Layout features the host skipped in the last write (WriteSummary.warnings). */
  const [skipped, setSkipped] = useState<readonly string[]>([]);
  /** Whether this pane has already noted the formatting the host skips (once, not on every Generate). */
  const skippedNoted = useRef(false);

  /** The user has typed in the form: the workbook's metadata no longer overwrites it. */
  const touched = useRef(false);
  const unsubscribe = useRef<(() => Promise<void>) | undefined>(undefined);
  const mounted = useRef(true);

  const announce = useCallback((message: string) => onStatus?.(message), [onStatus]);

  const setBusyFlag = useCallback((operation: Operation, on: boolean) => {
    setBusy((prev) => ({ ...prev, [operation]: on }));
  }, []);

  /** Runs one adapter call with its busy flag; a failure becomes that operation's notice. */
  const attempt = useCallback(
    async <T>(
      operation: Operation,
      call: () => Promise<AdapterResult<T>>,
      quiet?: (failure: PaneFailure) => boolean
    ): Promise<{ ok: true; value: T } | { ok: false; failure: PaneFailure }> => {
      setBusyFlag(operation, true);
      try {
        const result = await settle(call);
        if (result.ok) clearFailure(operation);
        else if (!quiet?.(result.failure)) reportFailure(operation, result.failure);
        return result;
      } finally {
        setBusyFlag(operation, false);
      }
    },
    [clearFailure, reportFailure, setBusyFlag]
  );

  /** Applies a fresh live state (from readLive or from watch). */
  const applyLive = useCallback(
    (result: AdapterResult<LiveState>) => {
      if (!mounted.current) return;
      if (result.ok) {
        clearFailure("live");
        setLive(result.value);
        setExists(result.value.hasScoresheet);
        return;
      }
      if (result.failure.kind === "no-scoresheet") {
        setLive(undefined);
        setExists(false);
      }
      reportFailure("live", result.failure);
    },
    [clearFailure, reportFailure]
  );

  const refresh = useCallback(async (): Promise<boolean> => {
    if (!adapter) return false;
    const result = await attempt("live", () => adapter.readLive());
    if (result.ok) applyLive(result);
    else if (result.failure.kind === "no-scoresheet") {
      setLive(undefined);
      setExists(false);
    }
    return result.ok;
  }, [adapter, applyLive, attempt]);

  /** Stops the current change listener, if any. */
  const stopWatching = useCallback(() => {
    const stop = unsubscribe.current;
    unsubscribe.current = undefined;
    if (stop) void settle(async () => ({ ok: true, value: await stop() }) as const);
  }, []);

  /** (Re)registers the change listener; the previous registration is removed first. */
  const resubscribe = useCallback(
    async (alive: () => boolean) => {
      if (!adapter) return;
      stopWatching();
      // Before the scoresheet exists there may be nothing to watch yet: no failure worth a notice.
      const result = await attempt(
        "watch",
        () => adapter.watch((state) => applyLive(state)),
        (failure) => failure.kind === "no-scoresheet"
      );
      if (!result.ok) return;
      const stop = result.value;
      if (!alive()) {
        void settle(async () => ({ ok: true, value: await stop() }) as const);
        return;
      }
      stopWatching(); // a concurrent subscription that finished first
      unsubscribe.current = stop;
    },
    [adapter, applyLive, attempt, stopWatching]
  );

  // On open: inspect, read once, then follow edits; on close: stop following. Each run of the effect has
  // its own generation so React's StrictMode double run cannot leave two listeners behind.
  const generation = useRef(0);
  useEffect(() => {
    generation.current += 1;
    const mine = generation.current;
    mounted.current = true;
    const alive = (): boolean => mounted.current && generation.current === mine;
    if (adapter) {
      void (async () => {
        const inspected = await attempt("inspect", () => adapter.inspect());
        if (!alive()) return;
        if (inspected.ok) {
          setExists(inspected.value.exists);
          if (inspected.value.exists && !touched.current)
            setDraft(metaToDraft(inspected.value.meta));
        }
        await refresh();
        if (alive()) await resubscribe(alive);
      })();
    }
    return () => {
      mounted.current = false;
      generation.current += 1;
      stopWatching();
    };
  }, [adapter, attempt, refresh, resubscribe, stopWatching]);

  const meta = useMemo(() => draftToMeta(draft), [draft]);

  const setField = useCallback((field: MetaField, value: string) => {
    touched.current = true;
    setDraft((prev) => {
      switch (field) {
        case "level":
          return { ...prev, level: isLevel(value) ? value : "" };
        case "role":
          return { ...prev, role: isRole(value) ? value : "" };
        case "organization":
        case "evaluator":
        case "date":
          return { ...prev, [field]: value };
      }
    });
  }, []);

  const write = useCallback(async () => {
    if (!adapter) return;
    setConfirmOpen(false);
    const result = await attempt("write", () => adapter.writeScoresheet(meta));
    if (!result.ok) return;
    setExists(true);
    // Formatting the host lacks (the preview's simulator has no borders, page setup or chart) is noted once per
    // session as information, not warned on every Generate: scores and checks do not depend on it.
    const features = (result.value.warnings ?? []).map((w) => w.feature);
    if (features.length > 0)
      console.debug("gridscore: host skipped formatting:", features.join(", "));
    if (features.length > 0 && !skippedNoted.current) {
      skippedNoted.current = true;
      setSkipped(features);
    }
    announce(
      result.value.mode === "created"
        ? strings.write.created(result.value.syncs)
        : strings.write.rebuilt(result.value.keptInputs)
    );
    await refresh();
    if (mounted.current) await resubscribe(() => mounted.current);
  }, [adapter, announce, attempt, meta, refresh, resubscribe, strings]);

  const requestWrite = useCallback(() => {
    if (exists) setConfirmOpen(true);
    else void write();
  }, [exists, write]);

  const recheck = useCallback(() => {
    void (async () => {
      if (await refresh()) announce(strings.summary.checked);
    })();
  }, [announce, refresh, strings]);

  const select = useCallback(
    (sheet: string, cell: string) => {
      if (!adapter) return;
      void (async () => {
        const result = await attempt("select", () => adapter.select(sheet, cell));
        if (result.ok) announce(strings.problems.selected(sheet, cell));
      })();
    },
    [adapter, announce, attempt, strings]
  );

  const notices = useMemo<Notice[]>(() => {
    const list: Notice[] = [];
    if (!adapter)
      list.push({
        operation: "connect",
        intent: "info",
        title: strings.failures.titles.connect,
        message: strings.failures.noExcel,
      });
    if (skipped.length > 0)
      list.push({
        operation: "write",
        intent: "info",
        title: strings.write.skippedTitle,
        message: strings.write.skipped(
          skipped
            .map((f) => strings.write.features[f] ?? f)
            .join(strings.locale === "zh-CN" ? "、" : ", ")
        ),
      });
    for (const [operation, failure] of failures) {
      list.push({
        operation,
        intent: failureIntent(failure),
        title: strings.failures.titles[operation],
        message: describeFailure(failure, strings),
      });
    }
    return list;
  }, [adapter, failures, skipped, strings]);

  return {
    strings,
    adapter,
    draft,
    meta,
    exists,
    live,
    busy,
    notices,
    confirmOpen,
    setField,
    requestWrite,
    confirmRebuild: () => void write(),
    cancelRebuild: () => setConfirmOpen(false),
    recheck,
    select,
    dismiss: (operation: Operation) => {
      if (operation === "write") setSkipped([]);
      clearFailure(operation);
    },
    reportFailure,
    clearFailure,
    announce,
  };
}
