/**
 * What the parts of a range (format, data validation, conditional formats), the worksheet parts and the range itself
 * share, in a module of their own so that none of them imports another in a ring (issue 16): proxy-range builds its
 * parts and they only know the {@link RangeHandle} they were given. proxy-worksheet registers how a worksheet
 * proxy is made, for Range.worksheet, so proxy-range needs proxy-worksheet only for its type.
 */
import type { ProxyBase, SimRequestContext } from "./proxy-base";
import type { RangeTarget } from "./range-edits";
import type { SheetState } from "./sheet-state";

export type { RangeTarget } from "./range-edits";

/** Marks a range proxy, so a part can tell a range argument (a rule's formula given as a Range) from anything else. */
export const RANGE_PROXY: unique symbol = Symbol("gridscore.sim.RangeProxy");

/** What a part needs of its range: where it is, and how to make another range proxy in the same context. */
export interface RangeHandle extends ProxyBase {
  readonly [RANGE_PROXY]: true;
  /** Resolves sheet and rectangle (bound on first use, like an Excel object path). */
  target(): RangeTarget;
  /** A new range proxy on what `locate` finds (Excel's ConditionalFormat.getRange and the like). */
  spawn(locate: () => RangeTarget | undefined, where: string): RangeHandle;
}

/** Whether a value is a range proxy of the simulated host. */
export function isRangeHandle(x: unknown): x is RangeHandle {
  return typeof x === "object" && x !== null && (x as Partial<RangeHandle>)[RANGE_PROXY] === true;
}

type WorksheetMaker = (
  ctx: SimRequestContext,
  locate: () => SheetState,
  where: string
) => ProxyBase;
let makeWorksheet: WorksheetMaker | undefined;

/** Called once by proxy-worksheet when it loads. */
export function provideWorksheetProxy(make: WorksheetMaker): void {
  makeWorksheet = make;
}

/** A worksheet proxy (Range.worksheet); proxy-worksheet is always loaded with the host (src/sim/index.ts). */
export function worksheetProxy(
  ctx: SimRequestContext,
  locate: () => SheetState,
  where: string
): ProxyBase {
  if (!makeWorksheet) throw new Error("sim: proxy-worksheet is not loaded");
  return makeWorksheet(ctx, locate, where);
}
