/**
 * Document properties (title, author... and custom properties) and add-in settings proxies.
 */
import { itemNotFound } from "./errors";
import {
  CollectionProxyBase,
  ProxyBase,
  type SimClientResult,
  type SimRequestContext,
  queueResult,
} from "./proxy-base";
import type { DocumentPropertiesState } from "./workbook-state";

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
