/**
 * The agreed scores someone typed straight into the 共识 sheet in Excel, seen by the pane's write of another item
 * (src/office/agreed.ts): "3/5" typed into an item's 评议后得分 becomes a date (serial 46086 in 2026), which the
 * sheet's formulas count and its 评议检查 flags, so the sheet's verdict is pending. The CLI (`gridscore merge` /
 * `report` on the saved file, readConsensus.ts) refuses it, naming the cell and the day; the pane names it the
 * same way from the values, number formats and value types its write loaded anyway (no sync more).
 *
 * The Office adapter sits below merge and knows neither the sheet's vocabulary nor this judgement: the pane gives
 * it `CONSENSUS_SHEET_SPEC` (src/office/types.ts ConsensusSheetSpec), as it gives writeConsensus the model.
 */
import type { LocatedProblem } from "../engine";
import { a1, dateSerial, gridDateText } from "../layout";
import { isDateFormat, serialToGridDate } from "../layout/dateFormat";
import type { ConsensusCells, ConsensusSheetSpec } from "../office/types";
import { allItems } from "../standard";
import { CONSENSUS_SHEET } from "./consensusLayout";
import { DELIBERATION_HEADERS, cellText, checkAgreed, planReasonFromData } from "./deliberation";

/** The header row (0-based) of the 共识 sheet, the item id column and the first expert column (as the reader). */
const HEADER_ROW = 2;
const ID_COL = 1;
const FIRST_EXPERT_COL = 4;

/** The number of expert columns: the headers from the first expert column up to 共识, as the reader counts them. */
function expertCount(cells: ConsensusCells): number {
  let n = 0;
  for (;;) {
    const h = cells.value(HEADER_ROW, FIRST_EXPERT_COL + n);
    if (h === undefined || h === null || h === "" || h === "共识") return n;
    n++;
  }
}

/** A row's hidden 数据 text: one cell, or continued in the cells after it (long notes), as the reader joins it. */
function dataText(cells: ConsensusCells, row: number, col: number): string {
  let out = "";
  for (let c = col; ; c++) {
    const v = cells.value(row, c);
    if (typeof v !== "string" || v === "") return out;
    out += v;
  }
}

/** A cell as the .xlsx readers see it: a number in a date-formatted cell as the Date ExcelJS gives (1900 system). */
function asRead(cells: ConsensusCells, row: number, col: number): unknown {
  const v = cells.value(row, col);
  return typeof v === "number" && isDateFormat(cells.format(row, col)) ? serialToGridDate(v) : v;
}

/**
 * Every item row other than `exceptItemId` whose 评议后得分 the sheet does not apply, as the CLI names it
 * (readConsensus.ts readDeliberation, deliberation.ts checkAgreed with the item's cap from the standard, the row's
 * 评议理由 and the plan's reason from its 数据): `agreed-score-invalid` (text, a boolean, an error value, over 2
 * decimals or outside [0, cap]; with `date`, the day the cell shows, when it is a number in a date format, the
 * value then its serial) and `agreed-on-plan-na`, each at its cell on the 共识 sheet. An agreed score without a
 * reason (`agreed-without-reason`) is applied and left out: the person may be typing its reason.
 *
 * @param cells the 共识 sheet as loaded, @param agreedCol and @param reasonCol the deliberation columns (0-based)
 * @returns the problems in row order; [] when every other row's agreed score counts or is blank
 */
export function otherAgreedProblems(
  cells: ConsensusCells,
  agreedCol: number,
  reasonCol: number,
  exceptItemId: string
): LocatedProblem[] {
  const capOf = new Map(allItems().map((i) => [i.id, i.cap]));
  const experts = expertCount(cells);
  let dataCol: number | undefined;
  for (let c = FIRST_EXPERT_COL + experts; c < FIRST_EXPERT_COL + experts + 64; c++)
    if (cells.value(HEADER_ROW, c) === DELIBERATION_HEADERS.data) {
      dataCol = c;
      break;
    }
  const out: LocatedProblem[] = [];
  for (let row = HEADER_ROW + 1; row < cells.end; row++) {
    const id = cells.value(row, ID_COL);
    if (typeof id !== "string" || id === exceptItemId) continue;
    const cap = capOf.get(id);
    if (cap === undefined) continue;
    const raw = asRead(cells, row, agreedCol);
    // An error value is passed as one, never as its text; a date as its serial, which the sheet's formulas judge.
    const value =
      cells.type(row, agreedCol) === "Error"
        ? { error: String(raw) }
        : raw instanceof Date
          ? dateSerial(raw)
          : raw;
    const planReason =
      dataCol === undefined
        ? undefined
        : planReasonFromData(id, dataText(cells, row, dataCol), experts);
    const checked = checkAgreed(
      id,
      cap,
      value,
      cellText(asRead(cells, row, reasonCol)),
      planReason
    );
    const date = raw instanceof Date ? gridDateText(raw) : undefined;
    const where = { sheet: CONSENSUS_SHEET, cell: a1(row, agreedCol) };
    for (const p of checked.problems)
      if (p.code === "agreed-score-invalid")
        out.push({ ...p, ...(date !== undefined ? { date } : {}), where });
      else if (p.code === "agreed-on-plan-na") out.push({ ...p, where });
  }
  return out;
}

/** The 共识 sheet's name, its deliberation headers and the judging above: what the pane gives the Office adapter. */
export const CONSENSUS_SHEET_SPEC: ConsensusSheetSpec = {
  sheet: CONSENSUS_SHEET,
  headers: {
    agreed: DELIBERATION_HEADERS.agreed,
    reason: DELIBERATION_HEADERS.reason,
    dissent: DELIBERATION_HEADERS.dissent,
  },
  refusedAgreed: otherAgreedProblems,
};
