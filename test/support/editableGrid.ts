/**
 * A blank scoresheet as a grid a test can edit: typed values, formulas, number formats, merges and extra rows of
 * the identity sheet. Built inside each test that calls it (Stryker credits only code run inside a test).
 */
import { COVER_COL, META_SHEET, buildScoresheet } from "../../src/layout";
import type { GridSource, GridValue, SheetModel, WorkbookModel } from "../../src/layout";
import { inputRows } from "./layoutCells";

type Merge = { top: number; left: number; bottom: number; right: number };

export interface EditableGrid {
  readonly model: WorkbookModel;
  readonly grid: GridSource;
  /** Where a line or item id's row is. */
  row(id: string): { sheet: string; row: number };
  /** The cover sheet's row of a meta field ("date", "level", …). */
  metaRow(field: string): { sheet: string; row: number };
  set(sheet: string, row: number, col: number, value: GridValue): void;
  formula(sheet: string, row: number, col: number, f: string): void;
  format(sheet: string, row: number, col: number, f: string): void;
  merge(sheet: string, m: Merge): void;
  /** Sets an identity key's value (appending a row when the key is not there). */
  identity(key: string, value: string): void;
}

/** A model cell's constant as a grid gives it: text or a number; anything else (formulas, blanks) undefined. */
export function modelCellValue(sheet: SheetModel | undefined, row: number, col: number): GridValue {
  const cell = sheet?.cells.find((x) => x.row === row && x.col === col);
  if (!cell) return undefined;
  return cell.content.kind === "text"
    ? cell.content.text
    : cell.content.kind === "number"
      ? cell.content.value
      : undefined;
}

export function editableGrid(): EditableGrid {
  const model = buildScoresheet({
    identity: {
      workbookId: "wb-edges",
      createdAt: "2026-11-30T00:00:00Z",
      generator: "test",
      kind: "scoresheet",
    },
  });
  const byName = new Map(model.sheets.map((s) => [s.name, s]));
  const values = new Map<string, GridValue>();
  const formulas = new Map<string, string>();
  const formats = new Map<string, string>();
  const merges = new Map<string, Merge[]>();
  const key = (s: string, r: number, c: number) => `${s}!${r},${c}`;
  const modelCell = (s: string, r: number, c: number): GridValue =>
    modelCellValue(byName.get(s), r, c);
  const modelRows = (s: string) => Math.max(0, ...byName.get(s)!.cells.map((c) => c.row + 1));
  let extraMetaRows = 0;
  const grid: GridSource = {
    sheetNames: () => model.sheets.map((s) => s.name),
    rowCount: (s) => modelRows(s) + (s === META_SHEET ? extraMetaRows : 0),
    cell: (s, r, c) => {
      const k = key(s, r, c);
      return values.has(k) ? values.get(k) : modelCell(s, r, c);
    },
    formula: (s, r, c) => formulas.get(key(s, r, c)),
    numberFormat: (s, r, c) => formats.get(key(s, r, c)),
    merges: (s) => merges.get(s) ?? [],
  };
  const rows = inputRows(model);
  return {
    model,
    grid,
    row: (id) => {
      const r = rows.get(id);
      if (!r) throw new Error(`no row ${id}`);
      return r;
    },
    metaRow: (field) => {
      for (const s of model.sheets)
        for (const c of s.cells)
          if (
            c.col === COVER_COL.id &&
            c.content.kind === "text" &&
            c.content.text === `meta.${field}`
          )
            return { sheet: s.name, row: c.row };
      throw new Error(`no meta row ${field}`);
    },
    set: (s, r, c, v) => void values.set(key(s, r, c), v),
    formula: (s, r, c, f) => void formulas.set(key(s, r, c), f),
    format: (s, r, c, f) => void formats.set(key(s, r, c), f),
    merge: (s, m) => void merges.set(s, [...(merges.get(s) ?? []), m]),
    identity: (k, v) => {
      const n = modelRows(META_SHEET) + extraMetaRows;
      for (let r = 0; r < n; r++)
        if (grid.cell(META_SHEET, r, 0) === k) {
          values.set(key(META_SHEET, r, 1), v);
          return;
        }
      values.set(key(META_SHEET, n, 0), k);
      values.set(key(META_SHEET, n, 1), v);
      extraMetaRows++;
    },
  };
}
