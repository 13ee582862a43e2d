/**
 * Range formatting proxies: RangeFormat (column width, row height, alignment, wrap), RangeFont,
 * RangeFill and FormatProtection (locked). Format writes on a protected sheet fail at sync
 * unless the protection options allow them; locked/formulaHidden always need an unprotected sheet.
 */
import { type CellFormat, type HAlign, type VAlign, normalizeColor } from "./layers";
import { ProxyBase, type SimRequestContext } from "./proxy-base";
import type { RangeHandle } from "./proxy-types";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type SheetState,
  type SimProtectionOptions,
} from "./sheet-state";

const MAX_SAMPLED_CELLS = 10000;

/** Value shared by all cells of the range, or null when mixed (Excel's convention). */
function uniform<T>(
  range: RangeHandle,
  read: (sheet: SheetState, row: number, col: number) => T
): T | null {
  const { sheet, rect } = range.target();
  let first: T | undefined;
  let seen = 0;
  for (let r = rect.startRow; r <= rect.endRow; r += 1) {
    for (let c = rect.startCol; c <= rect.endCol; c += 1) {
      const v = read(sheet, r, c);
      if (seen === 0) first = v;
      else if (v !== first) return null;
      seen += 1;
      if (seen >= MAX_SAMPLED_CELLS) return first ?? null;
    }
  }
  return first ?? null;
}

/** Base for proxies whose properties map onto CellFormat keys. */
abstract class FormatPartProxy extends ProxyBase {
  protected readonly range: RangeHandle;

  constructor(ctx: SimRequestContext, range: RangeHandle) {
    super(ctx);
    this.range = range;
  }

  protected exists(): boolean {
    return true;
  }

  protected readKey<K extends keyof CellFormat>(key: K): CellFormat[K] | null {
    return uniform(this.range, (sheet, r, c) => this.ctx.state.format(sheet, r, c)[key]);
  }

  protected writeKey<K extends keyof CellFormat>(
    field: string,
    key: K,
    value: CellFormat[K],
    option: keyof SimProtectionOptions | null
  ): void {
    this.setField(field, value, () => {
      const { sheet, rect } = this.range.target();
      this.ctx.state.assertProtectionAllows(sheet, option, `Range.format.${field}`);
      const patch: Partial<CellFormat> = {};
      patch[key] = value;
      sheet.formats.apply(rect, patch);
    });
  }
}

/** Proxy of Excel.RangeFont. */
export class RangeFontProxy extends FormatPartProxy {
  protected readonly entityName = "RangeFont";
  protected scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "size", "name", "underline"];
  }
  protected snapshot(name: string): unknown {
    const keys: Record<string, keyof CellFormat> = {
      bold: "bold",
      italic: "italic",
      color: "fontColor",
      size: "fontSize",
      name: "fontName",
      underline: "underline",
    };
    const key = keys[name];
    this.range.target();
    return key ? this.readKey(key) : undefined;
  }
  get bold(): boolean {
    return this.getField("bold");
  }
  set bold(v: boolean) {
    this.writeKey("bold", "bold", v, "allowFormatCells");
  }
  get italic(): boolean {
    return this.getField("italic");
  }
  set italic(v: boolean) {
    this.writeKey("italic", "italic", v, "allowFormatCells");
  }
  get color(): string {
    return this.getField("color");
  }
  set color(v: string) {
    this.writeKey("color", "fontColor", normalizeColor(v), "allowFormatCells");
  }
  get size(): number {
    return this.getField("size");
  }
  set size(v: number) {
    this.writeKey("size", "fontSize", v, "allowFormatCells");
  }
  get name(): string {
    return this.getField("name");
  }
  set name(v: string) {
    this.writeKey("name", "fontName", v, "allowFormatCells");
  }
  get underline(): string {
    return this.getField("underline");
  }
  set underline(v: string) {
    this.writeKey("underline", "underline", v, "allowFormatCells");
  }
}

/** Proxy of Excel.RangeFill. */
export class RangeFillProxy extends FormatPartProxy {
  protected readonly entityName = "RangeFill";
  protected scalarNames(): readonly string[] {
    return ["color"];
  }
  protected snapshot(name: string): unknown {
    this.range.target();
    if (name !== "color") return undefined;
    return uniform(
      this.range,
      (sheet, r, c) => this.ctx.state.format(sheet, r, c).fill ?? "#FFFFFF"
    );
  }
  get color(): string {
    return this.getField("color");
  }
  set color(v: string) {
    this.writeKey("color", "fill", normalizeColor(v), "allowFormatCells");
  }
  /** Removes the fill. */
  clear(): void {
    this.writeKey("color", "fill", null, "allowFormatCells");
  }
}

/** Proxy of Excel.FormatProtection (locked / formulaHidden). */
export class FormatProtectionProxy extends FormatPartProxy {
  protected readonly entityName = "FormatProtection";
  protected scalarNames(): readonly string[] {
    return ["locked", "formulaHidden"];
  }
  protected snapshot(name: string): unknown {
    this.range.target();
    if (name === "locked") return this.readKey("locked");
    if (name === "formulaHidden") return this.readKey("formulaHidden");
    return undefined;
  }
  get locked(): boolean {
    return this.getField("locked");
  }
  set locked(v: boolean) {
    this.writeKey("locked", "locked", v, null);
  }
  get formulaHidden(): boolean {
    return this.getField("formulaHidden");
  }
  set formulaHidden(v: boolean) {
    this.writeKey("formulaHidden", "formulaHidden", v, null);
  }
}

/** Proxy of Excel.RangeFormat. */
export class RangeFormatProxy extends FormatPartProxy {
  protected readonly entityName = "RangeFormat";
  readonly font: RangeFontProxy;
  readonly fill: RangeFillProxy;
  readonly protection: FormatProtectionProxy;

  constructor(ctx: SimRequestContext, range: RangeHandle) {
    super(ctx, range);
    this.font = new RangeFontProxy(ctx, range);
    this.fill = new RangeFillProxy(ctx, range);
    this.protection = new FormatProtectionProxy(ctx, range);
  }

  protected override navigation(name: string): ProxyBase | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    if (name === "protection") return this.protection;
    return undefined;
  }

  protected scalarNames(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  }

  protected snapshot(name: string): unknown {
    this.range.target();
    switch (name) {
      case "columnWidth":
        return uniform(this.range, (s, _r, c) => s.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      case "rowHeight":
        return uniform(this.range, (s, r) => s.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
      case "wrapText":
        return this.readKey("wrapText");
      case "horizontalAlignment":
        return this.readKey("horizontalAlignment");
      case "verticalAlignment":
        return this.readKey("verticalAlignment");
      default:
        return undefined;
    }
  }

  get columnWidth(): number {
    return this.getField("columnWidth");
  }
  set columnWidth(v: number) {
    this.setField("columnWidth", v, () => {
      const { sheet, rect } = this.range.target();
      this.ctx.state.assertProtectionAllows(
        sheet,
        "allowFormatColumns",
        "Range.format.columnWidth"
      );
      for (let c = rect.startCol; c <= rect.endCol; c += 1) sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.getField("rowHeight");
  }
  set rowHeight(v: number) {
    this.setField("rowHeight", v, () => {
      const { sheet, rect } = this.range.target();
      this.ctx.state.assertProtectionAllows(sheet, "allowFormatRows", "Range.format.rowHeight");
      for (let r = rect.startRow; r <= rect.endRow; r += 1) sheet.rowHeights.set(r, v);
    });
  }
  get wrapText(): boolean {
    return this.getField("wrapText");
  }
  set wrapText(v: boolean) {
    this.writeKey("wrapText", "wrapText", v, "allowFormatCells");
  }
  get horizontalAlignment(): HAlign {
    return this.getField("horizontalAlignment");
  }
  set horizontalAlignment(v: HAlign) {
    this.writeKey("horizontalAlignment", "horizontalAlignment", v, "allowFormatCells");
  }
  get verticalAlignment(): VAlign {
    return this.getField("verticalAlignment");
  }
  set verticalAlignment(v: VAlign) {
    this.writeKey("verticalAlignment", "verticalAlignment", v, "allowFormatCells");
  }

  /** Autofit is a no-op in the simulator but obeys protection like Excel. */
  autofitColumns(): void {
    this.ctx.enqueue(() =>
      this.ctx.state.assertProtectionAllows(
        this.range.target().sheet,
        "allowFormatColumns",
        "Range.format.autofitColumns"
      )
    );
  }
  /** Autofit is a no-op in the simulator but obeys protection like Excel. */
  autofitRows(): void {
    this.ctx.enqueue(() =>
      this.ctx.state.assertProtectionAllows(
        this.range.target().sheet,
        "allowFormatRows",
        "Range.format.autofitRows"
      )
    );
  }
}
