/**
 * Defined-name proxies: NamedItemCollection (workbook scope) and NamedItem.
 */
import { formatAbsoluteAddress, parseAddress } from "./addresses";
import { SimExcelError, itemNotFound } from "./errors";
import {
  CollectionProxyBase,
  ProxyBase,
  type SimClientResult,
  type SimRequestContext,
  queueResult,
} from "./proxy-base";
import { RangeProxy } from "./proxy-range";
import type { DefinedName } from "./defined-names";
function nameTarget(
  ctx: SimRequestContext,
  item: DefinedName
): { sheetName: string; parsed: NonNullable<ReturnType<typeof parseAddress>> } | undefined {
  const parsed = parseAddress(item.formula);
  if (!parsed || parsed.sheet === undefined || !ctx.state.findSheet(parsed.sheet)) return undefined;
  return { sheetName: parsed.sheet, parsed };
}

/** Proxy of Excel.NamedItem. */
export class NamedItemProxy extends ProxyBase {
  protected readonly entityName = "NamedItem";
  private readonly key: () => string | undefined;

  constructor(ctx: SimRequestContext, key: () => string | undefined, nullable = false) {
    super(ctx, nullable);
    this.key = key;
  }
  private item(): DefinedName {
    const k = this.key();
    const item = k === undefined ? undefined : this.ctx.state.names.get(k);
    if (!item) throw itemNotFound(`NamedItem(${k ?? ""})`);
    return item;
  }
  protected exists(): boolean {
    const k = this.key();
    return k !== undefined && this.ctx.state.names.get(k) !== undefined;
  }
  protected scalarNames(): readonly string[] {
    return ["name", "type", "value", "formula", "visible", "comment"];
  }
  protected snapshot(name: string): unknown {
    const item = this.item();
    const isRange = nameTarget(this.ctx, item) !== undefined;
    switch (name) {
      case "name":
        return item.name;
      case "formula":
        return item.formula;
      case "visible":
        return item.visible;
      case "comment":
        return item.comment;
      case "type": {
        if (isRange) return "Range";
        const v = this.ctx.state.nameValue(item);
        if (typeof v === "number") return "Double";
        if (typeof v === "boolean") return "Boolean";
        return typeof v === "string" && v.startsWith("#") ? "Error" : "String";
      }
      case "value":
        return isRange ? item.formula.slice(1) : this.ctx.state.nameValue(item);
      default:
        return undefined;
    }
  }
  get name(): string {
    return this.getField("name");
  }
  get type(): string {
    return this.getField("type");
  }
  get value(): unknown {
    return this.getField("value");
  }
  get formula(): string {
    return this.getField("formula");
  }
  get visible(): boolean {
    return this.getField("visible");
  }
  set visible(v: boolean) {
    this.setField("visible", v, () => {
      this.item().visible = v;
    });
  }
  get comment(): string {
    return this.getField("comment");
  }
  /** The range the name refers to (InvalidArgument-like error if it is not a range). */
  getRange(): RangeProxy {
    return this.rangeProxy(false);
  }
  /** The range, or a null object when the name is not a range. */
  getRangeOrNullObject(): RangeProxy {
    return this.rangeProxy(true);
  }
  private rangeProxy(nullable: boolean): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const item = this.item();
        const t = nameTarget(this.ctx, item);
        if (!t) {
          if (nullable) return undefined;
          throw new SimExcelError(
            "InvalidOperation",
            "The named item does not refer to a range.",
            "NamedItem.getRange"
          );
        }
        const sheet = this.ctx.state.findSheet(t.sheetName);
        return sheet ? { sheet, rect: t.parsed.rect } : undefined;
      },
      "NamedItem.getRange",
      nullable
    );
  }
  /** Deletes the name. */
  delete(): void {
    this.ctx.enqueue(() => this.ctx.state.names.delete(this.item().name));
  }
}

/** Proxy of Excel.NamedItemCollection (workbook scope). */
export class NamedItemCollectionProxy extends CollectionProxyBase<NamedItemProxy> {
  protected readonly entityName = "NamedItemCollection";
  protected currentItems(): NamedItemProxy[] {
    return this.ctx.state.names.list().map((n) => new NamedItemProxy(this.ctx, () => n.name));
  }
  /** Adds a name; reference is "=Sheet!$A$1"-style text, a formula, or a Range proxy. */
  add(name: string, reference: string | RangeProxy, comment?: string): NamedItemProxy {
    this.ctx.enqueue(() => {
      let formula: string;
      if (reference instanceof RangeProxy) {
        const t = reference.target();
        formula = `=${formatAbsoluteAddress(t.sheet.name, t.rect)}`;
      } else {
        formula = reference;
      }
      this.ctx.state.names.add(name, formula, comment ?? "");
    });
    return new NamedItemProxy(this.ctx, () => name);
  }
  /** Name lookup; ItemNotFound at sync. */
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => name);
  }
  /** Name lookup returning a null object when missing. */
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => name, true);
  }
  /** Number of names. */
  getCount(): SimClientResult<number> {
    return queueResult(this.ctx, () => this.ctx.state.names.list().length);
  }
}
