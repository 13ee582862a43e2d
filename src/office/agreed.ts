/**
 * Writing the group's deliberation of one item into the 共识 sheet of the open workbook (issue 12): the agreed
 * score (评议后得分), its reason (评议理由) and a dissent (不同意见) go into the item row's input cells, found by
 * the sheet's headers and the item id in column B, so the sheet's own formulas take them up (consensus,
 * subtotals, total, verdict, 评议检查). Three syncs: find the sheet, read its cells (values, number formats and
 * the sheet's protection in one load), write.
 *
 * A person may have typed into those cells in Excel first. "3/5" typed into 评议后得分 leaves a date format on
 * the cell, in which a number written later still reads as a date (1900-01-09 for 9): the sheet would count 9 but
 * every reader (`gridscore merge`/`report` on the saved file, the pane's own merge) names it a date and takes no
 * agreed score, so the write puts the layout's number format back on that cell. A reason or dissent goes in as the
 * text it is whatever format the cell has now (an apostrophe where the cell is no longer text-formatted), so "50%",
 * "3/5" or "=x" typed into the pane's form never becomes a number, a date or a formula.
 *
 * The same load shows what was typed into other items' 评议后得分: an agreed score the sheet does not apply (a date
 * such as "3/5", text, a score beyond the cap) comes back in the summary's `refusedAgreed`, named as the CLI names
 * it (the spec's refusedAgreed, src/merge/agreedCells.ts), so the pane can warn of what it did not write.
 *
 * The sheet is laid out in src/merge, above this adapter: its name, headers and that judgement come from the
 * caller as a ConsensusSheetSpec (types.ts), as writeConsensus is given the workbook model.
 */
import { checkText } from "../engine";
import type { LocatedProblem } from "../engine";
import { STYLES, a1 } from "../layout";
import { isDateFormat } from "../layout/dateFormat";
import { formulaEntry } from "./cellText";
import { fail, ok } from "./failures";
import type { ExcelRun } from "./run";
import type { AdapterResult, AgreedEntry, ConsensusSheetSpec, WriteSummary } from "./types";
import { PROTECTION_OPTIONS } from "./writeModel";

/** The header row (0-based) of the 共识 sheet and the item id column. */
const HEADER_ROW = 2;
const ID_COL = 1;

/**
 * Writes one item's agreed score, reason and dissent into the 共识 sheet.
 *
 * @param spec the 共识 sheet's name, deliberation headers and the judging of the other rows' agreed scores
 * @returns the sheet written, or `not-a-scoresheet` when the workbook has no 共识 sheet written by the add-in or
 *   the sheet has no row for the item (nothing is written then)
 */
export async function writeAgreed(
  run: ExcelRun,
  spec: ConsensusSheetSpec,
  entry: AgreedEntry
): Promise<AdapterResult<WriteSummary>> {
  // README: Inputs. A reason or dissent no cell can hold as written is refused before anything is written, as
  // every other write is: nothing is cut.
  const unwritable = agreedTextProblems(spec, entry);
  if (unwritable.length > 0) return fail({ kind: "unwritable-text", problems: unwritable });
  const sheetName = spec.sheet;
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (ws.isNullObject)
      return {
        ok: false,
        failure: {
          kind: "not-a-scoresheet",
          detail: `没有“${sheetName}”工作表，请先写入共识工作表 / no ${sheetName} sheet: write the consensus first`,
        },
      };
    // The formats and the protection in the same load as the values: no sync more (README: Office.js syncs).
    const used = ws
      .getUsedRange(true)
      .load(["values", "numberFormat", "valueTypes", "rowIndex", "columnIndex"]);
    ws.load("protection/protected");
    await context.sync();
    const cell = (r: number, c: number): unknown =>
      used.values[r - used.rowIndex]?.[c - used.columnIndex];
    const format = (r: number, c: number): string => {
      const f: unknown = used.numberFormat[r - used.rowIndex]?.[c - used.columnIndex];
      return typeof f === "string" ? f : "General";
    };
    const header = (name: string): number | undefined => {
      for (let c = used.columnIndex; c < used.columnIndex + (used.values[0]?.length ?? 0); c++)
        if (cell(HEADER_ROW, c) === name) return c;
      return undefined;
    };
    let row: number | undefined;
    for (let r = HEADER_ROW + 1; r < used.rowIndex + used.values.length; r++)
      if (cell(r, ID_COL) === entry.itemId) row = r;
    const agreedCol = header(spec.headers.agreed);
    const reasonCol = header(spec.headers.reason);
    const dissentCol = header(spec.headers.dissent);
    if (
      row === undefined ||
      agreedCol === undefined ||
      reasonCol === undefined ||
      dissentCol === undefined
    )
      return {
        ok: false,
        failure: {
          kind: "not-a-scoresheet",
          detail: `“${sheetName}”工作表中没有 ${entry.itemId} 的评议单元格，请重新写入共识工作表 / the ${sheetName} sheet has no deliberation cells for ${entry.itemId}: write the consensus again`,
        },
      };
    const at = row;
    const agreedCell = ws.getRange(a1(at, agreedCol));
    // A date format left by a date typed here would turn the score into a date for every reader (see above).
    const dated = isDateFormat(format(at, agreedCol));
    const relock = dated && ws.protection.protected;
    if (relock) ws.protection.unprotect();
    if (dated) agreedCell.numberFormat = [[STYLES.input.numberFormat ?? "General"]];
    if (relock) ws.protection.protect(PROTECTION_OPTIONS);
    agreedCell.values = [[entry.agreed ?? ""]];
    for (const [col, text] of [
      [reasonCol, entry.reason],
      [dissentCol, entry.dissent],
    ] as const)
      ws.getRange(a1(at, col)).formulas = [[formulaEntry({ kind: "text", text }, format(at, col))]];
    // What someone typed into other items' 评议后得分 that the sheet does not apply, named as the CLI names it.
    const refused = spec.refusedAgreed(
      {
        value: cell,
        format,
        type: (r, c) => {
          const t: unknown = used.valueTypes[r - used.rowIndex]?.[c - used.columnIndex];
          return typeof t === "string" ? t : undefined;
        },
        end: used.rowIndex + used.values.length,
      },
      agreedCol,
      reasonCol,
      entry.itemId
    );
    await context.sync();
    return ok({
      syncs: 3,
      keptInputs: 0,
      mode: "rebuilt",
      sheets: [sheetName],
      ...(refused.length > 0 ? { refusedAgreed: refused } : {}),
    });
  });
}

/**
 * The texts of one deliberation that no 共识 cell can hold as written (`text-too-long`, its `_xHHHH_` escapes
 * counted, or `text-forbidden-char`), each named by its item and column: "A.1.2 评议理由", "A.1.2 不同意见".
 */
export function agreedTextProblems(spec: ConsensusSheetSpec, entry: AgreedEntry): LocatedProblem[] {
  const where = { sheet: spec.sheet };
  return [
    ...checkText(`${entry.itemId} ${spec.headers.reason}`, entry.reason),
    ...checkText(`${entry.itemId} ${spec.headers.dissent}`, entry.dissent),
  ].map((p) => ({ ...p, where }));
}
