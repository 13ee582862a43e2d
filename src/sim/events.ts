/**
 * onChanged event plumbing. Handlers are registered/removed only when the registering batch
 * syncs (as in Excel). Firing is asynchronous; every handler promise is tracked so tests can
 * `await host.whenIdle()`. Handler failures are collected in `errors` instead of crashing.
 */

import { type Rect, formatRect } from "./addresses";
import { type CellValue, valueTypeOf } from "./cell-values";

/** ChangedEventDetail shape (only for single-cell edits). */
export interface SimChangedEventDetail {
  valueBefore: unknown;
  valueAfter: unknown;
  valueTypeBefore: string;
  valueTypeAfter: string;
}

/** Subset of Excel.WorksheetChangedEventArgs delivered to handlers. */
export interface SimWorksheetChangedEventArgs {
  type: "WorksheetChanged";
  address: string;
  worksheetId: string;
  changeType: "RangeEdited";
  source: "Local";
  triggerSource: "ThisLocalAddin" | "Others";
  details?: SimChangedEventDetail;
  /** Gets the changed range in the given context (like Excel's args.getRange(ctx)). */
  getRange: (ctx: unknown) => unknown;
  getRangeOrNullObject: (ctx: unknown) => unknown;
}

/** An async onChanged handler. */
export type ChangedHandler = (args: SimWorksheetChangedEventArgs) => Promise<unknown>;

interface Registration {
  id: number;
  /** undefined = workbook-level worksheets.onChanged; otherwise the worksheet id. */
  sheetId: string | undefined;
  handler: ChangedHandler;
}

/** Holds active onChanged handlers and pending handler promises. */
export class EventRegistry {
  private registrations = new Map<number, Registration>();
  private nextId = 1;
  private pending = new Set<Promise<void>>();
  /** Errors thrown/rejected by handlers, for tests to inspect. */
  readonly errors: unknown[] = [];

  /** Activates a handler (called at sync time); returns its registration id. */
  register(sheetId: string | undefined, handler: ChangedHandler): number {
    const id = this.nextId;
    this.nextId += 1;
    this.registrations.set(id, { id, sheetId, handler });
    return id;
  }

  /** Deactivates a handler (called at sync time of the batch that called remove()). */
  unregister(id: number): boolean {
    return this.registrations.delete(id);
  }

  /** Removes every handler of a deleted worksheet. */
  unregisterSheet(sheetId: string): void {
    for (const [id, reg] of this.registrations)
      if (reg.sheetId === sheetId) this.registrations.delete(id);
  }

  /** Number of active handlers (useful to assert remove() worked). */
  get handlerCount(): number {
    return this.registrations.size;
  }

  /** Calls matching handlers asynchronously (next microtask) with the event args. */
  fire(args: SimWorksheetChangedEventArgs): void {
    const targets = [...this.registrations.values()].filter(
      (r) => r.sheetId === undefined || r.sheetId === args.worksheetId
    );
    for (const reg of targets) {
      const p: Promise<void> = Promise.resolve()
        .then(() => reg.handler(args))
        .then(
          () => undefined,
          (error: unknown) => {
            this.errors.push(error);
          }
        )
        .finally(() => {
          this.pending.delete(p);
        });
      this.pending.add(p);
    }
  }

  /** Resolves once no handler promise is pending (including handlers triggered by handlers). */
  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending]);
      // Let handlers that just settled schedule follow-up events.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
  }
}

interface ContextLike {
  workbook: {
    worksheets: {
      getItem(key: string): {
        getRange(address: string): unknown;
        getRangeOrNullObject(address: string): unknown;
      };
    };
  };
}

function rangeFromContext(
  ctx: unknown,
  sheetId: string,
  address: string,
  orNull: boolean
): unknown {
  const worksheet = (ctx as ContextLike).workbook.worksheets.getItem(sheetId);
  return orNull ? worksheet.getRangeOrNullObject(address) : worksheet.getRange(address);
}

/** Builds Excel-like WorksheetChangedEventArgs; `details` only when before/after are given. */
export function buildChangedArgs(
  sheetId: string,
  rect: Rect,
  before: CellValue | undefined,
  after: CellValue | undefined,
  triggerSource: "ThisLocalAddin" | "Others"
): SimWorksheetChangedEventArgs {
  const address = formatRect(rect);
  const args: SimWorksheetChangedEventArgs = {
    type: "WorksheetChanged",
    address,
    worksheetId: sheetId,
    changeType: "RangeEdited",
    source: "Local",
    triggerSource,
    getRange: (ctx: unknown) => rangeFromContext(ctx, sheetId, address, false),
    getRangeOrNullObject: (ctx: unknown) => rangeFromContext(ctx, sheetId, address, true),
  };
  if (before !== undefined && after !== undefined) {
    args.details = {
      valueBefore: before,
      valueAfter: after,
      valueTypeBefore: valueTypeOf(before),
      valueTypeAfter: valueTypeOf(after),
    };
  }
  return args;
}
