/**
 * A consensus workbook written to .xlsx and loaded as the reader loads it, then edited cell by cell in its grid
 * (and its identity), as a group's hand edits would leave it: for the reader's edge tests, without an ExcelJS
 * round trip per edit. Call these inside a test (Stryker credits a test only with the code it runs).
 */
import type { GroupScores, MergeResult } from "../../src/merge";
import type { LoadedXlsx } from "../../src/writers/xlsx/readXlsx";
import { loadXlsx } from "../../src/writers/xlsx/readXlsx";
import { writeXlsx } from "../../src/writers/xlsx";
import type { GridValue } from "../../src/layout/grid";
import type { WorkbookModel } from "../../src/layout";
import { consensusOf } from "./deliberationSupport";

export const FILE = "c.xlsx";

/** One cell's new value; the sheet is 共识 unless named. */
export interface GridEdit {
  readonly sheet?: string;
  readonly row: number;
  readonly col: number;
  readonly value: GridValue;
}

/** The group's consensus, its model, and its workbook as loadXlsx loads it. */
export async function loadedConsensus(
  group: GroupScores
): Promise<{ result: MergeResult; model: WorkbookModel; loaded: LoadedXlsx }> {
  const { result, model } = consensusOf(group);
  const load = await loadXlsx(await writeXlsx(model), FILE);
  if (!load.ok) throw new Error(JSON.stringify(load.errors));
  return { result, model, loaded: load.loaded };
}

/**
 * The loaded workbook with cells replaced, identity entries replaced (undefined removes one) and, when given,
 * only the named sheets left.
 */
export function edited(
  loaded: LoadedXlsx,
  edits: readonly GridEdit[],
  identity: Readonly<Record<string, string | undefined>> = {},
  sheets?: readonly string[]
): LoadedXlsx {
  const key = (sheet: string, row: number, col: number): string => `${sheet}|${row}|${col}`;
  const cells = new Map(edits.map((e) => [key(e.sheet ?? "共识", e.row, e.col), e.value]));
  const grid = loaded.grid;
  const nextIdentity: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...loaded.identity, ...identity }))
    if (v !== undefined) nextIdentity[k] = v;
  return {
    ...loaded,
    identity: nextIdentity,
    grid: {
      sheetNames: () => sheets ?? grid.sheetNames(),
      rowCount: (sheet) => grid.rowCount(sheet),
      cell: (sheet, row, col) => {
        const k = key(sheet, row, col);
        return cells.has(k) ? cells.get(k) : grid.cell(sheet, row, col);
      },
    },
  };
}
