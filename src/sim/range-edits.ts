/**
 * Range write operations run at sync time, with the checks Excel performs: array dimensions,
 * locked cells on protected sheets, unparsable formulas, protection options for formats.
 */
import { type Rect, rectCols, rectRows, rectsIntersect } from "./addresses";
import { type CellInput, inputFromApi } from "./cell-values";
import { SimExcelError, invalidArgument } from "./errors";
import type { SimRequestContext } from "./proxy-base";
import type { SheetState } from "./sheet-state";
import type { WorkbookState } from "./workbook-state";

/** What a range proxy resolves to at sync time. */
export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

const DIMENSION_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Expands a scalar or checks a 2D array against the range size (InvalidArgument on mismatch). */
export function toGrid(raw: unknown, rows: number, cols: number, where: string): unknown[][] {
  if (!Array.isArray(raw))
    return Array.from({ length: rows }, () => new Array<unknown>(cols).fill(raw));
  const grid = raw as unknown[];
  if (grid.length !== rows || !grid.every((line) => Array.isArray(line) && line.length === cols)) {
    throw new SimExcelError("InvalidArgument", DIMENSION_MESSAGE, where);
  }
  return grid as unknown[][];
}

/** Writes Range.values / Range.formulas (InvalidArgument, AccessDenied as Excel). */
export function writeRangeCells(
  ctx: SimRequestContext,
  target: RangeTarget,
  raw: unknown,
  where: string
): void {
  const state = ctx.state;
  const { sheet, rect } = target;
  const grid = toGrid(raw, rectRows(rect), rectCols(rect), where);
  const inputs: (CellInput | null)[][] = grid.map((line, r) =>
    line.map((x, c) => {
      const fmt =
        sheet.formats.resolveKey(rect.startRow + r, rect.startCol + c, "numberFormat") ?? "General";
      const input = inputFromApi(x, fmt);
      if (input === undefined)
        throw invalidArgument(where, "Cell values must be strings, numbers or booleans.");
      if (input?.kind === "formula" && !state.formulaIsValid(input.text)) {
        throw invalidArgument(where, `Invalid formula ${input.text}`);
      }
      return input;
    })
  );
  state.assertCellsWritable(sheet, rect, where);
  const single = rect.startRow === rect.endRow && rect.startCol === rect.endCol;
  const before = single ? state.readValue(sheet, rect.startRow, rect.startCol) : undefined;
  state.writeInputs(sheet, rect.startRow, rect.startCol, inputs);
  ctx.recordWrite(sheet, rect, before);
}

/** Writes Range.numberFormat (one layer when uniform, per cell otherwise). */
export function applyNumberFormat(state: WorkbookState, target: RangeTarget, value: unknown): void {
  const { sheet, rect } = target;
  const grid = toGrid(value, rectRows(rect), rectCols(rect), "Range.numberFormat");
  state.assertProtectionAllows(sheet, "allowFormatCells", "Range.numberFormat");
  const first = grid[0]?.[0];
  if (grid.every((line) => line.every((x) => x === first))) {
    if (typeof first === "string") sheet.formats.apply(rect, { numberFormat: first });
    return;
  }
  grid.forEach((line, r) =>
    line.forEach((x, c) => {
      if (typeof x !== "string") return;
      const row = rect.startRow + r;
      const col = rect.startCol + c;
      sheet.formats.apply(
        { startRow: row, startCol: col, endRow: row, endCol: col },
        { numberFormat: x }
      );
    })
  );
}

/** Range.clear: contents (clipped to the used range) and/or formats. */
export function clearRange(ctx: SimRequestContext, target: RangeTarget, applyTo: string): void {
  const state = ctx.state;
  const { sheet, rect } = target;
  if (applyTo === "All" || applyTo === "Contents") {
    state.assertCellsWritable(sheet, rect, "Range.clear");
    const used = state.usedRect(sheet);
    if (used && rectsIntersect(used, rect)) {
      const clip: Rect = {
        startRow: Math.max(used.startRow, rect.startRow),
        startCol: Math.max(used.startCol, rect.startCol),
        endRow: Math.min(used.endRow, rect.endRow),
        endCol: Math.min(used.endCol, rect.endCol),
      };
      const empty: CellInput = { kind: "empty" };
      const rows = Array.from({ length: rectRows(clip) }, () =>
        new Array<CellInput>(rectCols(clip)).fill(empty)
      );
      state.writeHf(sheet, clip.startRow, clip.startCol, rows);
      ctx.recordWrite(sheet, rect, undefined);
    }
  }
  if (applyTo === "All" || applyTo === "Formats") {
    state.assertProtectionAllows(sheet, "allowFormatCells", "Range.clear");
    sheet.formats.apply(rect, {}, true);
  }
}

/** Range.merge: records merged areas and keeps only each area's top-left value. */
export function mergeRange(state: WorkbookState, target: RangeTarget, across: boolean): void {
  const { sheet, rect } = target;
  state.assertProtectionAllows(sheet, null, "Range.merge");
  const areas: Rect[] = across
    ? Array.from({ length: rectRows(rect) }, (_, i) => ({
        ...rect,
        startRow: rect.startRow + i,
        endRow: rect.startRow + i,
      }))
    : [rect];
  for (const area of areas) {
    sheet.merges = sheet.merges.filter((m) => !rectsIntersect(m, area));
    sheet.merges.push(area);
    const inputs = Array.from({ length: rectRows(area) }, (_, r) =>
      Array.from({ length: rectCols(area) }, (_, c): CellInput | null =>
        r === 0 && c === 0 ? null : { kind: "empty" }
      )
    );
    state.writeHf(sheet, area.startRow, area.startCol, inputs);
  }
}
