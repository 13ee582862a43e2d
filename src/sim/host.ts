/**
 * SimHost: runs batches against the simulated workbook (Excel.run) and offers direct helpers
 * for tests and the preview grid that bypass the proxy API (typing, pasting, inspection).
 */
import { type Rect, formatRect, parseAddress, rectContains } from "./addresses";
import { type CellValue, formatValueText, valueTypeOf } from "./cell-values";
import { type CfPaint, type ConditionalFormatState, paintCell } from "./conditional-formats";
import { invalidArgument, itemNotFound } from "./errors";
import type { CellFormat } from "./layers";
import { SimRequestContext } from "./proxy-base";
import { WorkbookProxy } from "./proxy-workbook";
import type { SheetState, SheetVisibility } from "./sheet-state";
import { type EditResult, pasteBlock, typeIntoCell, validationAt } from "./user-edits";
import { type ValidationSettings, listItems } from "./validation";
import { type ChangeNotice, WorkbookState } from "./workbook-state";

/** Options of createSimulatedExcel. */
export interface SimulatedExcelOptions {
  /** Initial sheet names (default ["Sheet1"]). */
  sheets?: readonly string[];
  /** Fire onChanged for Office.js writes too (triggerSource "ThisLocalAddin"); default false. */
  fireEventsOnApiWrites?: boolean;
}

/** Everything the preview/tests may want to know about one cell. */
export interface SimCellInfo {
  value: CellValue;
  /** Formula text, or the constant value (like Range.formulas). */
  formula: CellValue;
  hasFormula: boolean;
  text: string;
  valueType: string;
  numberFormat: string;
  locked: boolean;
  format: CellFormat;
  validation: (ValidationSettings & { listItems?: string[] }) | null;
}

/** Layout and protection of a sheet, for the preview grid. */
export interface SimSheetInfo {
  id: string;
  name: string;
  position: number;
  visibility: SheetVisibility;
  tabColor: string;
  protected: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** Used range as "A1:D10", or "" for an empty sheet. */
  usedRange: string;
  rowCount: number;
  columnCount: number;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  hiddenRows: number[];
  hiddenColumns: number[];
  merges: string[];
}

/** A stored conditional format as plain data. */
export interface SimConditionalFormatInfo {
  id: string;
  type: "Custom" | "CellValue";
  address: string;
  formula: string;
  cellValueRule: ConditionalFormatState["cellValueRule"];
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  priority: number;
  stopIfTrue: boolean;
}

/** The simulated Excel host. */
export interface SimHost {
  /** Like Excel.run: queued commands left at the end are synced automatically. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Like Excel.run(object, batch): reuses the context of an earlier batch (e.g. eventResult.context). */
  run<T>(
    contextOrObject: unknown,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
  /** Number of context.sync() calls since creation or resetSyncCount(). */
  readonly syncCount: number;
  /** Restarts sync counting, so a test can assert the syncs of one operation. */
  resetSyncCount(): void;
  /** Sheet names in tab order (for the preview tab bar and assertions). */
  getSheetNames(): string[];
  /** Name of the active sheet, so the preview shows the sheet the add-in activated. */
  getActiveSheetName(): string;
  /** Layout and protection of a sheet, for drawing the preview grid. */
  getSheetInfo(sheet: string): SimSheetInfo;
  /** Value, formula, format, lock and validation of one cell, bypassing the proxy API. */
  getCell(sheet: string, address: string): SimCellInfo;
  /** Computed values of a block, bypassing the proxy API. */
  getValues(sheet: string, address: string): CellValue[][];
  /** A user typing text into a cell (validation + protection enforced). */
  typeValue(sheet: string, address: string, text: string): EditResult;
  /** A user pasting a block (validation bypassed, protection enforced). */
  paste(sheet: string, topLeftAddress: string, values: readonly (readonly unknown[])[]): EditResult;
  /** A user selecting cells (activates the sheet). */
  select(sheet: string, address: string): void;
  /** Current selection, so the preview can highlight it. */
  getSelection(): { sheet: string; address: string };
  /** Defined names with their current values, for assertions and the preview. */
  getNames(): { name: string; formula: string; value: unknown }[];
  /** Conditional formats of a sheet in priority order. */
  getConditionalFormats(sheet: string): SimConditionalFormatInfo[];
  /** What conditional formatting paints on a cell now (null when no rule matches). */
  evaluateConditionalFormat(sheet: string, address: string): CfPaint | null;
  /** Fill color conditional formatting gives a cell now (null when none). */
  evaluateConditionalFill(sheet: string, address: string): string | null;
  /** Called after any change (API sync, typing, paste). Returns an unsubscribe function. */
  subscribe(listener: (change: ChangeNotice) => void): () => void;
  /** Resolves once all onChanged handler promises have settled. */
  whenIdle(): Promise<void>;
  /** Number of active onChanged handlers. */
  readonly handlerCount: number;
  /** Errors thrown by onChanged handlers. */
  readonly handlerErrors: readonly unknown[];
  /** Escape hatch to the underlying model (for advanced tests). */
  readonly state: WorkbookState;
}

class SimHostImpl implements SimHost {
  readonly state: WorkbookState;
  private syncs = 0;
  private readonly fireEventsOnApiWrites: boolean;

  constructor(options: SimulatedExcelOptions) {
    this.state = new WorkbookState(options.sheets ?? ["Sheet1"]);
    this.fireEventsOnApiWrites = options.fireEventsOnApiWrites ?? false;
  }

  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(
    contextOrObject: unknown,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
  async run<T>(first: unknown, second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    let ctx: SimRequestContext;
    let batch: (context: Excel.RequestContext) => Promise<T>;
    if (second === undefined) {
      if (typeof first !== "function")
        throw invalidArgument("Excel.run", "A batch function is required.");
      batch = first as (context: Excel.RequestContext) => Promise<T>;
      ctx = new SimRequestContext<WorkbookProxy>(
        this.state,
        { onSync: () => (this.syncs += 1), fireEventsOnApiWrites: this.fireEventsOnApiWrites },
        (c) => new WorkbookProxy(c)
      );
    } else {
      batch = second;
      const candidate =
        first instanceof SimRequestContext
          ? first
          : (first as { context?: unknown } | null)?.context;
      if (!(candidate instanceof SimRequestContext) || candidate.state !== this.state) {
        throw invalidArgument("Excel.run", "The object is not from this simulated host.");
      }
      ctx = candidate;
      ctx.reopen();
    }
    try {
      // The single boundary cast: SimRequestContext implements the used subset of
      // Excel.RequestContext structurally; the rest of the API is intentionally absent.
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.hasPending) await ctx.sync();
      return result;
    } finally {
      ctx.close();
    }
  }

  get syncCount(): number {
    return this.syncs;
  }
  resetSyncCount(): void {
    this.syncs = 0;
  }

  private sheet(name: string): SheetState {
    const s = this.state.findSheet(name);
    if (!s) throw itemNotFound(`sheet '${name}'`);
    return s;
  }

  private rect(address: string): Rect {
    const parsed = parseAddress(address);
    if (!parsed) throw invalidArgument("address", `'${address}' is not a valid address.`);
    return parsed.rect;
  }

  getSheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  getActiveSheetName(): string {
    return this.state.findSheet(this.state.activeSheetId)?.name ?? "";
  }

  getSheetInfo(name: string): SimSheetInfo {
    const s = this.sheet(name);
    const used = this.state.usedRect(s);
    return {
      id: s.id,
      name: s.name,
      position: this.state.sheets.indexOf(s),
      visibility: s.visibility,
      tabColor: s.tabColor,
      protected: s.protection.protected,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      usedRange: used
        ? formatRect({ startRow: 0, startCol: 0, endRow: used.endRow, endCol: used.endCol })
        : "",
      rowCount: used ? used.endRow + 1 : 0,
      columnCount: used ? used.endCol + 1 : 0,
      columnWidths: Object.fromEntries(s.columnWidths),
      rowHeights: Object.fromEntries(s.rowHeights),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
      merges: s.merges.map((m) => formatRect(m)),
    };
  }

  getCell(sheetName: string, address: string): SimCellInfo {
    const s = this.sheet(sheetName);
    const { startRow: r, startCol: c } = this.rect(address);
    const value = this.state.readValue(s, r, c);
    const formula = this.state.readFormula(s, r, c);
    const format = this.state.format(s, r, c);
    const v = validationAt(s, r, c);
    let validation: SimCellInfo["validation"] = null;
    if (v.rule) {
      const rule = v.rule;
      validation =
        rule.kind === "list"
          ? {
              ...v,
              listItems: listItems(rule.source, (f) =>
                this.state.evaluate(s, f, r - rule.anchorRow, c - rule.anchorCol)
              ),
            }
          : v;
    }
    return {
      value,
      formula,
      hasFormula: this.state.hf.doesCellHaveFormula({ sheet: s.hfId, row: r, col: c }),
      text: formatValueText(value, format.numberFormat),
      valueType: valueTypeOf(value),
      numberFormat: format.numberFormat,
      locked: format.locked,
      format,
      validation,
    };
  }

  getValues(sheetName: string, address: string): CellValue[][] {
    return this.state.readValues(this.sheet(sheetName), this.rect(address));
  }

  typeValue(sheet: string, address: string, text: string): EditResult {
    return typeIntoCell(this.state, sheet, address, text);
  }

  paste(
    sheet: string,
    topLeftAddress: string,
    values: readonly (readonly unknown[])[]
  ): EditResult {
    return pasteBlock(this.state, sheet, topLeftAddress, values);
  }

  select(sheetName: string, address: string): void {
    const s = this.sheet(sheetName);
    this.state.activeSheetId = s.id;
    this.state.selection = { sheetId: s.id, rect: this.rect(address) };
    this.state.notify({ source: "typing", sheet: s.name, address });
  }

  getSelection(): { sheet: string; address: string } {
    const sel = this.state.selection;
    return { sheet: this.state.findSheet(sel.sheetId)?.name ?? "", address: formatRect(sel.rect) };
  }

  getNames(): { name: string; formula: string; value: unknown }[] {
    return this.state.names
      .list()
      .map((n) => ({ name: n.name, formula: n.formula, value: this.state.nameValue(n) }));
  }

  getConditionalFormats(sheetName: string): SimConditionalFormatInfo[] {
    return [...this.sheet(sheetName).conditionalFormats]
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({
        id: cf.id,
        type: cf.type,
        address: formatRect(cf.rect),
        formula: cf.formula,
        cellValueRule: cf.cellValueRule,
        fill: cf.format.fill,
        fontColor: cf.format.fontColor,
        bold: cf.format.bold,
        priority: cf.priority,
        stopIfTrue: cf.stopIfTrue,
      }));
  }

  evaluateConditionalFormat(sheetName: string, address: string): CfPaint | null {
    const s = this.sheet(sheetName);
    const { startRow: r, startCol: c } = this.rect(address);
    const relevant = s.conditionalFormats.filter((cf) => rectContains(cf.rect, r, c));
    if (relevant.length === 0) return null;
    return paintCell(relevant, r, c, this.state.readValue(s, r, c), (f, dr, dc) =>
      this.state.evaluate(s, f, dr, dc)
    );
  }

  evaluateConditionalFill(sheetName: string, address: string): string | null {
    return this.evaluateConditionalFormat(sheetName, address)?.fill ?? null;
  }

  subscribe(listener: (change: ChangeNotice) => void): () => void {
    return this.state.subscribe(listener);
  }

  whenIdle(): Promise<void> {
    return this.state.events.whenIdle();
  }

  get handlerCount(): number {
    return this.state.events.handlerCount;
  }

  get handlerErrors(): readonly unknown[] {
    return this.state.events.errors;
  }
}

/** Creates a simulated Excel host (see index.ts for what is covered). */
export function createSimulatedExcel(options: SimulatedExcelOptions = {}): SimHost {
  return new SimHostImpl(options);
}
