/**
 * Test support for the Office.js adapter: a simulated Excel host with the Office shim installed, and the
 * adapter created over the host's run with a deterministic workbook id and clock that give fresh values per call.
 */
import { createOfficeShim, createSimulatedExcel } from "../../src/sim";
import type { EditResult, SimHost, SimulatedExcelOptions } from "../../src/sim";
import type { Evaluation } from "../../src/engine";
import { COL, a1, buildScoresheet, colLetter } from "../../src/layout";
import { createScoresheetAdapter } from "../../src/office";
import { CONSENSUS_SHEET_SPEC } from "../../src/merge/agreedCells";
import type { ScoresheetAdapter } from "../../src/office";

export interface Setup {
  readonly host: SimHost;
  readonly adapter: ScoresheetAdapter;
}

/** A simulated workbook ("Sheet1" unless told), Office globals installed, and an adapter on it. */
export function setup(
  options: SimulatedExcelOptions & { requirementSets?: Record<string, string> } = {}
): Setup {
  const host = createSimulatedExcel(options);
  createOfficeShim(host, {
    requirementSets: options.requirementSets ?? { ExcelApi: "1.9" },
  }).install(globalThis);
  // Fresh per call, as the real ones are: the first call gives …0001 and 08:00:00, the next …0002 and 08:00:01, so a
  // test can tell an identity that was kept from one minted again.
  let ids = 0;
  let ticks = 0;
  const adapter = createScoresheetAdapter(host.run.bind(host), {
    newWorkbookId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, "0")}`,
    now: () => new Date(Date.UTC(2026, 2, 1, 8, 0, ticks++)),
    consensus: CONSENSUS_SHEET_SPEC,
  });
  return { host, adapter };
}

/** Unwraps an adapter result, failing the test with the failure value. */
export function must<T>(result: { ok: true; value: T } | { ok: false; failure: unknown }): T {
  if (!result.ok) throw new Error(`adapter failed: ${JSON.stringify(result.failure)}`);
  return result.value;
}

/** Removes the installed Office globals. */
export function uninstallOffice(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
  delete g.OfficeExtension;
}

/** Types every item input of an evaluation into the table sheets, cell by cell, as an evaluator would. */
export function typeEvaluation(host: SimHost, evaluation: Evaluation): EditResult[] {
  const model = buildScoresheet({
    evaluation,
    identity: { workbookId: "-", createdAt: "-", generator: "-", kind: "scoresheet" },
  });
  const results: EditResult[] = [];
  for (const sheet of model.sheets) {
    if (sheet.kind !== "table") continue;
    for (const cell of sheet.cells) {
      if (cell.locked || cell.content.kind === "empty") continue;
      const text =
        cell.content.kind === "text"
          ? cell.content.text
          : cell.content.kind === "number"
            ? String(cell.content.value)
            : `=${cell.content.formula}`;
      results.push(host.typeValue(sheet.name, a1(cell.row, cell.col), text));
    }
  }
  return results;
}

/** Row (0-based) of a line or item id on a table sheet of the simulated workbook, read from its id column. */
export function rowOf(host: SimHost, sheet: string, id: string): number {
  const ids = host.getValues(sheet, `${colLetter(COL.id)}1:${colLetter(COL.id)}200`);
  const row = ids.findIndex((line) => line[0] === id);
  if (row < 0) throw new Error(`${id} not found on ${sheet}`);
  return row;
}

/** The A1 address of a column of the row holding an id. */
export function cellOf(host: SimHost, sheet: string, id: string, col: number): string {
  return a1(rowOf(host, sheet, id), col);
}

/**
 * What a person leaves by typing into a cell in Excel: a value with the number format Excel gives it ("3/5" is
 * serial 46086 in "m/d"), the sheet's protection kept.
 */
export async function typeWithFormat(
  host: SimHost,
  sheet: string,
  address: string,
  value: number | string,
  format: string
): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.protection.unprotect();
    const range = ws.getRange(address);
    range.numberFormat = [[format]];
    range.values = [[value]];
    ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    await context.sync();
  });
}
