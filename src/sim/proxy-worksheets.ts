/**
 * Proxy of Excel.WorksheetCollection (getItem/OrNullObject, add, active sheet, items, onChanged).
 */
import {
  CollectionProxyBase,
  SimChangedEventHandlers,
  type SimClientResult,
  type SimRequestContext,
  queueResult,
} from "./proxy-base";
import { WorksheetProxy } from "./proxy-worksheet";

/** Proxy of Excel.WorksheetCollection. */
export class WorksheetCollectionProxy extends CollectionProxyBase<WorksheetProxy> {
  protected readonly entityName = "WorksheetCollection";
  readonly onChanged: SimChangedEventHandlers;

  constructor(ctx: SimRequestContext) {
    super(ctx);
    this.onChanged = new SimChangedEventHandlers(ctx, () => undefined);
  }

  protected currentItems(): WorksheetProxy[] {
    return this.ctx.state.sheets.map((s) => this.byId(s.id));
  }

  private byId(id: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.state.findSheet(id),
      `WorksheetCollection.getItem(${id})`
    );
  }

  /** Sheet by name or id; ItemNotFound surfaces at sync. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.state.findSheet(key),
      `WorksheetCollection.getItem(${key})`
    );
  }

  /** Sheet by name or id, or a null object (check isNullObject after sync). */
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.state.findSheet(key),
      `WorksheetCollection.getItemOrNullObject(${key})`,
      true
    );
  }

  /** Adds a sheet at sync time (ItemAlreadyExists for a duplicate name). */
  add(name?: string): WorksheetProxy {
    let createdId: string | undefined;
    const proxy = new WorksheetProxy(
      this.ctx,
      () => (createdId ? this.ctx.state.findSheet(createdId) : undefined),
      "WorksheetCollection.add"
    );
    this.ctx.enqueue(() => {
      createdId = this.ctx.state.addSheet(name).id;
    });
    return proxy;
  }

  /** The active sheet at the time the proxy is first used. */
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.state.findSheet(this.ctx.state.activeSheetId),
      "WorksheetCollection.getActiveWorksheet"
    );
  }

  /** First sheet (optionally first visible). */
  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.state.sheets.find((s) => !visibleOnly || s.visibility === "Visible"),
      "WorksheetCollection.getFirst"
    );
  }

  /** Number of sheets (ClientResult). */
  getCount(visibleOnly?: boolean): SimClientResult<number> {
    return queueResult(
      this.ctx,
      () => this.ctx.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length
    );
  }
}
