/**
 * Writing the group's deliberation of one item into the 共识 sheet of the open workbook (issue 12): the agreed
 * score (评议后得分), its reason (评议理由) and a dissent (不同意见) go into the item row's input cells, found by
 * the sheet's headers and the item id in column B, so the sheet's own formulas take them up (consensus,
 * subtotals, total, verdict, 评议检查). Three syncs: find the sheet, read its cells, write.
 */
import { checkText } from "../engine";
import type { LocatedProblem } from "../engine";
import { a1 } from "../layout";
import { CONSENSUS_SHEET } from "../merge/consensusLayout";
import { DELIBERATION_HEADERS } from "../merge/deliberation";
import { fail, ok } from "./failures";
import type { ExcelRun } from "./run";
import type { AdapterResult, AgreedEntry, WriteSummary } from "./types";

/** The header row (0-based) of the 共识 sheet and the item id column. */
const HEADER_ROW = 2;
const ID_COL = 1;

/**
 * Writes one item's agreed score, reason and dissent into the 共识 sheet.
 *
 * @returns the sheet written, or `not-a-scoresheet` when the workbook has no 共识 sheet written by the add-in or
 *   the sheet has no row for the item (nothing is written then)
 */
export async function writeAgreed(
  run: ExcelRun,
  entry: AgreedEntry
): Promise<AdapterResult<WriteSummary>> {
  // README: Inputs. A reason or dissent no cell can hold as written is refused before anything is written, as
  // every other write is: nothing is cut.
  const unwritable = agreedTextProblems(entry);
  if (unwritable.length > 0) return fail({ kind: "unwritable-text", problems: unwritable });
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(CONSENSUS_SHEET);
    await context.sync();
    if (ws.isNullObject)
      return {
        ok: false,
        failure: {
          kind: "not-a-scoresheet",
          detail: `没有“${CONSENSUS_SHEET}”工作表，请先写入共识工作表 / no ${CONSENSUS_SHEET} sheet: write the consensus first`,
        },
      };
    const used = ws.getUsedRange(true).load(["values", "rowIndex", "columnIndex"]);
    await context.sync();
    const cell = (r: number, c: number): unknown =>
      used.values[r - used.rowIndex]?.[c - used.columnIndex];
    const header = (name: string): number | undefined => {
      for (let c = used.columnIndex; c < used.columnIndex + (used.values[0]?.length ?? 0); c++)
        if (cell(HEADER_ROW, c) === name) return c;
      return undefined;
    };
    let row: number | undefined;
    for (let r = HEADER_ROW + 1; r < used.rowIndex + used.values.length; r++)
      if (cell(r, ID_COL) === entry.itemId) row = r;
    const cols = [
      header(DELIBERATION_HEADERS.agreed),
      header(DELIBERATION_HEADERS.reason),
      header(DELIBERATION_HEADERS.dissent),
    ];
    if (row === undefined || cols.some((c) => c === undefined))
      return {
        ok: false,
        failure: {
          kind: "not-a-scoresheet",
          detail: `“${CONSENSUS_SHEET}”工作表中没有 ${entry.itemId} 的评议单元格，请重新写入共识工作表 / the ${CONSENSUS_SHEET} sheet has no deliberation cells for ${entry.itemId}: write the consensus again`,
        },
      };
    const values: (string | number)[] = [entry.agreed ?? "", entry.reason, entry.dissent];
    const at = row;
    cols.forEach((c, i) => {
      if (c !== undefined) ws.getRange(a1(at, c)).values = [[values[i] ?? ""]];
    });
    await context.sync();
    return ok({ syncs: 3, keptInputs: 0, mode: "rebuilt", sheets: [CONSENSUS_SHEET] });
  });
}

/**
 * The texts of one deliberation that no 共识 cell can hold as written (`text-too-long`, its `_xHHHH_` escapes
 * counted, or `text-forbidden-char`), each named by its item and column: "A.1.2 评议理由", "A.1.2 不同意见".
 */
export function agreedTextProblems(entry: AgreedEntry): LocatedProblem[] {
  const where = { sheet: CONSENSUS_SHEET };
  return [
    ...checkText(`${entry.itemId} ${DELIBERATION_HEADERS.reason}`, entry.reason),
    ...checkText(`${entry.itemId} ${DELIBERATION_HEADERS.dissent}`, entry.dissent),
  ].map((p) => ({ ...p, where }));
}
