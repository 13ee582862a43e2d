/**
 * Sheets the add-in writes beside the user's own: the consensus sheets and the report sheet. Which sheets it
 * may replace is remembered by worksheet id in the document's add-in settings, so a user's sheet that merely
 * has the same name is never cleared (the write is refused instead, before anything changed).
 *
 * Syncs: 1 reads every sheet, the defined names and that record; 2 writes (sheets replaced in place keep
 * their ids, tab positions and the references other sheets make to them); a 3rd records the ids of sheets
 * added for the first time, and is skipped when every sheet written was already recorded. The record also
 * holds the "if-absent" sheets the add-in added (they are never replaced here, but generating a scoresheet
 * in that workbook knows them as the add-in's own and rewrites them with their entries kept).
 * The sheets written here carry no chart (an old chart would not be removed on replacement).
 */
import type { DefinedNameModel, SheetModel, WorkbookModel } from "../layout";
import { fail, ok } from "./failures";
import type { SheetEntry } from "./readGrid";
import type { ExcelRun } from "./run";
import type { AdapterResult, AdapterWarning, WriteSummary } from "./types";
import { queueUnprotect, queueWorkbook } from "./writeModel";
import type { ExistingSheet } from "./writeModel";

/** The settings key of the ids of the sheets the add-in wrote beside the user's own. */
export const OWNED_KEY = "gridscore.ownedSheets";

/** How a sheet of the plan meets a sheet of the same name already in the workbook. */
export type OwnedMode =
  /** Replaced when an earlier write of the add-in left it; a user's sheet of that name refuses the write. */
  | "replace"
  /** Written only where the workbook has no sheet of that name (once written, it holds the user's entries). */
  | "if-absent";

/** What to write: sheets in workbook order, each with its mode, the defined names and the styles. */
export interface OwnedWrite {
  readonly sheets: readonly { readonly sheet: SheetModel; readonly mode: OwnedMode }[];
  readonly names: readonly DefinedNameModel[];
  readonly styles: WorkbookModel["styles"];
}

/** The write's summary, and every worksheet of the workbook afterwards (for the change watcher). */
export interface OwnedWriteResult {
  readonly summary: WriteSummary;
  readonly sheets: readonly SheetEntry[];
}

/** Queues the look-up of the record; read it with recordedIds after the sync. */
export function queueOwnedRead(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(OWNED_KEY).load("value");
}

/** The recorded ids; anything unreadable counts as no record (nothing is then replaceable). */
export function recordedIds(setting: Excel.Setting): Set<string> {
  if (setting.isNullObject) return new Set();
  try {
    const raw: unknown = setting.value;
    const value: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
    return new Set(
      Array.isArray(value) ? value.filter((x): x is string => typeof x === "string") : []
    );
  } catch {
    return new Set();
  }
}

/** Writes the plan's sheets beside the user's (2 or 3 syncs); failures come back as values via the caller's guard. */
export function writeOwnedSheets(
  run: ExcelRun,
  plan: OwnedWrite
): Promise<AdapterResult<OwnedWriteResult>> {
  return run(async (context): Promise<AdapterResult<OwnedWriteResult>> => {
    const workbook = context.workbook;
    // Sync 1: every sheet with its id and protection, the defined names, the record of the add-in's sheets.
    const worksheets = workbook.worksheets.load("items/name,items/id,items/protection/protected");
    const definedNames = workbook.names.load("items/name");
    const record = queueOwnedRead(context);
    await context.sync();
    const owned = recordedIds(record);
    const byName = new Map(
      worksheets.items.map((ws) => [
        ws.name.toLowerCase(),
        { id: ws.id, name: ws.name, protected: ws.protection.protected },
      ])
    );
    const sheets: { sheet: SheetModel; mode: OwnedMode; name: string }[] = [];
    const existing = new Map<string, ExistingSheet>();
    for (const { sheet, mode } of plan.sheets) {
      const found = byName.get(sheet.name.toLowerCase());
      if (found && mode === "if-absent") continue;
      if (found && !owned.has(found.id)) return fail({ kind: "sheet-exists", sheet: found.name });
      if (found)
        existing.set(sheet.name.toLowerCase(), {
          name: found.name,
          protected: found.protected,
          hasChart: false,
        });
      sheets.push({ sheet, mode, name: found?.name ?? sheet.name });
    }
    const before = {
      sheets: existing,
      names: new Set(definedNames.items.map((n) => n.name.toLowerCase())),
    };

    // Sync 2: the sheets (earlier ones cleared and rewritten in place), their names, and the ids to record.
    queueUnprotect(context, before);
    const model: WorkbookModel = {
      sheets: sheets.map((s) => s.sheet),
      names: plan.names,
      styles: plan.styles,
      properties: { title: "", subject: "", creator: "", keywords: "" },
    };
    const skipped = queueWorkbook(context, model, before, { properties: false });
    const written = sheets.map((s) => ({
      mode: s.mode,
      ws: workbook.worksheets.getItem(s.name).load("id,name"),
    }));
    await context.sync();
    let syncs = 2;
    const ids = written.map((w) => w.ws.id);
    if (ids.some((id) => !owned.has(id))) {
      // Sync 3: remember the new sheets (ids of sheets deleted since are dropped from the record).
      const alive = new Set([...worksheets.items.map((ws) => ws.id), ...ids]);
      const next = new Set([...[...owned].filter((id) => alive.has(id)), ...ids]);
      workbook.settings.add(OWNED_KEY, JSON.stringify([...next]));
      await context.sync();
      syncs = 3;
    }
    const warnings: AdapterWarning[] = skipped.map((feature) => ({
      kind: "feature-skipped",
      feature,
    }));
    const known = new Set(worksheets.items.map((ws) => ws.id));
    const after: SheetEntry[] = [
      ...worksheets.items.map((ws) => ({ id: ws.id, name: ws.name, protected: false })),
      ...written
        .filter((w) => !known.has(w.ws.id))
        .map((w) => ({ id: w.ws.id, name: w.ws.name, protected: false })),
    ];
    return ok({
      summary: {
        syncs,
        keptInputs: 0,
        mode: existing.size > 0 ? "rebuilt" : "created",
        sheets: written.map((w) => w.ws.name),
        ...(warnings.length > 0 ? { warnings } : {}),
      },
      sheets: after,
    });
  });
}
