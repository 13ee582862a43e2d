/**
 * The warnings `gridscore compare` and the pane's 对比 give about the two evaluations themselves, before any item is
 * compared: two different units, and an "after" evaluation that is not later than the "before" one (the same
 * evaluation given twice, or the two given in the wrong order: compare takes before, then after).
 */
import type { LocatedProblem } from "../engine";

/** What a side of a comparison says of itself: its unit and its evaluation date (ISO, or a consensus's span). */
export interface CompareSideMeta {
  readonly organization?: string | undefined;
  readonly date?: string | undefined;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A date or a consensus's span "2026-06-02 至 2026-06-03" as its first and last day; undefined when not ISO. */
function span(date: string | undefined): { first: string; last: string } | undefined {
  const parts = (date ?? "").split(" 至 ").map((d) => d.trim());
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return parts.length <= 2 && ISO.test(first) && ISO.test(last) ? { first, last } : undefined;
}

/**
 * The comparison's warnings, in the order they are printed:
 * - `different-units` when both name a unit and the names differ (after trimming);
 * - `compare-not-later` when both dates are known and the after evaluation's first day is on or before the before
 *   one's last day: equal dates (the same evaluation twice, likely) or the after one dated earlier (the files in
 *   the wrong order). An evaluation with no date, or a date that is no ISO date, is not compared.
 *
 * @returns warnings only (the comparison is still made): the person comparing decides.
 */
export function comparisonWarnings(
  before: CompareSideMeta,
  after: CompareSideMeta
): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  const b = before.organization?.trim();
  const a = after.organization?.trim();
  if (b && a && b !== a) out.push({ code: "different-units", before: b, after: a });
  const bs = span(before.date);
  const as = span(after.date);
  if (bs && as && as.first <= bs.last)
    out.push({ code: "compare-not-later", before: before.date!.trim(), after: after.date!.trim() });
  return out;
}
