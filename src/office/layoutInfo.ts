/**
 * Facts about the scoresheet's layout the adapter needs before it has read anything: which sheet names
 * belong to a scoresheet and which columns hold inputs. Taken from the layout model itself, never restated.
 */
import { COL, COVER_COL, META_SHEET, buildScoresheet } from "../layout";
import type { SheetKind } from "../layout";

/** The layout facts the adapter needs before any read. */
export interface LayoutInfo {
  /** Every sheet the layout writes, in workbook order. */
  readonly sheetNames: readonly string[];
  readonly kinds: ReadonlyMap<string, SheetKind>;
  readonly metaSheet: string;
  readonly coverSheet: string;
  /** Sheets that carry a chart (the summary). */
  readonly chartSheets: ReadonlySet<string>;
}

let cached: LayoutInfo | undefined;

/** The layout's sheet names and kinds (built once from an empty scoresheet model). */
export function layoutInfo(): LayoutInfo {
  if (cached) return cached;
  const model = buildScoresheet({
    identity: { workbookId: "-", createdAt: "-", generator: "-", kind: "scoresheet" },
  });
  const kinds = new Map(model.sheets.map((s) => [s.name, s.kind] as const));
  const cover = model.sheets.find((s) => s.kind === "cover");
  cached = {
    sheetNames: model.sheets.map((s) => s.name),
    kinds,
    metaSheet: META_SHEET,
    coverSheet: cover?.name ?? "",
    chartSheets: new Set(model.sheets.filter((s) => s.charts.length > 0).map((s) => s.name)),
  };
  return cached;
}

/** The columns an evaluator fills on a sheet of this kind (deduction, note, status; the cover's values). */
export function inputColumns(kind: SheetKind | undefined): readonly number[] {
  if (kind === "table") return [COL.input, COL.note, COL.status];
  if (kind === "cover") return [COVER_COL.value];
  return [];
}

/** Column span of one area of an A1 address ("G5", "G5:H9", "G:H"); "all" for whole rows ("5:9"). */
export function columnSpan(area: string): { from: number; to: number } | "all" | undefined {
  const local = (area.includes("!") ? area.slice(area.lastIndexOf("!") + 1) : area)
    .replace(/\$/g, "")
    .trim()
    .toUpperCase();
  const ends = local.split(":");
  if (ends.length < 1 || ends.length > 2) return undefined;
  const cols: number[] = [];
  let rowsOnly = true;
  for (const end of ends) {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(end);
    if (!m || (m[1] === "" && m[2] === "")) return undefined;
    if (m[1]) {
      rowsOnly = false;
      let col = 0;
      for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
      cols.push(col - 1);
    }
  }
  if (rowsOnly) return "all";
  if (cols.length !== ends.length) return undefined;
  const from = Math.min(...cols);
  const to = Math.max(...cols);
  return { from, to };
}

/** Whether a change at this address of this sheet can touch an input; unparsable addresses count as yes. */
export function touchesInputs(kind: SheetKind | undefined, address: string): boolean {
  const columns = inputColumns(kind);
  if (columns.length === 0) return false;
  return address.split(",").some((area) => {
    const span = columnSpan(area);
    if (span === undefined || span === "all") return true;
    return columns.some((c) => c >= span.from && c <= span.to);
  });
}
