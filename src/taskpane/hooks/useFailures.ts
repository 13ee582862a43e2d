/**
 * The failures a view shows, one per operation, so retrying an operation clears only its own message.
 */
import { useCallback, useState } from "react";
import type { PaneFailure } from "../adapter";

export interface FailuresState<Operation> {
  readonly failures: ReadonlyMap<Operation, PaneFailure>;
  readonly reportFailure: (operation: Operation, failure: PaneFailure) => void;
  readonly clearFailure: (operation: Operation) => void;
}

/** Per-operation failure messages shared by the pane's views. */
export function useFailures<Operation>(): FailuresState<Operation> {
  const [failures, setFailures] = useState<ReadonlyMap<Operation, PaneFailure>>(new Map());
  const reportFailure = useCallback((operation: Operation, failure: PaneFailure) => {
    setFailures((prev) => new Map(prev).set(operation, failure));
  }, []);
  const clearFailure = useCallback((operation: Operation) => {
    setFailures((prev) => {
      if (!prev.has(operation)) return prev;
      const next = new Map(prev);
      next.delete(operation);
      return next;
    });
  }, []);
  return { failures, reportFailure, clearFailure };
}
