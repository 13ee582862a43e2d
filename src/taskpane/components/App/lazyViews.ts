/**
 * The Merge and Report views, loaded with import() the first time their tab opens: their code (the merge,
 * the report, and through them the .xlsx reader with ExcelJS and pako, and docx) stays out of the pane's
 * first bundle.
 */
import { lazy } from "react";
import type { LazyExoticComponent } from "react";
import type { MergeView } from "../MergeView/MergeView";
import type { ReportView } from "../ReportView/ReportView";
import type { RollupView } from "../RollupView/RollupView";

/** A new lazy Merge view (a new one per attempt: React keeps a failed load's error). */
export function lazyMergeView(): LazyExoticComponent<typeof MergeView> {
  return lazy(() =>
    import(/* webpackChunkName: "merge-view" */ "../MergeView/MergeView").then((m) => ({
      default: m.MergeView,
    }))
  );
}

/** A new lazy Report view. */
export function lazyReportView(): LazyExoticComponent<typeof ReportView> {
  return lazy(() =>
    import(/* webpackChunkName: "report-view" */ "../ReportView/ReportView").then((m) => ({
      default: m.ReportView,
    }))
  );
}

/** A new lazy Roll-up view (汇总, issue 14). */
export function lazyRollupView(): LazyExoticComponent<typeof RollupView> {
  return lazy(() =>
    import(/* webpackChunkName: "rollup-view" */ "../RollupView/RollupView").then((m) => ({
      default: m.RollupView,
    }))
  );
}
