/**
 * Renders a whole WorkbookModel through Office.js in ONE sync: the caller has already read what exists
 * (sheets, their protection, defined names, the old chart); this file only queues commands. Existing
 * scoresheet sheets are unprotected, cleared and rewritten in place (their ids, tab positions and other
 * sheets' references to them survive); missing ones are added; no other sheet is touched.
 */
import { a1, sheetRef } from "../layout";
import type { SheetModel, WorkbookModel } from "../layout";
import { CHART_NAME, queueCharts, queueRules, queueSheetView } from "./writeExtras";
import { queueColumnsAndRows, queueContents, queueFormats } from "./writeSheet";
import { queueTablesAndBars } from "./writeTables";
import type { SkippedFeature } from "./writeSheet";

/** A scoresheet sheet that is already in the workbook. */
export interface ExistingSheet {
  /** The name as the workbook spells it. */
  readonly name: string;
  readonly protected: boolean;
  /** Whether the old summary chart is there to be replaced. */
  readonly hasChart: boolean;
}

/** What the read before the write found, keyed by lower-case name (Excel names are case-insensitive). */
export interface ExistingWorkbook {
  readonly sheets: ReadonlyMap<string, ExistingSheet>;
  readonly names: ReadonlySet<string>;
}

/** Sheet protection as the .xlsx writer sets it: select anything, resize rows and columns, nothing else. */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  // Unlocked cells may take a hyperlink (整改台账's 佐证材料: a link to the evidence).
  allowInsertHyperlinks: true,
  selectionMode: "Normal",
};

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/**
 * Queues the unprotection of every protected scoresheet sheet. Queue it before anything destructive: a sheet
 * with a password the add-in does not know then stops the sync before any sheet has been cleared.
 */
export function queueUnprotect(context: Excel.RequestContext, existing: ExistingWorkbook): void {
  for (const sheet of existing.sheets.values())
    if (sheet.protected) context.workbook.worksheets.getItem(sheet.name).protection.unprotect();
}

function prepareSheet(
  sheets: Excel.WorksheetCollection,
  sheet: SheetModel,
  existing: ExistingSheet | undefined
): Excel.Worksheet {
  if (!existing) return sheets.add(sheet.name);
  const ws = sheets.getItem(existing.name);
  const whole = ws.getRange();
  whole.unmerge();
  whole.clear("All");
  whole.dataValidation.clear();
  whole.conditionalFormats.clearAll();
  ws.freezePanes.unfreeze();
  if (existing.hasChart) ws.charts.getItem(CHART_NAME).delete();
  return ws;
}

/** How much of the workbook a write may claim besides its sheets and names. */
export interface QueueOptions {
  /** Set the document's title, subject and keywords from the model (default true: the scoresheet owns them). */
  readonly properties?: boolean;
}

/** Queues the whole model (after queueUnprotect); returns the features the host could not render (borders, page layout, chart). */
export function queueWorkbook(
  context: Excel.RequestContext,
  model: WorkbookModel,
  existing: ExistingWorkbook,
  options: QueueOptions = {}
): SkippedFeature[] {
  const workbook = context.workbook;
  if (options.properties !== false) {
    const props = workbook.properties;
    props.title = model.properties.title;
    props.subject = model.properties.subject;
    props.keywords = model.properties.keywords;
  }

  const sheets = model.sheets.map((sheet) => {
    const old = existing.sheets.get(sheet.name.toLowerCase());
    return { sheet, rebuilt: old !== undefined, ws: prepareSheet(workbook.worksheets, sheet, old) };
  });

  // Names before formulas, so every formula that uses one resolves at once.
  for (const n of model.names) {
    if (existing.names.has(n.name.toLowerCase())) workbook.names.getItem(n.name).delete();
    workbook.names.add(n.name, `=${sheetRef(n.sheet)}!${a1(n.cell.row, n.cell.col, true)}`);
  }

  const skipped = new Set<SkippedFeature>();
  for (const { sheet, ws, rebuilt } of sheets) {
    queueContents(ws, sheet, model);
    for (const f of queueFormats(ws, sheet, model)) skipped.add(f);
    queueColumnsAndRows(ws, sheet);
    queueRules(ws, sheet);
    for (const f of queueTablesAndBars(ws, sheet)) skipped.add(f);
    for (const f of queueSheetView(ws, sheet, rebuilt)) skipped.add(f);
    for (const f of queueCharts(ws, sheet)) skipped.add(f);
  }
  for (const { sheet, ws } of sheets) {
    ws.visibility = VISIBILITY[sheet.state];
    if (sheet.protect) ws.protection.protect(PROTECTION_OPTIONS);
  }
  const first = sheets.find(({ sheet }) => sheet.state === "visible");
  first?.ws.activate();
  return [...skipped];
}
