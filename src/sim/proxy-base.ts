/**
 * The queued command model. Setting a property or calling a method on a proxy only queues an
 * action; context.sync() runs the queue in order. Reading a scalar property requires an earlier
 * load()+sync() (or a local set), otherwise PropertyNotLoaded is thrown, exactly like Office.js.
 * If an action throws during sync, the actions before it stay applied, the rest are dropped,
 * load results of that sync are discarded and sync() rejects with the error.
 */
import type { Rect } from "./addresses";
import type { CellValue } from "./cell-values";
import { SimExcelError, invalidArgument, propertyNotLoaded } from "./errors";
import type { ChangedHandler } from "./events";
import type { SheetState } from "./sheet-state";
import type { WorkbookState } from "./workbook-state";

/** An action run at sync time; may return a function applied only if the whole sync succeeds. */
export type Action = () => (() => void) | void;

/** Hooks from SimHost the context needs. */
export interface ContextHooks {
  onSync(): void;
  fireEventsOnApiWrites: boolean;
}

interface QueuedAction {
  action: Action;
  mutates: boolean;
}

interface WriteRecord {
  sheet: SheetState;
  rect: Rect;
  before: CellValue | undefined;
}

/** The request context passed to batches (structural subset of Excel.RequestContext). */
export class SimRequestContext<W = unknown> {
  readonly state: WorkbookState;
  readonly workbook: W;
  /** Office.js trackedObjects; tracking is a no-op in the simulator. */
  readonly trackedObjects = {
    add: (_obj: unknown): void => undefined,
    remove: (_obj: unknown): void => undefined,
  };
  private queue: QueuedAction[] = [];
  private writes: WriteRecord[] = [];
  private closed = false;
  private readonly hooks: ContextHooks;

  constructor(
    state: WorkbookState,
    hooks: ContextHooks,
    makeWorkbook: (ctx: SimRequestContext<W>) => W
  ) {
    this.state = state;
    this.hooks = hooks;
    this.workbook = makeWorkbook(this);
  }

  /** Queues an action for the next sync. */
  enqueue(action: Action, mutates = true): void {
    this.queue.push({ action, mutates });
  }

  /** True when actions are waiting for a sync (Excel.run syncs them at the end). */
  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Records an API cell write so onChanged can fire for it (when enabled). */
  recordWrite(sheet: SheetState, rect: Rect, before: CellValue | undefined): void {
    if (this.hooks.fireEventsOnApiWrites) this.writes.push({ sheet, rect, before });
  }

  /** Re-enables a finished context for Excel.run(existingContext, batch). */
  reopen(): void {
    this.closed = false;
  }

  /** Marks the context finished: objects of a completed Excel.run can no longer sync. */
  close(): void {
    this.closed = true;
  }

  /** Runs all queued actions in order (see the file comment for error semantics). */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.hooks.onSync();
    await Promise.resolve();
    if (this.closed) {
      throw new SimExcelError(
        "InvalidObjectPath",
        'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.'
      );
    }
    const queue = this.queue;
    this.queue = [];
    this.writes = [];
    const appliers: (() => void)[] = [];
    let mutated = false;
    let failure: unknown;
    for (const item of queue) {
      try {
        const applier = item.action();
        if (applier) appliers.push(applier);
        mutated = mutated || item.mutates;
      } catch (error: unknown) {
        failure = error;
        break;
      }
    }
    if (failure === undefined) for (const apply of appliers) apply();
    const writes = this.writes;
    this.writes = [];
    for (const w of writes) this.state.fireChanged(w.sheet, w.rect, w.before, "ThisLocalAddin");
    if (mutated) this.state.notify({ source: "api" });
    if (failure !== undefined) {
      if (failure instanceof SimExcelError) throw failure;
      throw new SimExcelError(
        "GeneralException",
        failure instanceof Error ? failure.message : "Unexpected failure in a simulated sync."
      );
    }
    return passThroughValue as T;
  }
}

/** Parses the forms accepted by load(): "a, b/c", ["a"], {select, expand} or {a: true, b: {c: true}}. */
export function parseLoadSpec(spec: unknown): string[] | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (Array.isArray(spec)) return spec.flatMap((s: unknown) => parseLoadSpec(s) ?? []);
  if (typeof spec === "object") {
    const record = spec as Record<string, unknown>;
    if ("select" in record || "expand" in record) {
      return [...(parseLoadSpec(record.select) ?? []), ...(parseLoadSpec(record.expand) ?? [])];
    }
    const paths: string[] = [];
    for (const [key, value] of Object.entries(record)) {
      if (value === true) paths.push(key);
      else if (typeof value === "object" && value !== null) {
        const inner = parseLoadSpec(value) ?? [];
        if (inner.length === 0) paths.push(key);
        for (const p of inner) paths.push(`${key}/${p}`);
      }
    }
    return paths;
  }
  return undefined;
}

function hasSetter(target: object, key: string): boolean {
  for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(o, key);
    if (descriptor) return descriptor.set !== undefined;
  }
  return false;
}

/** Base of every proxy object: fields, load(), set(), toJSON(), isNullObject. */
export abstract class ProxyBase {
  protected readonly ctx: SimRequestContext;
  private readonly fields = new Map<string, unknown>();
  /** undefined: not a *OrNullObject proxy; otherwise its null state once synced. */
  private nullState: "unknown" | "null" | "present" | undefined;
  protected abstract readonly entityName: string;

  constructor(ctx: SimRequestContext, nullable = false) {
    this.ctx = ctx;
    if (nullable) {
      this.nullState = "unknown";
      ctx.enqueue(() => {
        const exists = this.exists();
        return () => {
          this.nullState = exists ? "present" : "null";
        };
      }, false);
    }
  }

  /** The request context (Office.js ClientObject.context). */
  get context(): SimRequestContext {
    return this.ctx;
  }

  /** Names of loadable scalar properties (used by load() without arguments). */
  protected abstract scalarNames(): readonly string[];
  /** Computes a scalar property at sync time; must resolve the object first (throwing ItemNotFound). */
  protected abstract snapshot(name: string): unknown;
  /** Whether the underlying object exists (for *OrNullObject proxies). */
  protected abstract exists(): boolean;
  /** Navigation (child object) properties, for load("format/font/bold") and set({format: ...}). */
  protected navigation(_name: string): ProxyBase | undefined {
    return undefined;
  }

  /** Office.js isNullObject: readable after the sync that follows getXxxOrNullObject. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) return false;
    if (this.nullState === "unknown") throw propertyNotLoaded("isNullObject", this.entityName);
    return this.nullState === "null";
  }

  /** Reads a loaded or locally set field, otherwise throws PropertyNotLoaded. */
  protected getField<T>(name: string): T {
    if (this.nullState === "null") return null as T;
    if (this.fields.has(name)) return this.fields.get(name) as T;
    throw propertyNotLoaded(name, this.entityName);
  }

  /** Stores a locally set value (readable at once, as in Office.js) and queues the write. */
  protected setField(name: string, value: unknown, action: Action): void {
    this.fields.set(name, value);
    this.ctx.enqueue(action);
  }

  /** Queues loading of properties; values become readable after the next sync. */
  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    this.ctx.enqueue(() => this.capture(paths), false);
    return this;
  }

  /** Computes the requested properties now (at sync time); returns the applier that stores them. */
  capture(paths: readonly string[] | undefined): () => void {
    if (this.nullState !== undefined && !this.exists()) return () => undefined;
    const list = paths ?? this.scalarNames();
    const values: [string, unknown][] = [];
    const appliers: (() => void)[] = [];
    for (const path of list) {
      const [head = "", ...rest] = path.split("/");
      const nav = this.navigation(head);
      if (nav) appliers.push(nav.capture(rest.length ? [rest.join("/")] : undefined));
      else if (this.scalarNames().includes(head))
        values.push([head, structuredClone(this.snapshot(head))]);
      else appliers.push(this.captureExtra(head, rest.join("/")));
    }
    if (values.length === 0) this.snapshot(""); // resolves the object so ItemNotFound surfaces
    return () => {
      for (const [name, value] of values) this.fields.set(name, value);
      for (const apply of appliers) apply();
    };
  }

  /** Hook for collection proxies ("items"); unknown names fail at sync like Excel. */
  protected captureExtra(name: string, _rest: string): () => void {
    throw invalidArgument(`${this.entityName}.load`, `Cannot find property '${name}'.`);
  }

  /** Stores a field as if loaded (used by collections for "items"). */
  protected storeField(name: string, value: unknown): void {
    this.fields.set(name, value);
  }

  /** Office.js set(): assigns several properties, recursing into navigation properties. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const nav = this.navigation(key);
      if (nav && typeof value === "object" && value !== null && !Array.isArray(value)) {
        nav.set(value as Record<string, unknown>);
      } else if (!hasSetter(this, key) || !Reflect.set(this, key, value)) {
        throw invalidArgument(`${this.entityName}.set`, `Property '${key}' cannot be set.`);
      }
    }
  }

  /** Plain object of the loaded fields (Office.js toJSON). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.fields);
  }
}

/** Office.js ClientResult: value readable after sync. */
export class SimClientResult<T> {
  private loaded = false;
  private inner: T | undefined;

  /** Called at sync time with the computed value. */
  resolveWith(value: T): void {
    this.inner = value;
    this.loaded = true;
  }

  /** The result; throws PropertyNotLoaded before the sync. */
  get value(): T {
    if (!this.loaded) throw propertyNotLoaded("value", "ClientResult");
    return this.inner as T;
  }
}

/** Office.js EventHandlerResult: remove() is queued and takes effect at the next sync. */
export class SimEventHandlerResult {
  registrationId: number | undefined;
  private readonly ctx: SimRequestContext;

  constructor(ctx: SimRequestContext) {
    this.ctx = ctx;
  }

  /** The request context. */
  get context(): SimRequestContext {
    return this.ctx;
  }

  /** Queues the removal of the handler. */
  remove(): void {
    this.ctx.enqueue(() => {
      if (this.registrationId !== undefined) this.ctx.state.events.unregister(this.registrationId);
    }, false);
  }
}

/** Office.js EventHandlers<WorksheetChangedEventArgs> for onChanged. */
export class SimChangedEventHandlers {
  private readonly ctx: SimRequestContext;
  private readonly sheetId: () => string | undefined;

  constructor(ctx: SimRequestContext, sheetId: () => string | undefined) {
    this.ctx = ctx;
    this.sheetId = sheetId;
  }

  /** Queues registration of an async handler; it becomes active at the next sync. */
  add(handler: ChangedHandler): SimEventHandlerResult {
    const result = new SimEventHandlerResult(this.ctx);
    this.ctx.enqueue(() => {
      result.registrationId = this.ctx.state.events.register(this.sheetId(), handler);
    }, false);
    return result;
  }
}

/** Creates a ClientResult filled at sync time by `compute`. */
export function queueResult<T>(ctx: SimRequestContext, compute: () => T): SimClientResult<T> {
  const result = new SimClientResult<T>();
  ctx.enqueue(() => {
    const value = compute();
    return () => result.resolveWith(value);
  }, false);
  return result;
}

/** Base of collection proxies: load() loads `items` with the requested item properties. */
export abstract class CollectionProxyBase<P extends ProxyBase> extends ProxyBase {
  /** Creates proxies bound to the collection's current items (called at sync time). */
  protected abstract currentItems(): P[];

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected exists(): boolean {
    return true;
  }

  protected snapshot(_name: string): unknown {
    return undefined;
  }

  /** Items loaded by the last synced load(); PropertyNotLoaded before that. */
  get items(): P[] {
    return this.getField<P[]>("items");
  }

  override capture(paths: readonly string[] | undefined): () => void {
    const itemPaths = (paths ?? [])
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice("items/".length) : p))
      .filter((p) => p !== "");
    const items = this.currentItems();
    const appliers = items.map((item) => item.capture(itemPaths.length ? itemPaths : undefined));
    return () => {
      this.storeField("items", items);
      for (const apply of appliers) apply();
    };
  }
}
