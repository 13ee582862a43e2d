import type { ReactNode } from "react";

export interface LazyViewProps {
  /** The lazily loaded view. */
  children: ReactNode;
  /** Loads the view again after its code failed to load (a new lazy component). */
  onRetry: () => void;
}

export interface ViewBoundaryProps {
  children: ReactNode;
  /** What to show instead of the children once they threw. */
  fallback: (error: unknown) => ReactNode;
}

export interface ViewBoundaryState {
  error: { readonly value: unknown } | undefined;
}

export interface ViewFailureProps {
  error: unknown;
  onRetry: () => void;
}
