/**
 * One read of the workbook: every sheet's id and name, and the used-range values of each scoresheet sheet
 * (plus, before a write, protection, defined names and the old chart). Queued in one batch and synced
 * once by the caller; the values then serve the layout's reader as a GridSource. The number formats come in the
 * same load, so the grid gives what the .xlsx readers give: a number in a date-formatted cell as a Date (a typed
 * date, which the reader names in a `date-input` warning) and each cell's format (the percent check of layout 1).
 */
import type { GridSource, GridValue } from "../layout";
import { isDateFormat, serialToGridDate } from "../layout/dateFormat";
import type { LayoutInfo } from "./layoutInfo";
import { CHART_NAME } from "./writeExtras";

/** A worksheet of the workbook as the read found it. */
export interface SheetEntry {
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
  /** Excel.SheetVisibility ("Visible", "Hidden", "VeryHidden"); absent where the read did not load it. */
  readonly visibility?: string;
}

/** A layout sheet found in the workbook, with its used range (null when empty). */
export interface PresentSheet {
  readonly id: string;
  /** The name as the workbook spells it. */
  readonly name: string;
  readonly hasChart: boolean;
}

/** What one read of the workbook found. */
export interface Snapshot {
  /** All worksheets, the user's own included (for ids → names in change events). */
  readonly sheets: readonly SheetEntry[];
  /** Layout sheets that exist, keyed by the layout's name in lower case. */
  readonly present: ReadonlyMap<string, PresentSheet>;
  /** Values and number formats of the present layout sheets. */
  readonly grid: GridSource;
  /** Defined names in lower case (read only before a write). */
  readonly names: ReadonlySet<string>;
}

interface Block {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  /**
   * Range.numberFormat of the same range, cell by cell ("General" where unformatted); absent when not loaded
   * (then no cell reads as a date and no format is known).
   */
  readonly formats?: readonly (readonly unknown[])[];
}

/**
 * A cell as the readers take it: a number in a date-formatted cell as the Date ExcelJS gives for it (1900 date
 * system, as every workbook gridscore writes), anything else as Office.js gives it.
 */
function gridValue(v: unknown, format: string | undefined): GridValue {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return isDateFormat(format) ? serialToGridDate(v) : v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

/**
 * A GridSource over used-range blocks (which need not start at A1): `cell` as {@link gridValue}, and
 * `numberFormat` when the block carries its formats (undefined outside the block or for a non-text entry).
 */
export function blocksGrid(blocks: ReadonlyMap<string, Block>): GridSource {
  const format = (b: Block, row: number, col: number): string | undefined => {
    const f = b.formats?.[row - b.rowIndex]?.[col - b.columnIndex];
    return typeof f === "string" ? f : undefined;
  };
  return {
    sheetNames: () => [...blocks.keys()],
    rowCount: (sheet) => {
      const b = blocks.get(sheet);
      return b ? b.rowIndex + b.values.length : 0;
    },
    cell: (sheet, row, col) => {
      const b = blocks.get(sheet);
      return b
        ? gridValue(b.values[row - b.rowIndex]?.[col - b.columnIndex], format(b, row, col))
        : undefined;
    },
    numberFormat: (sheet, row, col) => {
      const b = blocks.get(sheet);
      return b ? format(b, row, col) : undefined;
    },
  };
}

/** Queues a look-up of the add-in's chart; undefined where the host has no chart API. */
function chartProbe(sheet: Excel.Worksheet): Excel.Chart | undefined {
  const charts = sheet.charts as Excel.ChartCollection | undefined;
  return charts ? charts.getItemOrNullObject(CHART_NAME).load("name") : undefined;
}

/** Queues the read; call the returned function after the next context.sync(). */
export function queueSnapshot(
  context: Excel.RequestContext,
  info: LayoutInfo,
  forWrite: boolean
): () => Snapshot {
  const worksheets = context.workbook.worksheets;
  // The visibility in the same load: a cell on a hidden sheet is one the pane cannot go to (LiveState.hiddenSheets).
  worksheets.load(
    forWrite
      ? "items/name,items/id,items/visibility,items/protection/protected"
      : "items/name,items/id,items/visibility"
  );
  const names = forWrite ? context.workbook.names.load("items/name") : undefined;
  const probes = info.sheetNames.map((layoutName) => {
    const ws = worksheets.getItemOrNullObject(layoutName);
    ws.load("name,id");
    const used = ws.getUsedRangeOrNullObject(true);
    // The formats in the same load as the values: no sync more (README: Performance, Office.js syncs).
    used.load("values,numberFormat,rowIndex,columnIndex");
    const chart = forWrite && info.chartSheets.has(layoutName) ? chartProbe(ws) : undefined;
    return { layoutName, ws, used, chart };
  });

  return () => {
    const sheets = worksheets.items.map((ws) => ({
      id: ws.id,
      name: ws.name,
      protected: forWrite ? ws.protection.protected : false,
      visibility: ws.visibility,
    }));
    const present = new Map<string, PresentSheet>();
    const blocks = new Map<string, Block>();
    for (const { layoutName, ws, used, chart } of probes) {
      if (ws.isNullObject) continue;
      present.set(layoutName.toLowerCase(), {
        id: ws.id,
        name: ws.name,
        hasChart: chart !== undefined && !chart.isNullObject,
      });
      blocks.set(
        ws.name,
        used.isNullObject
          ? { rowIndex: 0, columnIndex: 0, values: [] }
          : {
              rowIndex: used.rowIndex,
              columnIndex: used.columnIndex,
              values: used.values,
              formats: used.numberFormat,
            }
      );
    }
    return {
      sheets,
      present,
      grid: blocksGrid(blocks),
      names: new Set((names?.items ?? []).map((n) => n.name.toLowerCase())),
    };
  };
}
