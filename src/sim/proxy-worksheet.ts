/**
 * Proxy of Excel.Worksheet (properties, ranges, protection, freeze panes, onChanged).
 */
import { type Rect, MAX_COLUMNS, MAX_ROWS, rectInGrid } from "./addresses";
import { SimExcelError, invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { ProxyBase, SimChangedEventHandlers, type SimRequestContext } from "./proxy-base";
import { RangeProxy } from "./proxy-range";
import { provideWorksheetProxy } from "./proxy-types";
import {
  WorksheetFreezePanesProxy,
  WorksheetProtectionProxy,
  resolveRangeOnSheet,
} from "./proxy-worksheet-parts";
import type { SheetState, SheetVisibility } from "./sheet-state";

/** Proxy of Excel.Worksheet. */
export class WorksheetProxy extends ProxyBase {
  protected readonly entityName = "Worksheet";
  private cachedId: string | undefined;
  private readonly locate: () => SheetState | undefined;
  private readonly where: string;
  readonly protection: WorksheetProtectionProxy;
  readonly freezePanes: WorksheetFreezePanesProxy;
  readonly onChanged: SimChangedEventHandlers;

  constructor(
    ctx: SimRequestContext,
    locate: () => SheetState | undefined,
    where: string,
    nullable = false
  ) {
    super(ctx, nullable);
    this.locate = locate;
    this.where = where;
    this.protection = new WorksheetProtectionProxy(ctx, () => this.sheet());
    this.freezePanes = new WorksheetFreezePanesProxy(ctx, () => this.sheet());
    this.onChanged = new SimChangedEventHandlers(ctx, () => this.sheet().id);
  }

  /** Resolves the sheet (binding to it on first use, as Excel object paths do). */
  sheet(): SheetState {
    const found =
      this.cachedId !== undefined ? this.ctx.state.findSheet(this.cachedId) : this.locate();
    if (!found) throw itemNotFound(this.where);
    this.cachedId = found.id;
    return found;
  }

  protected exists(): boolean {
    try {
      this.sheet();
      return true;
    } catch {
      return false;
    }
  }

  protected override navigation(name: string): ProxyBase | undefined {
    if (name === "protection") return this.protection;
    return undefined;
  }

  protected scalarNames(): readonly string[] {
    return ["id", "name", "position", "visibility", "tabColor", "showGridlines"];
  }

  protected snapshot(name: string): unknown {
    const s = this.sheet();
    switch (name) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return this.ctx.state.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      case "showGridlines":
        return s.showGridlines;
      default:
        return undefined;
    }
  }

  get id(): string {
    return this.getField("id");
  }
  get name(): string {
    return this.getField("name");
  }
  set name(value: string) {
    this.setField("name", value, () => this.ctx.state.renameSheet(this.sheet(), value));
  }
  get position(): number {
    return this.getField("position");
  }
  set position(value: number) {
    this.setField("position", value, () => this.ctx.state.moveSheet(this.sheet(), value));
  }
  get visibility(): SheetVisibility {
    return this.getField("visibility");
  }
  set visibility(value: SheetVisibility) {
    this.setField("visibility", value, () => {
      const s = this.sheet();
      const others = this.ctx.state.sheets.filter((x) => x !== s && x.visibility === "Visible");
      if (value !== "Visible" && others.length === 0) {
        throw new SimExcelError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.visibility"
        );
      }
      s.visibility = value;
      if (value !== "Visible" && this.ctx.state.activeSheetId === s.id)
        this.ctx.state.activeSheetId = others[0]?.id ?? s.id;
    });
  }
  get tabColor(): string {
    return this.getField("tabColor");
  }
  set tabColor(value: string) {
    this.setField("tabColor", value, () => {
      this.sheet().tabColor = value;
    });
  }
  get showGridlines(): boolean {
    return this.getField("showGridlines");
  }
  set showGridlines(value: boolean) {
    this.setField("showGridlines", value, () => {
      this.sheet().showGridlines = value;
    });
  }

  /** Range by A1 address (or a defined name); the whole sheet without an address. */
  getRange(address?: string): RangeProxy {
    const where = `Worksheet.getRange(${address ?? ""})`;
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.sheet();
        if (address === undefined || address === "")
          return {
            sheet: s,
            rect: { startRow: 0, startCol: 0, endRow: MAX_ROWS - 1, endCol: MAX_COLUMNS - 1 },
          };
        return resolveRangeOnSheet(this.ctx.state, s, address, where);
      },
      where
    );
  }

  /** Range by zero-based indexes. */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeProxy {
    const where = "Worksheet.getRangeByIndexes";
    return new RangeProxy(
      this.ctx,
      () => {
        const rect: Rect = {
          startRow,
          startCol: startColumn,
          endRow: startRow + rowCount - 1,
          endCol: startColumn + columnCount - 1,
        };
        if (!rectInGrid(rect)) throw invalidArgument(where);
        return { sheet: this.sheet(), rect };
      },
      where
    );
  }

  /** Range by address, or a null object when the address/name does not resolve. */
  getRangeOrNullObject(address: string): RangeProxy {
    const where = `Worksheet.getRangeOrNullObject(${address})`;
    return new RangeProxy(
      this.ctx,
      () => {
        try {
          return resolveRangeOnSheet(this.ctx.state, this.sheet(), address, where);
        } catch {
          return undefined;
        }
      },
      where,
      true
    );
  }

  /** Single cell by zero-based indexes. */
  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Bounding range of non-empty cells (A1 for an empty sheet, as Excel). */
  getUsedRange(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.sheet();
        return {
          sheet: s,
          rect: this.ctx.state.usedRect(s) ?? { startRow: 0, startCol: 0, endRow: 0, endCol: 0 },
        };
      },
      "Worksheet.getUsedRange"
    );
  }

  /** Like getUsedRange but a null object for an empty sheet. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.sheet();
        const rect = this.ctx.state.usedRect(s);
        return rect ? { sheet: s, rect } : undefined;
      },
      "Worksheet.getUsedRangeOrNullObject",
      true
    );
  }

  /** Makes the sheet active; InvalidOperation for a hidden or very hidden sheet, which Excel cannot show. */
  activate(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (s.visibility !== "Visible") throw invalidOperation("Worksheet.activate");
      this.ctx.state.activeSheetId = s.id;
      this.ctx.state.selection = {
        sheetId: s.id,
        rect: { startRow: 0, startCol: 0, endRow: 0, endCol: 0 },
      };
    });
  }

  /** Deletes the sheet (not the last visible one). */
  delete(): void {
    this.ctx.enqueue(() => this.ctx.state.deleteSheet(this.sheet()));
  }
}

provideWorksheetProxy((ctx, locate, where) => new WorksheetProxy(ctx, locate, where));
