import { Component } from "react";
import type { ReactNode } from "react";
import type { ViewBoundaryProps, ViewBoundaryState } from "./LazyView.types";

/**
 * Catches what a lazily loaded view throws while loading or rendering (a chunk that failed to download, say)
 * so the pane can show it; React offers error boundaries only as class components.
 */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): ViewBoundaryState {
    return { error: { value: error } };
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error.value) : this.props.children;
  }
}
