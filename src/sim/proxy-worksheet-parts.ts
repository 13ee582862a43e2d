/**
 * Worksheet parts: WorksheetProtection, WorksheetFreezePanes and address resolution on a sheet.
 */
import { parseAddress } from "./addresses";
import { SimExcelError, invalidArgument } from "./errors";
import { ProxyBase, type SimRequestContext } from "./proxy-base";
import type { RangeHandle, RangeTarget } from "./proxy-types";
import {
  type SheetState,
  type SimProtectionOptions,
  defaultProtectionOptions,
} from "./sheet-state";
import type { WorkbookState } from "./workbook-state";

/** Resolves an address (or defined name) on a sheet at sync time. */
export function resolveRangeOnSheet(
  state: WorkbookState,
  sheet: SheetState,
  address: string,
  where: string
): RangeTarget {
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet !== undefined && state.findSheet(parsed.sheet) !== sheet)
      throw invalidArgument(where);
    return { sheet, rect: parsed.rect };
  }
  const name = state.names.get(address);
  if (name) {
    const ref = parseAddress(name.formula);
    const target = ref?.sheet !== undefined ? state.findSheet(ref.sheet) : undefined;
    if (ref && target) return { sheet: target, rect: ref.rect };
  }
  throw invalidArgument(where, `'${address}' is not a valid address.`);
}

/** Proxy of Excel.WorksheetProtection. */
export class WorksheetProtectionProxy extends ProxyBase {
  protected readonly entityName = "WorksheetProtection";
  private readonly sheet: () => SheetState;

  constructor(ctx: SimRequestContext, sheet: () => SheetState) {
    super(ctx);
    this.sheet = sheet;
  }

  protected exists(): boolean {
    return true;
  }
  protected scalarNames(): readonly string[] {
    return ["protected", "options"];
  }
  protected snapshot(name: string): unknown {
    const p = this.sheet().protection;
    if (name === "protected") return p.protected;
    if (name === "options") return { ...p.options };
    return undefined;
  }

  get protected(): boolean {
    return this.getField("protected");
  }
  get options(): SimProtectionOptions {
    return this.getField("options");
  }

  /** Protects the sheet; fails if it is already protected (as documented for Excel). */
  protect(options?: Partial<SimProtectionOptions>, password?: string): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (s.protection.protected) {
        throw new SimExcelError(
          "InvalidOperation",
          "The worksheet is already protected.",
          "WorksheetProtection.protect"
        );
      }
      s.protection = {
        protected: true,
        options: { ...defaultProtectionOptions(), ...options },
        password,
      };
    });
  }

  /** Unprotects the sheet; a wrong password fails with BadPassword. */
  unprotect(password?: string): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (!s.protection.protected) return;
      if (s.protection.password !== undefined && s.protection.password !== password) {
        throw new SimExcelError(
          "BadPassword",
          "The password you supplied is not correct.",
          "WorksheetProtection.unprotect"
        );
      }
      s.protection = { protected: false, options: defaultProtectionOptions(), password: undefined };
    });
  }
}

/** Proxy of Excel.WorksheetFreezePanes. */
export class WorksheetFreezePanesProxy {
  private readonly ctx: SimRequestContext;
  private readonly sheet: () => SheetState;

  constructor(ctx: SimRequestContext, sheet: () => SheetState) {
    this.ctx = ctx;
    this.sheet = sheet;
  }

  /** Freezes the top rows. */
  freezeRows(count = 1): void {
    this.ctx.enqueue(() => {
      this.sheet().frozenRows = count;
    });
  }

  /** Freezes the left columns. */
  freezeColumns(count = 1): void {
    this.ctx.enqueue(() => {
      this.sheet().frozenColumns = count;
    });
  }

  /** Freezes the rows and columns that the given range covers from the top-left corner. */
  freezeAt(frozenRange: string | RangeHandle): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const rect =
        typeof frozenRange === "string"
          ? resolveRangeOnSheet(this.ctx.state, s, frozenRange, "WorksheetFreezePanes.freezeAt")
              .rect
          : frozenRange.target().rect;
      s.frozenRows = rect.endRow + 1;
      s.frozenColumns = rect.endCol + 1;
    });
  }

  /** Removes frozen panes. */
  unfreeze(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}
