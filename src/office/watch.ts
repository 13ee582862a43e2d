/**
 * Live updates: ONE workbook-level onChanged registration shared by every listener. A change that cannot
 * touch an input (another sheet, a formula or hidden column, the add-in's own writes) costs no sync; any
 * other change — a typed value, a 500-cell paste without `details` — costs one re-read, and changes that
 * arrive while a re-read is still waiting to start are folded into it.
 */
import type { SheetKind } from "../layout";
import { ok } from "./failures";
import type { LayoutInfo } from "./layoutInfo";
import { touchesInputs } from "./layoutInfo";
import type { SheetEntry } from "./readGrid";
import type { ExcelRun } from "./run";
import type { AdapterResult, LiveState } from "./types";

type Listener = (state: AdapterResult<LiveState>) => void;
type Registration = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/** What the watcher needs from the adapter. */
export interface WatchDeps {
  readonly run: ExcelRun;
  readonly info: LayoutInfo;
  /** One-sync re-read; it reports the workbook's sheets back through `noteSheets`. */
  readonly readLive: () => Promise<AdapterResult<LiveState>>;
}

/** One shared onChanged registration that filters changes and re-reads at most once per change. */
export class ChangeWatcher {
  private readonly listeners = new Set<Listener>();
  private registration: Registration | undefined;
  private registering: Promise<void> | undefined;
  /** Worksheet id → layout kind; null for the user's own sheets. */
  private kinds = new Map<string, SheetKind | null>();
  private chain: Promise<void> = Promise.resolve();
  private waiting = false;
  /** Re-reads started by change events (for tests and the benchmark). */
  rereads = 0;

  constructor(private readonly deps: WatchDeps) {}

  /** Records which worksheet id is which layout sheet (from any read). */
  noteSheets(sheets: readonly SheetEntry[]): void {
    const byName = new Map([...this.deps.info.kinds].map(([n, k]) => [n.toLowerCase(), k]));
    this.kinds = new Map(sheets.map((s) => [s.id, byName.get(s.name.toLowerCase()) ?? null]));
  }

  /** Adds a listener, registering the event handler on first use (one sync). */
  async subscribe(listener: Listener): Promise<AdapterResult<() => Promise<void>>> {
    if (!this.registration) {
      this.registering ??= this.register().finally(() => (this.registering = undefined));
      await this.registering;
    }
    this.listeners.add(listener);
    let active = true;
    return ok(async () => {
      if (!active) return;
      active = false;
      this.listeners.delete(listener);
      if (this.listeners.size === 0) await this.unregister();
    });
  }

  private async register(): Promise<void> {
    await this.deps.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/id");
      const registration = worksheets.onChanged.add((args) => this.onChanged(args));
      await context.sync();
      this.noteSheets(worksheets.items.map((w) => ({ id: w.id, name: w.name, protected: false })));
      this.registration = registration;
    });
  }

  private async unregister(): Promise<void> {
    const registration = this.registration;
    this.registration = undefined;
    if (!registration) return;
    try {
      await this.deps.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
    } catch {
      // The listeners are gone already; a host that cannot remove the handler only wakes it for nothing.
    }
  }

  /** Whether a change can affect an input: unknown sheets (added since the last read) count as yes. */
  isRelevant(args: Excel.WorksheetChangedEventArgs): boolean {
    if ((args.triggerSource as string | undefined) === "ThisLocalAddin") return false;
    if (!this.kinds.has(args.worksheetId)) return true;
    const kind = this.kinds.get(args.worksheetId) ?? undefined;
    if (kind === undefined) return false;
    if ((args.changeType as string) !== "RangeEdited") return kind === "table" || kind === "cover";
    return touchesInputs(kind, args.address);
  }

  private async onChanged(args: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (this.listeners.size === 0 || !this.isRelevant(args)) return;
    await this.refresh();
  }

  private refresh(): Promise<void> {
    if (this.waiting) return this.chain;
    this.waiting = true;
    this.chain = this.chain.then(async () => {
      this.waiting = false;
      this.rereads += 1;
      const state = await this.deps.readLive();
      for (const listener of [...this.listeners]) {
        try {
          listener(state);
        } catch {
          // A failing listener must not stop the others or later updates.
        }
      }
    });
    return this.chain;
  }
}
