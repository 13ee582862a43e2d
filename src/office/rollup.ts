/**
 * Writing the roll-up (issue 14) into the open workbook: its five sheets beside the user's own, with the units
 * table, data bars and the distribution chart where the host has them. Sheets an earlier roll-up of the add-in
 * wrote are deleted first (their table and chart with them: a table cannot be added over an old one), then the
 * sheets are written as the consensus sheets are (ownedSheets.ts): a user's sheet of the same name stops the
 * write before anything changed.
 *
 * Syncs: 1 finds the earlier roll-up sheets, a 2nd deletes them (skipped when there are none), then 2 or 3 for
 * the write.
 */
import type { WorkbookModel } from "../layout";
import { ok } from "./failures";
import { queueOwnedRead, recordedIds, writeOwnedSheets } from "./ownedSheets";
import type { OwnedWriteResult } from "./ownedSheets";
import type { ExcelRun } from "./run";
import type { AdapterResult } from "./types";

/** Deletes the model's sheets that an earlier write of the add-in left (never a user's sheet, never the last one). */
async function removeEarlier(run: ExcelRun, model: WorkbookModel): Promise<AdapterResult<number>> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
    const record = queueOwnedRead(context);
    await context.sync();
    const owned = recordedIds(record);
    const names = new Set(model.sheets.map((s) => s.name.toLowerCase()));
    const earlier = worksheets.items.filter(
      (ws) => names.has(ws.name.toLowerCase()) && owned.has(ws.id)
    );
    const othersVisible = worksheets.items.some(
      (ws) => !earlier.includes(ws) && ws.visibility === "Visible"
    );
    if (earlier.length === 0 || !othersVisible) return ok(0);
    for (const ws of earlier) ws.delete();
    await context.sync();
    return ok(earlier.length);
  });
}

/** Writes the roll-up workbook's sheets into the open workbook (see the module comment). */
export async function writeRollupSheets(
  run: ExcelRun,
  model: WorkbookModel
): Promise<AdapterResult<OwnedWriteResult>> {
  const removed = await removeEarlier(run, model);
  if (!removed.ok) return removed;
  const result = await writeOwnedSheets(run, {
    sheets: model.sheets.map((sheet) => ({ sheet, mode: "replace" as const })),
    names: model.names,
    styles: model.styles,
  });
  if (!result.ok) return result;
  const syncs = result.value.summary.syncs + (removed.value > 0 ? 2 : 1);
  return ok({ ...result.value, summary: { ...result.value.summary, syncs } });
}
