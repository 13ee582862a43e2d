/**
 * The consensus workbook: per item a column per expert and the consensus as a live formula over them, so a
 * corrected expert score recomputes consensus, spread, flags, subtotals, total and verdict.
 */
import { STANDARD } from "../standard";
import { EMPTY, SheetBuilder, formula, num, text } from "../layout/builder";
import { a1, cellRange, colLetter, sheetRef } from "../layout";
import type { DefinedNameModel, WorkbookModel, WorkbookIdentity } from "../layout";
import { STYLES } from "../layout/styles";
import { ERROR_FILL } from "../layout/styles";
import { buildMetaSheet } from "../layout/metaSheet";
import { buildEvaluationSheets } from "../layout/evaluationSheets";
import { STATUS_LABELS } from "../layout/labels";
import type { MergeMethod, MergeResult } from "./consensus";
import { METHOD_ZH, fileName, writeAnnex, writeRecord } from "./consensusRecord";
import { CELL_TEXT_LIMIT } from "../engine";
import type { EvaluationMeta } from "../engine";
import type { GroupMember } from "../layout/evaluationSheets";

export const CONSENSUS_SHEET = "共识";
export const CONSENSUS_SUMMARY_SHEET = "共识汇总";
const FIRST = 3;

function consensusFormula(method: MergeMethod, range: string): string {
  switch (method) {
    case "mean":
      return `AVERAGE(${range})`;
    case "median":
      return `MEDIAN(${range})`;
    case "trimmed":
      // Same as TRIMMEAN(range, 2/n) without its rounding of n × 2/n, which can drop nothing at n = 7.
      return `(SUM(${range})-MAX(${range})-MIN(${range}))/(COUNT(${range})-2)`;
  }
}

/** Characters of the hidden data per cell, below Excel's 32,767. */
export const DATA_CHUNK = 32000;

/**
 * The shown notes of an item, within a cell's limit: beyond it, cut with a marker saying where the full text
 * is (the hidden data cells, the report and the experts' own workbooks keep it whole).
 */
function fitCell(notes: string): string {
  if (notes.length <= CELL_TEXT_LIMIT) return notes;
  const marker = `……（共${notes.length}字，超出单元格上限，全文见评估报告和各专家评分表）`;
  return notes.slice(0, CELL_TEXT_LIMIT - marker.length) + marker;
}

/** Lays out the consensus workbook for a merge result. */
export function buildConsensusWorkbook(
  result: MergeResult,
  identity: WorkbookIdentity,
  meta: EvaluationMeta = {},
  group: readonly GroupMember[] = []
): WorkbookModel {
  const n = result.experts.length;
  const expertCol = (i: number): number => 4 + i;
  const c = {
    consensus: 4 + n,
    min: 5 + n,
    max: 6 + n,
    spread: 7 + n,
    flag: 8 + n,
    status: 9 + n,
    notes: 10 + n,
    data: 11 + n,
  };
  const data = result.items.map((item) =>
    JSON.stringify({ statuses: item.statuses, notes: item.notes })
  );
  const dataCells = Math.max(1, ...data.map((d) => Math.ceil(d.length / DATA_CHUNK)));
  const b = new SheetBuilder(CONSENSUS_SHEET, "consensus", [
    { header: "表", width: 6 },
    { header: "编号", width: 9 },
    { header: "评价内容", width: 24 },
    { header: "分值", width: 6 },
    ...result.experts.map((e) => ({ header: e.evaluator, width: 9 })),
    { header: "共识", width: 8 },
    { header: "最低", width: 6 },
    { header: "最高", width: 6 },
    { header: "极差", width: 6 },
    { header: "分歧", width: 8 },
    { header: "状态分歧", width: 26 },
    { header: "扣分说明（各专家）", width: 50 },
    { header: "数据", width: 10, hidden: true },
    // A cell holds 32,767 characters at most: long notes continue in further hidden cells (README: Inputs).
    ...Array.from({ length: dataCells - 1 }, (_, i) => ({
      header: `数据${i + 2}`,
      width: 10,
      hidden: true,
    })),
  ]);
  const lastCol = c.notes;
  b.setMerged(cellRange(0, 0, 1, lastCol + 1), text("评估组共识评分"), "title").height(0, 28);
  b.setMerged(
    cellRange(1, 0, 1, lastCol + 1),
    text(
      `共识方法：${METHOD_ZH[result.record.applied]}${result.record.applied !== result.record.method ? `（所选方法为去高去低平均，专家不足5位，改用算术平均）` : ""}。专家分数可更正，共识、极差、分歧、小计、总分和结论随之重算。需讨论的项目排在最前（6.6）。`
    ),
    "subtitle"
  ).height(1, 32);
  b.columns.forEach((col, i) => b.set(2, i, text(col.header), "header"));
  const last = FIRST + result.items.length - 1;
  result.items.forEach((item, k) => {
    const row = FIRST + k;
    const range = `${a1(row, expertCol(0))}:${a1(row, expertCol(n - 1))}`;
    b.set(row, 0, text(item.tableId), "textCenter");
    b.set(row, 1, text(item.id), "textCenter");
    b.set(row, 2, text(item.title), "text");
    b.set(row, 3, num(item.cap), "number");
    item.scores.forEach((s, i) => b.set(row, expertCol(i), num(s), "input", false));
    // Unrounded (README: Numbers): thirds stay thirds until the verdict; the cell shows 2 decimals.
    b.set(row, c.consensus, formula(consensusFormula(result.record.applied, range)), "score2");
    b.set(row, c.min, formula(`MIN(${range})`), "number");
    b.set(row, c.max, formula(`MAX(${range})`), "number");
    b.set(row, c.spread, formula(`ROUND(${a1(row, c.max)}-${a1(row, c.min)},2)`), "number");
    b.set(
      row,
      c.flag,
      formula(`IF(OR(${a1(row, c.spread)}>=${a1(row, 3)}/2,${a1(row, c.status)}<>""),"需讨论","")`),
      "check"
    );
    const conflict = item.statusConflict
      ? result.experts
          .map((e, i) => `${e.evaluator}：${STATUS_LABELS[item.statuses[i]!]}`)
          .join("\n")
      : "";
    b.set(row, c.status, conflict ? text(conflict) : EMPTY, "text");
    const notes = fitCell(item.notes.map((x) => `${x.evaluator}（${x.id}）：${x.note}`).join("\n"));
    b.set(row, c.notes, notes ? text(notes) : EMPTY, "text");
    // The statuses and notes as data, so a reader can rebuild the consensus from the (corrected) expert columns;
    // in chunks of DATA_CHUNK characters, so no note is cut.
    const json = data[k]!;
    for (let i = 0; i * DATA_CHUNK < json.length; i++)
      b.set(row, c.data + i, text(json.slice(i * DATA_CHUNK, (i + 1) * DATA_CHUNK)), "hidden");
    b.fitRow(row, [
      { col: 2, text: item.title },
      { col: c.status, text: conflict },
      { col: c.notes, text: notes },
    ]);
  });
  b.highlight({
    range: cellRange(FIRST, 0, result.items.length, lastCol + 1),
    formula: `$${colLetter(c.flag)}${FIRST + 1}="需讨论"`,
    fill: ERROR_FILL,
  });
  b.freeze = { rows: FIRST, cols: 3 };
  b.print = { orientation: "landscape", titleRows: { from: 2, to: 2 }, fitToWidth: true };

  const s = new SheetBuilder(CONSENSUS_SUMMARY_SHEET, "summary", [
    { header: "表", width: 10 },
    { header: "名称", width: 30 },
    { header: "共识得分", width: 10 },
    { header: "满分（计算）", width: 12 },
    { header: "满分（标注）", width: 12 },
  ]);
  const names: DefinedNameModel[] = [];
  s.setMerged(cellRange(0, 0, 1, 5), text("评估组共识评分 汇总"), "title").height(0, 28);
  ["表", "名称", "共识得分", "满分（计算）", "满分（标注）"].forEach((h, i) =>
    s.set(2, i, text(h), "header")
  );
  const ref = (col: number): string =>
    `${sheetRef(CONSENSUS_SHEET)}!$${colLetter(col)}$${FIRST + 1}:$${colLetter(col)}$${last + 1}`;
  result.tables.forEach((t, i) => {
    const row = 3 + i;
    s.set(row, 0, text(t.id), "textCenter").set(row, 1, text(t.title), "text");
    s.set(row, 2, formula(`SUMIF(${ref(0)},"${t.id}",${ref(c.consensus)})`), "score2");
    s.set(row, 3, num(t.max), "number").set(row, 4, num(t.declaredMax), "number");
    names.push({
      name: `Subtotal_${t.id.replace(".", "")}`,
      sheet: CONSENSUS_SUMMARY_SHEET,
      cell: { row, col: 2 },
    });
  });
  const totalRow = 3 + result.tables.length;
  s.set(totalRow, 0, text("合计"), "total").set(totalRow, 1, text("共识总分"), "total");
  s.set(totalRow, 2, formula(`SUM(C4:C${totalRow})`), "total2");
  s.set(totalRow, 3, num(result.max), "total").set(totalRow, 4, num(result.declaredMax), "total");
  s.set(totalRow + 1, 0, text("合格线"), "header")
    .set(totalRow + 1, 1, text("8.3 总分大于或等于300分为合格"), "text")
    .set(totalRow + 1, 2, num(result.passMark), "number");
  s.set(totalRow + 2, 0, text("结论"), "header").set(totalRow + 2, 1, text("共识评价结果"), "text");
  s.set(
    totalRow + 2,
    2,
    // 8.3 on the exact total: the exact total of 2-decimal scores over at most a few experts is a multiple of
    // 1/(100·n·(n−2)·2), far coarser than 1e-9, so ROUND(…, 9) removes only binary noise (README: Numbers).
    formula(`IF(ROUND(${a1(totalRow, 2)},9)>=${a1(totalRow + 1, 2)},"合格","不合格")`),
    "verdict"
  );
  s.set(totalRow + 3, 0, text("需讨论"), "header").set(
    totalRow + 3,
    1,
    text("极差达到分值一半或状态不一致的项目数"),
    "text"
  );
  s.set(totalRow + 3, 2, formula(`COUNTIF(${ref(c.flag)},"需讨论")`), "number");
  names.push(
    { name: "Total", sheet: CONSENSUS_SUMMARY_SHEET, cell: { row: totalRow, col: 2 } },
    { name: "Verdict", sheet: CONSENSUS_SUMMARY_SHEET, cell: { row: totalRow + 2, col: 2 } }
  );
  let row = totalRow + 5;
  ["专家", "文件", "总分", "结论"].forEach((h, i) => s.set(row, i, text(h), "header"));
  result.experts.forEach((e, i) => {
    row++;
    const col = colLetter(expertCol(i));
    s.set(row, 0, text(e.evaluator), "text").set(row, 1, text(fileName(e.file)), "text");
    s.set(
      row,
      2,
      formula(
        `ROUND(SUM(${sheetRef(CONSENSUS_SHEET)}!$${col}$${FIRST + 1}:$${col}$${last + 1}),2)`
      ),
      "formula"
    );
    s.set(
      row,
      3,
      formula(`IF(${a1(row, 2)}>=${a1(totalRow + 1, 2)},"合格","不合格")`),
      "textCenter"
    );
  });
  row = writeRecord(s, result.record, row + 2, 5) + 1;
  s.setMerged(
    cellRange(row, 0, 1, 5),
    text("评估组组长（签字）：______________    评估组成员（签字）：______________________"),
    "signature"
  ).height(row, 30);
  s.setMerged(
    cellRange(row + 1, 0, 1, 5),
    text("日期：________年____月____日"),
    "signature"
  ).height(row + 1, 24);
  writeAnnex(s, result.record, row + 3, 5);
  s.print = { orientation: "portrait", fitToWidth: true };
  return {
    sheets: [
      s.build(),
      b.build(),
      ...buildEvaluationSheets(group.length > 0 ? { group } : {}),
      buildMetaSheet(identity, "", [
        ["method", result.record.method],
        ["inputs", JSON.stringify(result.record.inputs)],
        ["meta", JSON.stringify(meta)],
      ]),
    ],
    names,
    styles: STYLES,
    properties: {
      title: "评估组共识评分",
      subject: `${STANDARD.id} 附录A 共识`,
      creator: "gridscore",
      keywords: "gridscore 共识",
    },
  };
}
