/**
 * The live presenter, loaded with import() the first time a view mounts (and by the host adapter before its first
 * answer, so a live state never arrives before the words for it). Until it is there, the panels show their
 * "not read yet" state; a failed load is tried again by the next render that wants it.
 */
import { useEffect, useState } from "react";
import type { Presenter } from "./types";

export type { Presenter } from "./types";

let loaded: Presenter | undefined;
let loading: Promise<Presenter> | undefined;

/** Loads the presenter once; a failed load is forgotten so the next call tries again. */
export function loadPresenter(): Promise<Presenter> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import(/* webpackChunkName: "live-presenter" */ "./livePresenter").then(
    (m) => {
      loaded = m.livePresenter;
      return loaded;
    },
    (err: unknown) => {
      loading = undefined;
      throw err;
    }
  );
  return loading;
}

/** The presenter if it has loaded, else undefined. */
export function presenterNow(): Presenter | undefined {
  return loaded;
}

/** The presenter, once loaded; starts the load on mount and again whenever `retryKey` changes while it is missing. */
export function usePresenter(retryKey?: unknown): Presenter | undefined {
  const [presenter, setPresenter] = useState<Presenter | undefined>(loaded);
  useEffect(() => {
    if (presenter) return;
    let alive = true;
    loadPresenter().then(
      (p) => {
        if (alive) setPresenter(p);
      },
      () => undefined // shown as "not read yet"; the next retryKey tries again
    );
    return () => {
      alive = false;
    };
  }, [presenter, retryKey]);
  return presenter;
}
