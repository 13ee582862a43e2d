/**
 * Pieces of a table sheet's rows shared by deduction and award items: check formulas, cell contents, the item
 * columns every item has (title, cap, status, ids), and the A.7 award rows.
 */
import type { ItemDef, LevelItemDef, TieredItemDef } from "../standard";
import type { CellValue, ItemInput } from "../engine";
import { a1, cellRange } from "./a1";
import { EMPTY, SheetBuilder, formula, num, text } from "./builder";
import type { CellContent } from "./model";
import {
  FRACTION_DECIMALS,
  isBlank,
  levelItemFormula,
  numberCheck,
  statusText,
  str,
  tieredItemFormula,
} from "./formulas";
import { shiftDecimal } from "../engine";
import { LEVEL_LABELS, STATUS_LABELS, levelOptions } from "./labels";
import { COL } from "./tableColumns";
import { ITEM_NOTE_MARK, LINE_NOTE_MARK } from "./notes";

/**
 * Whether an item is scored from its inputs: any status but 不适用 and 应有未有, an invalid one included (the engine
 * scores an unknown status as normal and reports it). Error values and numbers are compared as text.
 */
export const STATUS_OK = (s: string): string =>
  `AND(${statusText(s)}<>"${STATUS_LABELS.na}",${statusText(s)}<>"${STATUS_LABELS.absent}")`;
export const STATUS_CHECK = (s: string): string => {
  const t = statusText(s);
  return `IF(OR(${t}="",${Object.values(STATUS_LABELS)
    .map((l) => `${t}="${l}"`)
    .join(",")}),"","错误：状态无效；")`;
};
/**
 * 7.2: the check of an item the group's plan fixed as 不适用 (known when the copy is made): an error as soon as the
 * status cell says anything else, as the reader's `plan-overridden`.
 */
export const PLAN_NA_CHECK = (s: string): string =>
  `IF(${statusText(s)}<>"${STATUS_LABELS.na}","错误：评估方案已界定本项不适用（7.2），不得改为其他状态；请改回“${STATUS_LABELS.na}”，或请评估组长修改评估方案；","")`;
/** Characters the reader's trim removes (NBSP and 全角空格 as literals: UNICHAR needs Excel's _xlfn. prefix in a file) that a note around the plan's reason may carry (space, tab, CR, LF, NBSP, 全角空格). */
const wsOnly = (x: string): string =>
  `LEN(TRIM(${[`CHAR(9)`, `CHAR(10)`, `CHAR(13)`, `"\u00a0"`, `"\u3000"`].reduce(
    (acc, c) => `SUBSTITUTE(${acc},${c}," ")`,
    x
  )}))=0`;

/**
 * 7.2: the check of the note cell holding the plan's reason for an item the plan fixed as 不适用, as the reader's
 * `plan-overridden` with a note (engine/plan.ts planOverrides): while the status is 不适用, the item's note (on a
 * deduction item's first line, the part after 【本项】 up to 【本行】; else the cell) must be empty or, trimmed, the
 * plan's reason note held in `expectedRef` (a locked cell of the identity sheet: no formula literal holds more than
 * 255 characters). Compared with FIND, case-sensitive as the reader; an error value in the cell is flagged (IFERROR's 1; no TRUE/FALSE names, which
 * HyperFormula does not know).
 *
 * @param noteRef the note cell, @param expectedRef the cell holding planReasonNote(reason)
 * @param marked whether the cell is a deduction item's first line note, where the item's note is marked 【本项】
 */
export const PLAN_NOTE_CHECK = (
  statusRef: string,
  noteRef: string,
  expectedRef: string,
  marked: boolean
): string => {
  const body = `MID(${noteRef}&"",${ITEM_NOTE_MARK.length + 1},32767)`;
  const item = marked
    ? `IF(LEFT(${noteRef}&"",${ITEM_NOTE_MARK.length})="${ITEM_NOTE_MARK}",IFERROR(LEFT(${body},FIND(CHAR(10)&"${LINE_NOTE_MARK}",${body})-1),${body}),"")`
    : `(${noteRef}&"")`;
  const at = `FIND(${expectedRef},${item})`;
  const cited = `IFERROR(AND(${wsOnly(`LEFT(${item},${at}-1)`)},${wsOnly(`MID(${item},${at}+LEN(${expectedRef}),32767)`)}),0)`;
  const changed = `IFERROR(AND(NOT(${wsOnly(item)}),NOT(${cited})),1)`;
  return `IF(AND(${statusText(statusRef)}="${STATUS_LABELS.na}",${changed}),"错误：本项说明是评估方案的理由（7.2），不得改动；请改回原理由，或请评估组长修改评估方案；","")`;
};
/** The hint of an item marked 不适用 or 应有未有 whose inputs are not counted (the engine's inputs-ignored). */
export const INPUTS_IGNORED = "提示：本项已标为不适用或应有未有，所填扣分不计入；";
export function valueContent(v: CellValue | undefined): CellContent {
  if (v === undefined || v === null || v === "") return EMPTY;
  if (typeof v === "number") return num(v);
  return text(String(v));
}

/**
 * A percentage (the evaluation's 92.5) as the %-formatted cell stores it (0.925), exactly; anything else as
 * typed, so the workbook shows and flags it (README: Inputs).
 */
export function percentContent(v: CellValue | undefined): CellContent {
  return typeof v === "number" ? num(shiftDecimal(v, -2)) : valueContent(v);
}

export function itemTitle(item: ItemDef): string {
  if (item.kind === "deduction" && item.parentTitle)
    return `${item.number.split(".")[0]}、${item.parentTitle}\n（${item.number}）${item.title}`;
  return `${item.number}、${item.title}`;
}

/** The cells every item has: its title and cap (merged over its rows), its status input and its hidden ids. */
export function commonItemCells(
  b: SheetBuilder,
  item: ItemDef,
  input: ItemInput | undefined,
  start: number,
  rows: number,
  fixedByPlan = false
): void {
  b.setMerged(cellRange(start, COL.content, rows, 1), text(itemTitle(item)), "text");
  b.setMerged(cellRange(start, COL.cap, rows, 1), num(item.cap), "number");
  const status = input?.status;
  const statusText =
    typeof status === "string" && Object.hasOwn(STATUS_LABELS, status)
      ? STATUS_LABELS[status as keyof typeof STATUS_LABELS]
      : status;
  if (fixedByPlan) {
    // 7.2: the group fixed this item as not applicable in its plan; the status is locked, not an input.
    b.set(start, COL.status, text(STATUS_LABELS.na), "textCenter");
  } else {
    b.set(
      start,
      COL.status,
      statusText === undefined || statusText === null
        ? text(STATUS_LABELS.normal)
        : valueContent(statusText),
      "input",
      false
    );
    b.validate({
      kind: "list",
      range: cellRange(start, COL.status),
      options: Object.values(STATUS_LABELS),
      errorTitle: "状态无效",
      errorMessage: `${item.id} 的状态只能从列表中选择：${Object.values(STATUS_LABELS).join("、")}（7.2）。`,
      prompt:
        "不适用：经评估小组界定确无需要，按满分计；应有未有：组织应有而未满足，本项0分（7.2）",
    });
  }
  for (let r = start; r < start + rows; r++) b.set(r, COL.itemId, text(item.id), "hidden");
}

/** One row for an A.7 award item: a percentage by tiers, or a level from a list. */
export function writeAwardItem(
  b: SheetBuilder,
  item: TieredItemDef | LevelItemDef,
  input: ItemInput | undefined,
  row: number,
  fixedByPlan = false,
  planNoteRef?: string
): number {
  commonItemCells(b, item, input, row, 1, fixedByPlan);
  const g = a1(row, COL.input);
  const statusRef = a1(row, COL.status, true);
  const capRef = a1(row, COL.cap, true);
  b.set(row, COL.id, text(item.id), "hidden");
  const note = input?.notes?.[item.id];
  b.set(
    row,
    COL.note,
    note !== undefined ? text(note) : EMPTY,
    // the plan's reason is the group's, not the expert's: locked with the status
    fixedByPlan ? "text" : "inputText",
    fixedByPlan
  );
  if (note !== undefined) b.fitRow(row, [{ col: COL.note, text: note }]);
  b.set(row, COL.counted, EMPTY, "number");
  // 7.2: an item marked 不适用 or 应有未有 is settled by its status; what is typed is only noted (as the engine does).
  const settled = (checks: string): string =>
    `${fixedByPlan ? `${PLAN_NA_CHECK(statusRef)}&` : ""}${fixedByPlan && planNoteRef ? `${PLAN_NOTE_CHECK(statusRef, a1(row, COL.note), planNoteRef, false)}&` : ""}${STATUS_CHECK(statusRef)}&IF(${STATUS_OK(statusRef)},IF(${isBlank(g)},"提示：未填写，本项暂按0分计；",${checks}),IF(${isBlank(g)},"","${INPUTS_IGNORED.replace("扣分", "内容")}"))`;
  if (item.kind === "tiered") {
    const requirement = [
      ...item.tiers.map((t) => t.text),
      ...(item.belowText ? [item.belowText] : []),
    ].join("\n");
    b.set(row, COL.requirement, text(requirement), "text");
    b.set(
      row,
      COL.rule,
      text(
        item.measure === "satisfaction"
          ? "填服务对象满意度（%），按档次得分"
          : "填服务效率缩短时间率（%），按档次得分"
      ),
      "text"
    );
    b.set(row, COL.limit, text("0–100%"), "textCenter");
    b.set(row, COL.input, percentContent(input?.value), "inputPercent", false);
    b.set(row, COL.score, formula(tieredItemFormula(statusRef, capRef, g, item.tiers)), "formula");
    b.set(
      row,
      COL.check,
      formula(
        settled(
          numberCheck(
            g,
            FRACTION_DECIMALS,
            `OR(${g}<0,${g}>1)`,
            "错误：应为0%–100%的百分数（如 92.5%）；",
            '""'
          )
        )
      ),
      "check"
    );
    b.validate({
      kind: "decimal",
      range: cellRange(row, COL.input),
      min: 0,
      max: 1,
      errorTitle: "百分数无效",
      errorMessage: `${item.id} 请填写0%–100%之间的百分数，如 92.5%。`,
      prompt: "填百分数，如 92.5%",
    });
    b.fitRow(row, [{ col: COL.requirement, text: requirement }]);
  } else {
    const requirement = item.options
      .filter((o) => o.fromStandard)
      .map((o) => o.text)
      .join("\n");
    const options = levelOptions(item);
    b.set(row, COL.requirement, text(requirement), "text");
    b.set(row, COL.rule, text("从列表中选择等级"), "text");
    b.set(row, COL.limit, EMPTY, "number");
    const level = input?.level;
    b.set(
      row,
      COL.input,
      typeof level === "string" && Object.hasOwn(LEVEL_LABELS, level)
        ? text(LEVEL_LABELS[level as keyof typeof LEVEL_LABELS])
        : valueContent(level),
      "inputText",
      false
    );
    b.set(
      row,
      COL.score,
      formula(
        levelItemFormula(
          statusRef,
          capRef,
          g,
          item.options.map((o) => ({ label: LEVEL_LABELS[o.level], points: o.points }))
        )
      ),
      "formula"
    );
    const known = options.map((o) => `${g}=${str(o)}`).join(",");
    b.set(
      row,
      COL.check,
      formula(
        settled(
          `IF(ISERROR(${g}),"错误：请从列表中选择等级；",IF(OR(${known}),"","错误：请从列表中选择等级；"))`
        )
      ),
      "check"
    );
    b.validate({
      kind: "list",
      range: cellRange(row, COL.input),
      options,
      errorTitle: "等级无效",
      errorMessage: `${item.id} 请从列表中选择：${options.join("、")}`.slice(0, 225),
    });
    b.fitRow(row, [{ col: COL.requirement, text: requirement }]);
  }
  return row + 1;
}
