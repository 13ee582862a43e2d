/**
 * Workbook-level proxies: Workbook and Application (calculate is a no-op: the simulator always
 * recalculates automatically). Names, properties and settings live in their own files.
 */
import type { SimRequestContext } from "./proxy-base";
import { NamedItemCollectionProxy } from "./proxy-names";
import { DocumentPropertiesProxy, SettingCollectionProxy } from "./proxy-properties";
import { RangeProxy } from "./proxy-range";
import { WorksheetCollectionProxy } from "./proxy-worksheets";

/** Proxy of Excel.Application (calculation is always automatic). */
export class ApplicationProxy {
  private readonly ctx: SimRequestContext;
  readonly calculationMode = "Automatic";
  constructor(ctx: SimRequestContext) {
    this.ctx = ctx;
  }
  /** No-op: HyperFormula recalculates on every change. */
  calculate(_calculationType?: string): void {
    this.ctx.enqueue(() => undefined, false);
  }
}

/** Proxy of Excel.Workbook. */
export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly properties: DocumentPropertiesProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: ApplicationProxy;
  private readonly ctx: SimRequestContext;

  constructor(ctx: SimRequestContext) {
    this.ctx = ctx;
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
    this.properties = new DocumentPropertiesProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
    this.application = new ApplicationProxy(ctx);
  }

  /** The current selection (resolved when first used at sync). */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const sel = this.ctx.state.selection;
        const sheet = this.ctx.state.findSheet(sel.sheetId);
        return sheet ? { sheet, rect: sel.rect } : undefined;
      },
      "Workbook.getSelectedRange"
    );
  }

  /** The active cell (top-left of the selection). */
  getActiveCell(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const sel = this.ctx.state.selection;
        const sheet = this.ctx.state.findSheet(sel.sheetId);
        const { startRow, startCol } = sel.rect;
        return sheet
          ? { sheet, rect: { startRow, startCol, endRow: startRow, endCol: startCol } }
          : undefined;
      },
      "Workbook.getActiveCell"
    );
  }
}
