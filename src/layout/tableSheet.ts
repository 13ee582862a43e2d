/**
 * One sheet per Appendix A table: the standard's columns, the evaluator's inputs, live scores and checks.
 */
import { computedMax, maxGapNote } from "../standard";
import type { DeductionItemDef, ItemDef, LineDef, TableDef } from "../standard";
import { isRateInput } from "../engine";
import type { Evaluation, ItemInput } from "../engine";
import { a1, cellRange } from "./a1";
import { EMPTY, SheetBuilder, formula, num, text } from "./builder";
import type { SheetModel } from "./model";
import { ITEM_NOTE_MARK, LINE_NOTE_MARK, joinNotes } from "./notes";
import { INPUT_DECIMALS } from "../engine";
import {
  FRACTION_DECIMALS,
  deductionFormula,
  deductionItemFormula,
  noteBlank,
  numberCheck,
  rateDeductionFormula,
} from "./formulas";
import { CAP_FILL, ERROR_FILL, WARNING_FILL } from "./styles";
import { COL, COLUMNS, FIRST_DATA_ROW, HEADER_ROW } from "./tableColumns";
import {
  INPUTS_IGNORED,
  PLAN_NA_CHECK,
  PLAN_NOTE_CHECK,
  STATUS_CHECK,
  STATUS_OK,
  commonItemCells,
  percentContent,
  valueContent,
  writeAwardItem,
} from "./tableRows";

export { COL, FIRST_DATA_ROW, HEADER_ROW } from "./tableColumns";

/** Where a built table sheet put the things other sheets refer to. */
export interface TableSheetInfo {
  readonly table: TableDef;
  readonly sheet: SheetModel;
  readonly subtotalCell: { row: number; col: number };
  readonly firstRow: number;
  readonly lastRow: number;
}

/** Builds the sheet of one table, pre-filled from an evaluation when one is given. */
export function buildTableSheet(
  table: TableDef,
  evaluation: Evaluation | undefined,
  fixedByPlan: ReadonlySet<string> = new Set(),
  planNotes: ReadonlyMap<string, string> = new Map()
): TableSheetInfo {
  const b = new SheetBuilder(table.id, "table", COLUMNS(table.scoreHeader));
  const lastCol = COL.check;
  const max = computedMax(table);
  b.setMerged(
    cellRange(0, 0, 1, lastCol + 1),
    text(`表${table.id} ${table.title}`),
    "title"
  ).height(0, 28);
  b.setMerged(
    cellRange(1, 0, 1, lastCol + 1),
    text(
      `黄色单元格为填写区：每行填扣分（0至上限）和扣分说明；每项可选状态（不适用按满分计，应有未有按0分计，见7.2）；每项扣完为止（7.3）。本表标注${table.declaredMax}分，各项分值合计${max}分。`
    ),
    "subtitle"
  ).height(1, 32);
  COLUMNS(table.scoreHeader).forEach((c, col) => b.set(HEADER_ROW, col, text(c.header), "header"));
  b.height(HEADER_ROW, 30);

  let row = FIRST_DATA_ROW;
  let lastItemRow = row;
  for (const item of table.items) {
    lastItemRow = row;
    row = writeItem(
      b,
      item,
      evaluation?.items[item.id],
      row,
      fixedByPlan.has(item.id),
      planNotes.get(item.id)
    );
  }
  const lastRow = row - 1;
  b.setMerged(
    cellRange(FIRST_DATA_ROW, COL.project, row - FIRST_DATA_ROW, 1),
    text(`${table.heading}\n（${table.declaredMax}分）`),
    "textCenter"
  );

  const subtotalRow = row;
  b.setMerged(
    cellRange(subtotalRow, 0, 1, COL.score),
    text(`小计（标注${table.declaredMax}分，各项分值合计${max}分）`),
    "total"
  );
  b.set(
    subtotalRow,
    COL.score,
    formula(
      `ROUND(SUM(${a1(FIRST_DATA_ROW, COL.score)}:${a1(lastRow, COL.score)}),${INPUT_DECIMALS})`
    ),
    "total"
  );
  b.set(subtotalRow, COL.check, EMPTY, "total");
  b.height(subtotalRow, 22);
  let next = subtotalRow + 1;
  const gap = maxGapNote(table);
  if (gap) {
    b.setMerged(cellRange(next, 0, 1, lastCol + 1), text(gap), "note").height(next, 30);
    next++;
  }
  next++;
  b.setMerged(
    cellRange(next, 0, 1, lastCol + 1),
    text("评估人（签字）：____________________        日期：________年____月____日"),
    "signature"
  ).height(next, 30);
  // The signature goes to the page of the last item and the subtotal, never alone on a page.
  b.keepTogether(lastItemRow, next);

  const inputs = cellRange(FIRST_DATA_ROW, COL.input, lastRow - FIRST_DATA_ROW + 1, 2);
  const checkRef = `$${a1(FIRST_DATA_ROW, COL.check).replace(/\d+/, "")}${FIRST_DATA_ROW + 1}`;
  b.highlight({
    range: inputs,
    formula: `ISNUMBER(SEARCH("错误：",${checkRef}))`,
    fill: ERROR_FILL,
  });
  b.highlight({
    range: inputs,
    formula: `ISNUMBER(SEARCH("提示：",${checkRef}))`,
    fill: WARNING_FILL,
  });

  b.freeze = { rows: FIRST_DATA_ROW, cols: 0 };
  b.print = {
    orientation: "landscape",
    titleRows: { from: HEADER_ROW, to: HEADER_ROW },
    fitToWidth: true,
    footer: `表${table.id} 第 &P 页 共 &N 页`,
  };
  return {
    table,
    sheet: b.build(),
    subtotalCell: { row: subtotalRow, col: COL.score },
    firstRow: FIRST_DATA_ROW,
    lastRow,
  };
}

function writeItem(
  b: SheetBuilder,
  item: ItemDef,
  input: ItemInput | undefined,
  start: number,
  fixed: boolean,
  planNoteRef: string | undefined
): number {
  switch (item.kind) {
    case "deduction":
      return writeDeductionItem(b, item, input, start, fixed, planNoteRef);
    case "tiered":
    case "level":
      return writeAwardItem(b, item, input, start, fixed, planNoteRef);
  }
}

function writeDeductionItem(
  b: SheetBuilder,
  item: DeductionItemDef,
  input: ItemInput | undefined,
  start: number,
  fixed: boolean,
  planNoteRef: string | undefined
): number {
  const rows = item.lines.length;
  commonItemCells(b, item, input, start, rows, fixed);
  const end = start + rows - 1;
  const statusRef = a1(start, COL.status, true);
  const capRef = a1(start, COL.cap, true);
  const counted = `${a1(start, COL.counted, true)}:${a1(end, COL.counted, true)}`;
  const checks = item.lines.map((line, i) =>
    writeLine(b, line, input, start + i, statusRef, i === 0 ? item.id : undefined, fixed)
  );
  b.setMerged(
    cellRange(start, COL.score, rows, 1),
    formula(deductionItemFormula(statusRef, capRef, counted)),
    "formula"
  );
  const itemChecks =
    `${fixed ? `${PLAN_NA_CHECK(statusRef)}&` : ""}${fixed && planNoteRef ? `${PLAN_NOTE_CHECK(statusRef, a1(start, COL.note), planNoteRef, true)}&` : ""}${STATUS_CHECK(statusRef)}&IF(AND(${STATUS_OK(statusRef)},SUM(${counted})>${capRef}),"提示：本项扣分合计"&SUM(${counted})&"分超过分值"&${capRef}&"分，按7.3扣完为止，本项得0分；","")` +
    `&IF(AND(NOT(${STATUS_OK(statusRef)}),COUNTIF(${counted},"<>0")>0),"${INPUTS_IGNORED}","")`;
  checks.forEach((check, i) =>
    b.set(start + i, COL.check, formula(i === 0 ? `${check}&${itemChecks}` : check), "check")
  );
  b.highlight({
    range: cellRange(start, COL.score, rows, 1),
    formula: `AND(${STATUS_OK(statusRef)},SUM(${counted})>${capRef})`,
    fill: CAP_FILL,
  });
  return end + 1;
}

/**
 * Writes one requirement line and returns its check formula (the item adds its own checks to the first). The
 * first line's note cell also carries the item-level note, marked 【本项】 (README: The workbook).
 */
function writeLine(
  b: SheetBuilder,
  line: LineDef,
  input: ItemInput | undefined,
  row: number,
  statusRef: string,
  itemId: string | undefined,
  fixedByPlan: boolean
): string {
  const g = a1(row, COL.input);
  const h = a1(row, COL.note);
  const j = a1(row, COL.counted);
  // The line's own note: on the first line, the text after 【本行】 when the cell starts with an item note 【本项】.
  const own = itemId
    ? `IF(LEFT(${h},${ITEM_NOTE_MARK.length})="${ITEM_NOTE_MARK}",IFERROR(MID(${h},FIND(CHAR(10)&"${LINE_NOTE_MARK}",${h})+${LINE_NOTE_MARK.length + 1},32767),""),${h})`
    : h;
  // 7.2: the engine asks for a note only where the deduction counts (the item is scored from its inputs).
  const noteMissing = `IF(AND(${STATUS_OK(statusRef)},${j}>0,${noteBlank(`IFERROR(${own}&"","")`)}),"提示：有扣分但缺扣分说明；","")`;
  const requirement =
    line.kind === "deduction" && line.group
      ? `${line.group}\n${line.requirement}`
      : line.requirement;
  b.set(row, COL.requirement, text(requirement), "text");
  b.set(row, COL.rule, text(line.rule), "text");
  b.set(row, COL.id, text(line.id), "hidden");
  const note = joinNotes(itemId && input?.notes?.[itemId], input?.notes?.[line.id]);
  // 7.2: the first line's note of an item the plan fixed holds the group's reason; it is locked with the status.
  const locked = fixedByPlan && itemId !== undefined;
  b.set(row, COL.note, note ? text(note) : EMPTY, locked ? "text" : "inputText", locked);
  const raw = input?.lines?.[line.id];
  let check: string;
  if (line.kind === "rate") {
    b.set(row, COL.limit, text("0–100%"), "textCenter");
    const rate = raw !== undefined && isRateInput(raw) ? raw.rate : raw;
    b.set(row, COL.input, percentContent(rate), "inputPercent", false);
    b.set(row, COL.counted, formula(rateDeductionFormula(g, line.tiers, line.belowAll)), "number");
    check = numberCheck(
      g,
      FRACTION_DECIMALS,
      `OR(${g}<0,${g}>1)`,
      "错误：完成率应为0%–100%（如 45%）；",
      noteMissing
    );
    b.validate({
      kind: "decimal",
      range: cellRange(row, COL.input),
      min: 0,
      max: 1,
      errorTitle: "完成率无效",
      errorMessage:
        `${line.id} 请填写全员培训计划完成率（0%–100%，如 45%）。扣分标准：${line.rule}`.slice(
          0,
          225
        ),
      prompt: "填完成率，如 45%；扣分按档自动计算",
    });
  } else {
    b.set(row, COL.limit, num(line.maxDeduction), "number");
    b.set(
      row,
      COL.input,
      valueContent(raw !== undefined && !isRateInput(raw) ? raw : undefined),
      "input",
      false
    );
    b.set(row, COL.counted, formula(deductionFormula(g)), "number");
    check = numberCheck(
      g,
      INPUT_DECIMALS,
      `${g}<0`,
      "错误：不能为负数；",
      `IF(${g}>${line.maxDeduction},"错误：超过本行上限${line.maxDeduction}分；",${noteMissing})`
    );
    b.validate({
      kind: "decimal",
      range: cellRange(row, COL.input),
      min: 0,
      max: line.maxDeduction,
      errorTitle: "扣分超出本行上限",
      errorMessage:
        `${line.id} 本行最多扣${line.maxDeduction}分，请填写0到${line.maxDeduction}之间的数字。扣分标准：${line.rule}`.slice(
          0,
          225
        ),
      prompt: `最多扣${line.maxDeduction}分`,
    });
  }
  // A note already written (the plan's reason, an imported note) is a wrapped text too: the row grows for it.
  b.fitRow(row, [
    { col: COL.requirement, text: requirement },
    { col: COL.rule, text: line.rule },
    { col: COL.note, text: note ?? "" },
  ]);
  return check;
}
