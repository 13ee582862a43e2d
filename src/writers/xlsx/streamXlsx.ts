/**
 * The .xlsx writer's streaming path (Node only): ExcelJS's `stream.xlsx.WorkbookWriter` renders each row to the
 * package as soon as it is complete, so a 10,000-row sheet never sits in memory as ExcelJS cells or as XML
 * (issue 14). What the streaming writer cannot write (tables, the data bars' extension, fullCalcOnLoad) is added
 * to its package afterwards (streamParts.ts), as the document writer writes it. No layout decision here.
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { a1, rangeA1, sheetRef } from "../../layout";
import type { RangeModel, SheetModel, WorkbookModel } from "../../layout";
import { conditionalRule } from "./writeTables";
import { fixFiles } from "./packageFixes";
import { addStreamedParts } from "./streamParts";
import type { DataBarExt, SheetAdditions } from "./streamParts";
import {
  PROTECTION,
  cellValue,
  footerOf,
  pageSetup,
  sheetOptions,
  styleCache,
  validation,
} from "./excelModel";
import type { DataValidationsModel } from "./excelModel";

/** ExcelJS's namespace as it may be bundled: the browser build has no `stream`. */
const exceljs: Partial<Pick<typeof ExcelJS, "stream">> = ExcelJS;

/** Whether ExcelJS's streaming writer is there (Node; not in the task pane's bundle). */
export function canStream(): boolean {
  return typeof exceljs.stream?.xlsx.WorkbookWriter === "function";
}

/**
 * The streaming writer's output buffer (ExcelJS's StreamBuf when no stream is given) and its shared strings'
 * count of references (what the document writer writes as the table's `count`): both missing from its typings.
 */
interface WriterInternals {
  readonly stream: { toBuffer(): Uint8Array };
  readonly sharedStrings: { readonly totalRefs: number };
}

/** A data bar's main rule with the id of its Excel 2010 half (ExcelJS writes `x14Id`, missing from its typings). */
type LinkedRule = ExcelJS.ConditionalFormattingRule & { x14Id?: string };

/** A fixed, well-formed GUID per sheet and rule (the document writer draws random ones). */
const barId = (sheet: number, priority: number): string =>
  `{6A0C0E1D-0000-4000-8000-${((sheet + 1) * 65536 + priority).toString(16).toUpperCase().padStart(12, "0")}}`;

/** The 0-based rows in which something must be set before the row is written, ascending. */
function rowsToVisit(sheet: SheetModel): number[] {
  const rows = new Set<number>();
  for (const c of sheet.cells) rows.add(c.row);
  for (const r of sheet.rowHeights.keys()) rows.add(r);
  for (const m of sheet.merges) rows.add(m.row + m.rows - 1);
  for (const r of sheet.print?.rowBreaks ?? []) rows.add(Math.max(0, r - 1));
  return [...rows].sort((a, b) => a - b);
}

/**
 * Writes one sheet row by row. A row is committed (written out) once it is complete: its cells, height and
 * page break set, and every merge that covers it applied (ExcelJS gives a merge's cells their master's style
 * when it is applied, after the cells, as the document writer does).
 */
async function streamSheet(
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  model: WorkbookModel,
  sheet: SheetModel,
  index: number
): Promise<SheetAdditions> {
  const ws = writer.addWorksheet(sheet.name, {
    ...sheetOptions(sheet),
    // The streaming writer writes the sheet's properties (fit to page) when the sheet is created.
    ...(sheet.print
      ? { pageSetup: pageSetup(sheet.print), headerFooter: footerOf(sheet.print) }
      : {}),
  });
  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  const styleOf = styleCache(model);
  const cells = sheet.cells;
  const order = cells.map((_, i) => i);
  order.sort((a, b) => cells[a]!.row - cells[b]!.row || cells[a]!.col - cells[b]!.col);
  const byBottom = [...sheet.merges].sort((a, b) => a.row + a.rows - (b.row + b.rows));
  const byTop = [...sheet.merges].sort((a, b) => a.row - b.row);
  const applied = new Set<RangeModel>();
  const breaks = new Set((sheet.print?.rowBreaks ?? []).map((r) => Math.max(0, r - 1)));
  let next = 0;
  let merge = 0;
  let open = 0;
  let committed = -1;
  for (const r of rowsToVisit(sheet)) {
    const row = ws.getRow(r + 1);
    const height = sheet.rowHeights.get(r);
    if (height !== undefined) row.height = height;
    for (; next < order.length && cells[order[next]!]!.row === r; next++) {
      const cell = cells[order[next]!]!;
      const c = row.getCell(cell.col + 1);
      c.value = cellValue(cell.content);
      c.style = styleOf(cell);
    }
    for (
      ;
      merge < byBottom.length && byBottom[merge]!.row + byBottom[merge]!.rows - 1 === r;
      merge++
    ) {
      const m = byBottom[merge]!;
      ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
      applied.add(m);
    }
    if (breaks.has(r)) row.addPageBreak(0, 16384);
    // ExcelJS's streaming writer skips a row without values or height; the document writer keeps its styled
    // empty cells (borders of blank inputs), so such a row is marked as having values.
    if (row.cellCount > 0 && !row.hasValues && !row.height)
      Object.defineProperty(row, "hasValues", { value: true });
    while (open < byTop.length && applied.has(byTop[open]!)) open++;
    const pending = byTop[open];
    // Rows of a merge not yet applied stay open; the rest are written now.
    const last = pending && pending.row <= r ? pending.row - 1 : r;
    if (last > committed) {
      ws.getRow(last + 1).commit();
      committed = last;
    }
  }
  const validations = (ws as unknown as { dataValidations: DataValidationsModel }).dataValidations;
  for (const rule of sheet.validations) {
    const ref = rangeA1(rule.range);
    validations.add(ref.includes(":") ? ref : `${ref}:${ref}`, validation(rule));
  }
  const dataBars: DataBarExt[] = [];
  let priority = 0;
  for (const cf of sheet.conditionalFormats) {
    priority++;
    const rule: LinkedRule = conditionalRule(cf, priority);
    if (rule.type === "dataBar") {
      rule.x14Id = barId(index, priority);
      dataBars.push({
        id: rule.x14Id,
        sqref: rangeA1(cf.range),
        minLength: rule.minLength ?? 0,
        maxLength: rule.maxLength ?? 100,
        gradient: rule.gradient ?? true,
        cfvo: (rule.cfvo ?? []).map((v) => ({ type: v.type, value: v.value })),
      });
    }
    ws.addConditionalFormatting({ ref: rangeA1(cf.range), rules: [rule] });
  }
  if (sheet.protect) await ws.protect("", PROTECTION);
  ws.commit();
  // The document writer lists the merges as it meets their first cells, row by row.
  const merges = [...sheet.merges].sort((a, b) => a.row - b.row || a.col - b.col).map(rangeA1);
  return { tables: sheet.tables ?? [], dataBars, merges };
}

/**
 * Renders the model to .xlsx bytes with ExcelJS's streaming writer (Node only): the same workbook as the
 * document writer, in a fraction of its memory for a large sheet.
 *
 * @param model the workbook's layout
 * @returns the package's bytes
 * @throws Error where ExcelJS has no streaming writer (the browser bundle)
 */
export async function writeXlsxStreaming(model: WorkbookModel): Promise<Uint8Array> {
  const Writer = exceljs.stream?.xlsx.WorkbookWriter;
  if (!Writer) throw new Error("ExcelJS's streaming writer is not available here");
  // Stored, not deflated: the package is rewritten (and compressed once) below.
  const writer = new Writer({ useStyles: true, useSharedStrings: true, zip: { store: true } });
  writer.creator = model.properties.creator;
  writer.title = model.properties.title;
  writer.subject = model.properties.subject;
  writer.keywords = model.properties.keywords;
  // The core properties the document writer's workbook writes when they are not set (the streaming writer
  // leaves out the empty ones and names ExcelJS as the last to modify).
  writer.lastModifiedBy = "Unknown";
  writer.category = "";
  writer.description = "";
  const additions: SheetAdditions[] = [];
  for (const [index, sheet] of model.sheets.entries())
    additions.push(await streamSheet(writer, model, sheet, index));
  for (const n of model.names)
    writer.definedNames.add(`${sheetRef(n.sheet)}!${a1(n.cell.row, n.cell.col, true)}`, n.name);
  await writer.commit();
  const internals = writer as unknown as WriterInternals;
  const files = unzipSync(internals.stream.toBuffer());
  addStreamedParts(files, additions, internals.sharedStrings.totalRefs);
  fixFiles(files, new Map(model.sheets.map((s, i) => [i, s.print?.columnBreaks ?? []])));
  return zipSync(files, { level: 6 });
}
