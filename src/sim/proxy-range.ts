/**
 * Proxy of Excel.Range: values/formulas/numberFormat/text/address..., derived ranges and the
 * sync-time checks Excel performs (array dimensions, protected cells, invalid formulas).
 */
import {
  type Rect,
  MAX_COLUMNS,
  MAX_ROWS,
  formatAddress,
  formatRect,
  rectCols,
  rectInGrid,
  rectRows,
  rectsIntersect,
} from "./addresses";
import { formatValueText, valueTypeOf } from "./cell-values";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { ProxyBase, type SimRequestContext } from "./proxy-base";
import {
  type RangeTarget,
  applyNumberFormat,
  clearRange,
  mergeRange,
  writeRangeCells,
} from "./range-edits";
import { ConditionalFormatCollectionProxy } from "./proxy-cf";
import { RangeFormatProxy } from "./proxy-range-format";
import { RANGE_PROXY, type RangeHandle, worksheetProxy } from "./proxy-types";
import { DataValidationProxy } from "./proxy-validation";
import type { WorksheetProxy } from "./proxy-worksheet";
import type { SheetState } from "./sheet-state";

export type { RangeTarget } from "./range-edits";

/** Proxy of Excel.Range. */
export class RangeProxy extends ProxyBase implements RangeHandle {
  protected readonly entityName = "Range";
  readonly [RANGE_PROXY] = true as const;
  private readonly locate: () => RangeTarget | undefined;
  private readonly where: string;
  private bound: { sheetId: string; rect: Rect } | undefined;
  private formatProxy: RangeFormatProxy | undefined;
  private validationProxy: DataValidationProxy | undefined;
  private cfProxy: ConditionalFormatCollectionProxy | undefined;
  private sheetProxy: WorksheetProxy | undefined;

  constructor(
    ctx: SimRequestContext,
    locate: () => RangeTarget | undefined,
    where: string,
    nullable = false
  ) {
    super(ctx, nullable);
    this.locate = locate;
    this.where = where;
  }

  /** A new range proxy in the same request context on what `locate` finds. */
  spawn(locate: () => RangeTarget | undefined, where: string): RangeProxy {
    return new RangeProxy(this.ctx, locate, where);
  }

  /** Resolves sheet and rectangle (bound on first use, like an Excel object path). */
  target(): RangeTarget {
    if (this.bound) {
      const sheet = this.ctx.state.findSheet(this.bound.sheetId);
      if (!sheet) throw itemNotFound(this.where);
      return { sheet, rect: this.bound.rect };
    }
    const t = this.locate();
    if (!t) throw itemNotFound(this.where);
    this.bound = { sheetId: t.sheet.id, rect: t.rect };
    return t;
  }

  protected exists(): boolean {
    try {
      this.target();
      return true;
    } catch {
      return false;
    }
  }

  /** Excel.RangeFormat of this range. */
  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.ctx, this);
    return this.formatProxy;
  }
  /** Excel.DataValidation of this range. */
  get dataValidation(): DataValidationProxy {
    this.validationProxy ??= new DataValidationProxy(this.ctx, this);
    return this.validationProxy;
  }
  /** Excel.ConditionalFormatCollection of this range. */
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.cfProxy ??= new ConditionalFormatCollectionProxy(this.ctx, this);
    return this.cfProxy;
  }
  /** The worksheet containing the range. */
  get worksheet(): WorksheetProxy {
    this.sheetProxy ??= worksheetProxy(
      this.ctx,
      () => this.target().sheet,
      `${this.where}.worksheet`
    ) as WorksheetProxy;
    return this.sheetProxy;
  }

  protected override navigation(name: string): ProxyBase | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  protected scalarNames(): readonly string[] {
    return [
      "address",
      "addressLocal",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "cellCount",
      "values",
      "formulas",
      "formulasLocal",
      "numberFormat",
      "text",
      "valueTypes",
      "hidden",
      "rowHidden",
      "columnHidden",
    ];
  }

  private mapCells<T>(fn: (sheet: SheetState, row: number, col: number) => T): T[][] {
    const { sheet, rect } = this.target();
    const out: T[][] = [];
    for (let r = rect.startRow; r <= rect.endRow; r += 1) {
      const line: T[] = [];
      for (let c = rect.startCol; c <= rect.endCol; c += 1) line.push(fn(sheet, r, c));
      out.push(line);
    }
    return out;
  }

  protected snapshot(name: string): unknown {
    const { sheet, rect } = this.target();
    const state = this.ctx.state;
    const rowsAll = (): boolean =>
      Array.from({ length: rectRows(rect) }, (_, i) => rect.startRow + i).every((r) =>
        sheet.hiddenRows.has(r)
      );
    const colsAll = (): boolean =>
      Array.from({ length: rectCols(rect) }, (_, i) => rect.startCol + i).every((c) =>
        sheet.hiddenColumns.has(c)
      );
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectCols(rect);
      case "rowIndex":
        return rect.startRow;
      case "columnIndex":
        return rect.startCol;
      case "cellCount":
        return rectRows(rect) * rectCols(rect);
      case "values":
        return state.readValues(sheet, rect);
      case "formulas":
      case "formulasLocal":
        return state.readFormulas(sheet, rect);
      case "numberFormat":
        return this.mapCells((s, r, c) => s.formats.resolveKey(r, c, "numberFormat") ?? "General");
      case "text":
        return this.mapCells((s, r, c) =>
          formatValueText(
            state.readValue(s, r, c),
            s.formats.resolveKey(r, c, "numberFormat") ?? "General"
          )
        );
      case "valueTypes":
        return this.mapCells((s, r, c) => valueTypeOf(state.readValue(s, r, c)));
      case "hidden":
        return rowsAll() || colsAll();
      case "rowHidden":
        return rowsAll();
      case "columnHidden":
        return colsAll();
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.getField("address");
  }
  get addressLocal(): string {
    return this.getField("addressLocal");
  }
  get rowCount(): number {
    return this.getField("rowCount");
  }
  get columnCount(): number {
    return this.getField("columnCount");
  }
  get rowIndex(): number {
    return this.getField("rowIndex");
  }
  get columnIndex(): number {
    return this.getField("columnIndex");
  }
  get cellCount(): number {
    return this.getField("cellCount");
  }
  get text(): string[][] {
    return this.getField("text");
  }
  get valueTypes(): string[][] {
    return this.getField("valueTypes");
  }
  get hidden(): boolean {
    return this.getField("hidden");
  }

  get values(): unknown[][] {
    return this.getField("values");
  }
  set values(value: unknown[][]) {
    this.setField("values", value, () => this.writeCells(value, "Range.values"));
  }
  get formulas(): unknown[][] {
    return this.getField("formulas");
  }
  set formulas(value: unknown[][]) {
    this.setField("formulas", value, () => this.writeCells(value, "Range.formulas"));
  }
  get formulasLocal(): unknown[][] {
    return this.getField("formulasLocal");
  }
  set formulasLocal(value: unknown[][]) {
    this.setField("formulasLocal", value, () => this.writeCells(value, "Range.formulasLocal"));
  }

  get numberFormat(): unknown[][] {
    return this.getField("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.setField("numberFormat", value, () =>
      applyNumberFormat(this.ctx.state, this.target(), value)
    );
  }

  get rowHidden(): boolean {
    return this.getField("rowHidden");
  }
  set rowHidden(value: boolean) {
    this.setField("rowHidden", value, () => {
      const { sheet, rect } = this.target();
      this.ctx.state.assertProtectionAllows(sheet, "allowFormatRows", "Range.rowHidden");
      for (let r = rect.startRow; r <= rect.endRow; r += 1) {
        if (value) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }
  get columnHidden(): boolean {
    return this.getField("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.setField("columnHidden", value, () => {
      const { sheet, rect } = this.target();
      this.ctx.state.assertProtectionAllows(sheet, "allowFormatColumns", "Range.columnHidden");
      for (let c = rect.startCol; c <= rect.endCol; c += 1) {
        if (value) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** Applies a values/formulas write at sync time with Excel's checks. */
  private writeCells(raw: unknown, where: string): void {
    writeRangeCells(this.ctx, this.target(), raw, where);
  }

  private derive(where: string, fn: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.target();
        const rect = fn(t.rect);
        if (!rectInGrid(rect)) throw invalidArgument(where);
        return { sheet: t.sheet, rect };
      },
      where
    );
  }

  /** Cell relative to the range's top-left (may lie outside the range). */
  getCell(row: number, column: number): RangeProxy {
    return this.derive("Range.getCell", (r) => ({
      startRow: r.startRow + row,
      startCol: r.startCol + column,
      endRow: r.startRow + row,
      endCol: r.startCol + column,
    }));
  }
  /** Same-size range shifted by the offsets. */
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("Range.getOffsetRange", (r) => ({
      startRow: r.startRow + rowOffset,
      startCol: r.startCol + columnOffset,
      endRow: r.endRow + rowOffset,
      endCol: r.endCol + columnOffset,
    }));
  }
  /** Range with the bottom-right corner moved by the deltas. */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("Range.getResizedRange", (r) => ({
      ...r,
      endRow: r.endRow + deltaRows,
      endCol: r.endCol + deltaColumns,
    }));
  }
  /** Range of numRows x numColumns starting at this range's top-left. */
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derive("Range.getAbsoluteResizedRange", (r) => ({
      ...r,
      endRow: r.startRow + numRows - 1,
      endCol: r.startCol + numColumns - 1,
    }));
  }
  /** One row of the range. */
  getRow(row: number): RangeProxy {
    return this.derive("Range.getRow", (r) => ({
      ...r,
      startRow: r.startRow + row,
      endRow: r.startRow + row,
    }));
  }
  /** One column of the range. */
  getColumn(column: number): RangeProxy {
    return this.derive("Range.getColumn", (r) => ({
      ...r,
      startCol: r.startCol + column,
      endCol: r.startCol + column,
    }));
  }
  /** Whole rows covering the range. */
  getEntireRow(): RangeProxy {
    return this.derive("Range.getEntireRow", (r) => ({
      ...r,
      startCol: 0,
      endCol: MAX_COLUMNS - 1,
    }));
  }
  /** Whole columns covering the range. */
  getEntireColumn(): RangeProxy {
    return this.derive("Range.getEntireColumn", (r) => ({
      ...r,
      startRow: 0,
      endRow: MAX_ROWS - 1,
    }));
  }
  /** Bottom-right cell. */
  getLastCell(): RangeProxy {
    return this.derive("Range.getLastCell", (r) => ({
      startRow: r.endRow,
      startCol: r.endCol,
      endRow: r.endRow,
      endCol: r.endCol,
    }));
  }

  /** Clears contents and/or formats ("All" | "Contents" | "Formats"). */
  clear(applyTo: string = "All"): void {
    this.ctx.enqueue(() => clearRange(this.ctx, this.target(), applyTo));
  }

  /** Merges the range (or each row with across=true); keeps only the top-left value. */
  merge(across = false): void {
    this.ctx.enqueue(() => mergeRange(this.ctx.state, this.target(), across));
  }

  /** Removes merged areas intersecting the range. */
  unmerge(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      this.ctx.state.assertProtectionAllows(sheet, null, "Range.unmerge");
      sheet.merges = sheet.merges.filter((m) => !rectsIntersect(m, rect));
    });
  }

  /** Selects the range (and activates its sheet); InvalidOperation on a hidden or very hidden sheet, as Excel. */
  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      if (sheet.visibility !== "Visible") throw invalidOperation("Range.select");
      this.ctx.state.activeSheetId = sheet.id;
      this.ctx.state.selection = { sheetId: sheet.id, rect };
    });
  }

  /** Recalculation is automatic in the simulator; kept for API compatibility. */
  calculate(): void {
    this.ctx.enqueue(() => undefined, false);
  }

  /** Local address like "B2:C3" (helper used by other proxies). */
  localAddress(): string {
    return formatRect(this.target().rect);
  }
}
