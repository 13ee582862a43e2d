export { LazyView } from "./LazyView";
export type {
  LazyViewProps,
  ViewBoundaryProps,
  ViewBoundaryState,
  ViewFailureProps,
} from "./LazyView.types";
export { ViewBoundary } from "./ViewBoundary";
export { ViewFailure } from "./ViewFailure";
export { useLazyViewStyles } from "./useLazyViewStyles";
