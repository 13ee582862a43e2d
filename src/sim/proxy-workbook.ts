/**
 * Workbook-level proxies: Workbook, NamedItemCollection/NamedItem, DocumentProperties with
 * custom properties, SettingCollection/Setting and Application (calculate is a no-op: the
 * simulator always recalculates automatically).
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
import { WorksheetCollectionProxy } from "./proxy-worksheet";
import type { DefinedName, DocumentPropertiesState } from "./workbook-state";

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
    const item = k === undefined ? undefined : this.ctx.state.getName(k);
    if (!item) throw itemNotFound(`NamedItem(${k ?? ""})`);
    return item;
  }
  protected exists(): boolean {
    const k = this.key();
    return k !== undefined && this.ctx.state.getName(k) !== undefined;
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
    this.ctx.enqueue(() => this.ctx.state.deleteName(this.item().name));
  }
}

/** Proxy of Excel.NamedItemCollection (workbook scope). */
export class NamedItemCollectionProxy extends CollectionProxyBase<NamedItemProxy> {
  protected readonly entityName = "NamedItemCollection";
  protected currentItems(): NamedItemProxy[] {
    return this.ctx.state.listNames().map((n) => new NamedItemProxy(this.ctx, () => n.name));
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
      this.ctx.state.addName(name, formula, comment ?? "");
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
    return queueResult(this.ctx, () => this.ctx.state.listNames().length);
  }
}

type ScalarProp = string | number | boolean;

/** Proxy of Excel.CustomProperty. */
export class CustomPropertyProxy extends ProxyBase {
  protected readonly entityName = "CustomProperty";
  private readonly propKey: string;
  constructor(ctx: SimRequestContext, key: string, nullable = false) {
    super(ctx, nullable);
    this.propKey = key;
  }
  private entry(): { key: string; value: ScalarProp } {
    const e = this.ctx.state.customProperties.get(this.propKey.toLowerCase());
    if (!e) throw itemNotFound(`CustomProperty(${this.propKey})`);
    return e;
  }
  protected exists(): boolean {
    return this.ctx.state.customProperties.has(this.propKey.toLowerCase());
  }
  protected scalarNames(): readonly string[] {
    return ["key", "value", "type"];
  }
  protected snapshot(name: string): unknown {
    const e = this.entry();
    if (name === "key") return e.key;
    if (name === "value") return e.value;
    if (name === "type")
      return typeof e.value === "number"
        ? Number.isInteger(e.value)
          ? "Number"
          : "Float"
        : typeof e.value === "boolean"
          ? "Boolean"
          : "String";
    return undefined;
  }
  get key(): string {
    return this.getField("key");
  }
  get value(): ScalarProp {
    return this.getField("value");
  }
  set value(v: ScalarProp) {
    this.setField("value", v, () => {
      this.entry().value = v;
    });
  }
  get type(): string {
    return this.getField("type");
  }
  /** Deletes the property. */
  delete(): void {
    this.ctx.enqueue(() => {
      this.entry();
      this.ctx.state.customProperties.delete(this.propKey.toLowerCase());
    });
  }
}

/** Proxy of Excel.CustomPropertyCollection. */
export class CustomPropertyCollectionProxy extends CollectionProxyBase<CustomPropertyProxy> {
  protected readonly entityName = "CustomPropertyCollection";
  protected currentItems(): CustomPropertyProxy[] {
    return [...this.ctx.state.customProperties.values()].map(
      (e) => new CustomPropertyProxy(this.ctx, e.key)
    );
  }
  /** Adds or replaces a custom property. */
  add(key: string, value: ScalarProp): CustomPropertyProxy {
    this.ctx.enqueue(() => {
      this.ctx.state.customProperties.set(key.toLowerCase(), { key, value });
    });
    return new CustomPropertyProxy(this.ctx, key);
  }
  /** Property by key; ItemNotFound at sync. */
  getItem(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this.ctx, key);
  }
  /** Property by key or a null object. */
  getItemOrNullObject(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this.ctx, key, true);
  }
  /** Removes all custom properties. */
  deleteAll(): void {
    this.ctx.enqueue(() => this.ctx.state.customProperties.clear());
  }
  /** Number of custom properties. */
  getCount(): SimClientResult<number> {
    return queueResult(this.ctx, () => this.ctx.state.customProperties.size);
  }
}

const DOC_PROPS: readonly (keyof DocumentPropertiesState)[] = [
  "title",
  "author",
  "subject",
  "keywords",
  "comments",
  "category",
  "company",
  "manager",
];

/** Proxy of Excel.DocumentProperties (simple text properties + custom). */
export class DocumentPropertiesProxy extends ProxyBase {
  protected readonly entityName = "DocumentProperties";
  declare title: string;
  declare author: string;
  declare subject: string;
  declare keywords: string;
  declare comments: string;
  declare category: string;
  declare company: string;
  declare manager: string;
  readonly custom: CustomPropertyCollectionProxy;
  constructor(ctx: SimRequestContext) {
    super(ctx);
    this.custom = new CustomPropertyCollectionProxy(ctx);
    for (const prop of DOC_PROPS) {
      Object.defineProperty(this, prop, {
        get: (): string => this.getField<string>(prop),
        set: (v: string) =>
          this.setField(prop, v, () => {
            this.ctx.state.properties[prop] = v;
          }),
        enumerable: true,
      });
    }
  }
  protected exists(): boolean {
    return true;
  }
  protected override navigation(name: string): ProxyBase | undefined {
    return name === "custom" ? this.custom : undefined;
  }
  protected scalarNames(): readonly string[] {
    return DOC_PROPS;
  }
  protected snapshot(name: string): unknown {
    return (DOC_PROPS as readonly string[]).includes(name)
      ? this.ctx.state.properties[name as keyof DocumentPropertiesState]
      : undefined;
  }
}

/** Proxy of Excel.Setting. */
export class SettingProxy extends ProxyBase {
  protected readonly entityName = "Setting";
  private readonly settingKey: string;
  constructor(ctx: SimRequestContext, key: string, nullable = false) {
    super(ctx, nullable);
    this.settingKey = key;
  }
  protected exists(): boolean {
    return this.ctx.state.settings.has(this.settingKey);
  }
  protected scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected snapshot(name: string): unknown {
    if (!this.exists()) throw itemNotFound(`Setting(${this.settingKey})`);
    return name === "key"
      ? this.settingKey
      : name === "value"
        ? this.ctx.state.settings.get(this.settingKey)
        : undefined;
  }
  get key(): string {
    return this.getField("key");
  }
  get value(): unknown {
    return this.getField("value");
  }
  set value(v: unknown) {
    this.setField("value", v, () => {
      this.ctx.state.settings.set(this.settingKey, structuredClone(v));
    });
  }
  /** Deletes the setting. */
  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.state.settings.delete(this.settingKey);
    });
  }
}

/** Proxy of Excel.SettingCollection (values are stored as JSON-compatible clones). */
export class SettingCollectionProxy extends CollectionProxyBase<SettingProxy> {
  protected readonly entityName = "SettingCollection";
  protected currentItems(): SettingProxy[] {
    return [...this.ctx.state.settings.keys()].map((k) => new SettingProxy(this.ctx, k));
  }
  /** Adds or replaces a setting. */
  add(key: string, value: unknown): SettingProxy {
    this.ctx.enqueue(() => {
      this.ctx.state.settings.set(key, structuredClone(value));
    });
    return new SettingProxy(this.ctx, key);
  }
  /** Setting by key; ItemNotFound at sync. */
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key);
  }
  /** Setting by key or a null object. */
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key, true);
  }
  /** Number of settings. */
  getCount(): SimClientResult<number> {
    return queueResult(this.ctx, () => this.ctx.state.settings.size);
  }
}

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
