/**
 * The summary sheet (汇总): subtotals against computed and declared maxima, total, pass mark, verdict, counts.
 */
import { STANDARD, computedMax, computedTotal, maxGapNote, totalGapNote } from "../standard";
import { a1, cellRange, sheetRef } from "./a1";
import { SheetBuilder, formula, num, text, wrappedLines } from "./builder";
import { COVER_SHEET, META_FIELDS, META_FIRST_ROW } from "./coverSheet";
import type { DefinedNameModel, SheetModel } from "./model";
import { MAX_ROW_HEIGHT } from "./model";
import { ERROR_FILL, WARNING_FILL } from "./styles";
import { PENDING_VERDICT, pendingVerdictText } from "../engine";
import type { EvaluationMeta } from "../engine";
import { COL } from "./tableSheet";
import type { TableSheetInfo } from "./tableSheet";

export const SUMMARY_SHEET = "汇总";
export const SUMMARY_FIRST_TABLE_ROW = 4;

/** The defined name of a table's subtotal ("Subtotal_A1"). */
export function subtotalName(tableId: string): string {
  return `Subtotal_${tableId.replace(".", "")}`;
}

function metaRef(field: string): string {
  const i = META_FIELDS.findIndex((m) => m.field === field);
  return `${sheetRef(COVER_SHEET)}!${a1(META_FIRST_ROW + i, 1, true)}`;
}

/**
 * The unit name and evaluator, in full-width characters, that the 汇总 line 被评单位：…  评估人：…  日期：… is
 * always tall enough for, whatever is typed into 说明 later.
 */
export const SUMMARY_LINE_ROOM = { organization: 300, evaluator: 30 } as const;

/**
 * 汇总's columns. Each is at least as wide as the longest fixed label it holds (wrappedLines gives 1): 结论（定稿）
 * and 满分（计算） are 12 half-widths, and an 8-wide column printed 「结论（定」 over 「稿）」.
 */
const SUMMARY_COLUMNS = [
  { header: "表", width: 13 },
  { header: "名称", width: 44 },
  { header: "得分", width: 10 },
  { header: "满分（计算）", width: 13 },
  { header: "满分（标注）", width: 13 },
  { header: "得分率", width: 10 },
] as const;

/** The 汇总 line's columns (A:F merged) and font size (the subtitle style), for its height. */
const LINE_WIDTH = SUMMARY_COLUMNS.reduce((sum, c) => sum + c.width, 0);
const LINE_FONT = 10;

/** The 汇总 line as its formula shows it, for given texts (an ISO date, or the width of one). */
export function summaryLineText(organization: string, evaluator: string, date: string): string {
  return `被评单位：${organization}    评估人：${evaluator}    日期：${date}`;
}

/**
 * The height (points) of the 汇总 line's row. The line is a formula that follows 说明's cells, so a height fitted
 * to the name given at `new` clips a longer name typed later (Excel clips a wrapped cell to its row, LibreOffice's
 * PDF cut both ends of a centred 132-character name; no host grows the row of a formula or a merged cell). So
 * the row is fixed at the height of the line for a name of {@link SUMMARY_LINE_ROOM} full-width characters — about
 * 8 lines, whole for any real unit name — or of the texts given, if longer, up to Excel's 409 pt (some 1,200
 * full-width characters at 10 pt). Splitting the line into cells of their own, which could hold any name up to the
 * readers' limit (Excel's 32,767 characters), would move 汇总's formulas, which the tamper check compares by
 * place: a new formula edition (README: formula editions).
 */
export function summaryLineHeight(meta: EvaluationMeta = {}): number {
  const room = summaryLineText(
    "单".repeat(SUMMARY_LINE_ROOM.organization),
    "人".repeat(SUMMARY_LINE_ROOM.evaluator),
    "0000-00-00"
  );
  const given = summaryLineText(meta.organization ?? "", meta.evaluator ?? "", "0000-00-00");
  const lines = Math.max(
    wrappedLines(room, LINE_WIDTH, LINE_FONT),
    wrappedLines(given, LINE_WIDTH, LINE_FONT)
  );
  return Math.min(MAX_ROW_HEIGHT, lines * Math.ceil(LINE_FONT * 1.4) + 4);
}

/**
 * Builds the summary sheet and the workbook's defined names; `meta` (the cover's metadata as given) only sizes
 * the line naming the unit (summaryLineHeight).
 */
export function buildSummarySheet(
  tables: readonly TableSheetInfo[],
  meta: EvaluationMeta = {}
): {
  sheet: SheetModel;
  names: DefinedNameModel[];
} {
  const b = new SheetBuilder(SUMMARY_SHEET, "summary", [...SUMMARY_COLUMNS]);
  const names: DefinedNameModel[] = [];
  b.setMerged(cellRange(0, 0, 1, 6), text("市域网格化治理标准体系评价 汇总表"), "title").height(
    0,
    30
  );
  const date = metaRef("date");
  b.setMerged(
    cellRange(1, 0, 1, 6),
    formula(
      `"被评单位："&${metaRef("organization")}&"    评估人："&${metaRef("evaluator")}&"    日期："&IF(ISNUMBER(${date}),TEXT(${date},"yyyy-mm-dd"),${date})`
    ),
    "subtitle"
  ).height(1, summaryLineHeight(meta));
  ["表", "名称", "得分", "满分（计算）", "满分（标注）", "得分率"].forEach((h, col) =>
    b.set(3, col, text(h), "header")
  );
  tables.forEach((info, i) => {
    const row = SUMMARY_FIRST_TABLE_ROW + i;
    const t = info.table;
    names.push({ name: subtotalName(t.id), sheet: t.id, cell: info.subtotalCell });
    b.set(row, 0, text(t.id), "textCenter");
    b.set(row, 1, text(t.title), "text");
    b.set(
      row,
      2,
      formula(`${sheetRef(t.id)}!${a1(info.subtotalCell.row, info.subtotalCell.col, true)}`),
      "formula"
    );
    b.set(row, 3, num(computedMax(t)), "number");
    b.set(row, 4, num(t.declaredMax), "number");
    b.set(row, 5, formula(`IF(${a1(row, 3)}=0,0,${a1(row, 2)}/${a1(row, 3)})`), "ratio");
  });
  const last = SUMMARY_FIRST_TABLE_ROW + tables.length - 1;
  const totalRow = last + 1;
  b.set(totalRow, 0, text("合计"), "total");
  b.set(totalRow, 1, text("总分"), "total");
  b.set(
    totalRow,
    2,
    // Exact: item scores have at most 2 decimals, so ROUND(…, 2) only removes binary noise (README: Numbers).
    formula(`ROUND(SUM(${a1(SUMMARY_FIRST_TABLE_ROW, 2)}:${a1(last, 2)}),2)`),
    "total"
  );
  b.set(totalRow, 3, num(computedTotal()), "total");
  b.set(totalRow, 4, num(STANDARD.declaredTotal), "total");
  b.set(
    totalRow,
    5,
    formula(`IF(${a1(totalRow, 3)}=0,0,${a1(totalRow, 2)}/${a1(totalRow, 3)})`),
    "ratio"
  );
  names.push({ name: "Total", sheet: SUMMARY_SHEET, cell: { row: totalRow, col: 2 } });
  const passRow = totalRow + 1;
  b.set(passRow, 0, text("合格线"), "header");
  b.set(passRow, 1, text("8.3 总分大于或等于300分为合格，小于300分为不合格"), "text");
  b.set(passRow, 2, num(STANDARD.passMark), "number");
  const verdictRow = passRow + 1;
  b.set(verdictRow, 0, text("结论"), "header");
  b.set(verdictRow, 1, text("评价结果（8.1）"), "text");
  b.set(
    verdictRow,
    2,
    formula(`IF(${a1(totalRow, 2)}>=${a1(passRow, 2)},"合格","不合格")`),
    "verdict"
  );
  b.highlight({
    range: cellRange(verdictRow, 2),
    formula: `${a1(verdictRow, 2)}="不合格"`,
    fill: ERROR_FILL,
  });
  names.push({ name: "Verdict", sheet: SUMMARY_SHEET, cell: { row: verdictRow, col: 2 } });
  // Problems, not cells: a line's check cell shows one problem, and the first line's also carries the item's own
  // (at most two of a kind in one cell), so counting occurrences gives the engine's count, which the pane shows.
  const countOf = (marker: string): string =>
    tables
      .flatMap((t) =>
        [`*${marker}*`, `*${marker}*${marker}*`, `*${marker}*${marker}*${marker}*`].map(
          (pattern) =>
            `COUNTIF(${sheetRef(t.table.id)}!${a1(t.firstRow, COL.check, true)}:${a1(t.lastRow, COL.check, true)},"${pattern}")`
        )
      )
      .join("+");
  b.set(verdictRow + 1, 0, text("错误"), "header");
  b.set(verdictRow + 1, 1, text("错误个数（见各表“检查”列，须改正）"), "text");
  b.set(verdictRow + 1, 2, formula(countOf("错误：")), "number");
  b.highlight({
    range: cellRange(verdictRow + 1, 2),
    formula: `${a1(verdictRow + 1, 2)}>0`,
    fill: ERROR_FILL,
  });
  b.set(verdictRow + 2, 0, text("提示"), "header");
  b.set(verdictRow + 2, 1, text("提示个数（如缺扣分说明、扣完为止、未填写）"), "text");
  b.set(verdictRow + 2, 2, formula(countOf("提示：")), "number");
  // The verdict is never final while there are errors (issue 11). Verdict itself stays 合格/不合格 (the reader's
  // tamper check compares it with the engine's verdict); this cell is what a person signs.
  const [pendingBefore, pendingAfter] = PENDING_VERDICT["zh-CN"];
  const errorsCell = a1(verdictRow + 1, 2);
  b.set(verdictRow + 3, 0, text("结论（定稿）"), "header");
  b.set(verdictRow + 3, 1, text("无错误时为评价结果；有错误时结论待定"), "text");
  // Merged over C:F so 「结论待定：有 1 个错误」 reads on one line; the row is still sized for the formula's longest
  // text, the most errors the count above can give (three per check cell). In column C alone, a fixed 32 pt cut it
  // after two of its three lines.
  const conclusion = cellRange(verdictRow + 3, 2, 1, 4);
  b.setMerged(
    conclusion,
    formula(
      `IF(${errorsCell}>0,"${pendingBefore}"&${errorsCell}&"${pendingAfter}",${a1(verdictRow, 2)})`
    ),
    "conclusion"
  );
  const mostErrors = 3 * tables.reduce((n, t) => n + t.lastRow - t.firstRow + 1, 0);
  b.height(verdictRow + 3, 32).fitRow(verdictRow + 3, [
    { col: 2, span: 4, text: pendingVerdictText(mostErrors, "zh-CN") },
  ]);
  b.highlight({
    range: conclusion,
    formula: `${errorsCell}>0`,
    fill: WARNING_FILL,
  });
  let row = verdictRow + 5;
  for (const note of [...STANDARD.tables.map((t) => maxGapNote(t)), totalGapNote()]) {
    if (!note) continue;
    b.setMerged(cellRange(row, 0, 1, 6), text(note), "note").height(row, 30);
    row++;
  }
  row++;
  b.chart({
    title: "各表得分与满分（计算）",
    categories: cellRange(SUMMARY_FIRST_TABLE_ROW, 0, tables.length, 1),
    values: cellRange(SUMMARY_FIRST_TABLE_ROW, 5, tables.length, 1),
    anchor: cellRange(row, 0, 16, 6),
  });
  row += 17;
  b.setMerged(
    cellRange(row, 0, 1, 6),
    text(
      "评估组组长（签字）：______________    评估组成员（签字）：________________________________"
    ),
    "signature"
  ).height(row, 30);
  b.setMerged(
    cellRange(row + 1, 0, 1, 6),
    text("日期：________年____月____日"),
    "signature"
  ).height(row + 1, 24);
  b.print = { orientation: "portrait", fitToWidth: true };
  b.tabColor = "#70AD47";
  return { sheet: b.build(), names };
}
