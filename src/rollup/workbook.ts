/**
 * The roll-up workbook as one layout model: 单位, 按层级汇总, 薄弱项, 分布 and 未纳入文件. The writers render it
 * (ExcelJS; Office.js adds the distribution chart, which ExcelJS cannot write); every decision is made here.
 */
import { STANDARD } from "../standard";
import { Fraction } from "../engine";
import { STYLES } from "../layout";
import type { SheetModel, StyleId, StyleModel, WorkbookModel } from "../layout";
import { SheetBuilder, formula, num, text } from "../layout/builder";
import {
  U,
  buildSummaryByLevelSheet,
  buildUnitsSheet,
  unitsColumn,
  COUNTED,
  fitName,
} from "./unitsSheet";
import type { Rollup } from "./types";

export const WEAKEST_SHEET = "薄弱项";
export const DISTRIBUTION_SHEET = "分布";
export const REFUSED_SHEET = "未纳入文件";

/**
 * The workbook's styles: the scoresheet's, with figures shown to 2 decimals (README: Numbers) and rates as
 * percentages with 2 decimals.
 */
export const ROLLUP_STYLES: Readonly<Record<StyleId, StyleModel>> = {
  ...STYLES,
  number: { ...STYLES.number, numberFormat: "0.00" },
  ratio: { ...STYLES.ratio, numberFormat: "0.00%" },
};

const footer = (name: string) => `${name} 第 &P 页 共 &N 页`;

/** Every item and line, ranked by the share of units losing points, then mean points lost. */
export function buildWeakestSheet(rollup: Rollup): SheetModel {
  const b = new SheetBuilder(WEAKEST_SHEET, "report", [
    { width: 6, header: "排名" },
    { width: 11, header: "编号" },
    { width: 9, header: "类别" },
    { width: 6, header: "表" },
    { width: 48, header: "评价内容 / 评价要求" },
    { width: 9, header: "分值/最多扣分" },
    { width: 9, header: "计算单位数" },
    { width: 9, header: "失分单位数" },
    { width: 10, header: "失分单位占比" },
    { width: 9, header: "平均失分" },
  ]);
  b.protect = false;
  b.setMerged(
    { row: 0, col: 0, rows: 1, cols: 10 },
    text("薄弱项：各单位失分最多的评价内容和要求"),
    "title"
  ).height(0, 28);
  b.setMerged(
    { row: 1, col: 0, rows: 1, cols: 10 },
    text(
      "按失分单位占比、再按平均失分排序（平均失分按全部计入单位计，未失分的记0）。评价要求（行）只来自单人评分表：共识工作簿只保存评价内容的得分。"
    ),
    "subtitle"
  ).height(1, 30);
  b.columns.forEach((c, col) => b.set(2, col, text(c.header), "header"));
  b.height(2, 30);
  rollup.weakest.forEach((s, k) => {
    const row = 3 + k;
    const r = row + 1;
    b.set(row, 0, num(k + 1), "textCenter")
      .set(row, 1, text(s.id), "textCenter")
      .set(row, 2, text(s.kind === "item" ? "评价内容" : "评价要求"), "textCenter")
      .set(row, 3, text(s.tableId), "textCenter")
      .set(row, 4, text(s.text), "text")
      .set(row, 5, num(s.max), "textCenter")
      .set(row, 6, num(s.units), "textCenter")
      .set(row, 7, num(s.unitsLosing), "textCenter")
      .set(row, 8, formula(`IF(G${r}=0,"",H${r}/G${r})`), "ratio")
      .set(row, 9, num(new Fraction(s.meanLost).valueOf()), "number")
      // A requirement longer than the column wraps; no host grows the row of a file it opens (builder.fitRow).
      .fitRow(row, [{ col: 4, text: s.text }]);
  });
  b.freeze = { rows: 3, cols: 0 };
  // Landscape: portrait would shrink its ten columns below the smallest print scale (printLayout.ts).
  b.print = {
    orientation: "landscape",
    fitToWidth: true,
    titleRows: { from: 2, to: 2 },
    footer: footer(WEAKEST_SHEET),
  };
  return b.build();
}

/** Totals in bins of rollup.binWidth points, counted by live COUNTIFS, with the pass mark's bin marked. */
export function buildDistributionSheet(rollup: Rollup): SheetModel {
  const b = new SheetBuilder(DISTRIBUTION_SHEET, "report", [
    { width: 12, header: "分数段" },
    { width: 8, header: "下限" },
    { width: 8, header: "上限" },
    { width: 9, header: "单位数" },
    { width: 14, header: "合格线" },
    { width: 42, header: "图示" },
  ]);
  b.protect = false;
  b.setMerged({ row: 0, col: 0, rows: 1, cols: 6 }, text("总分分布"), "title").height(0, 28);
  b.setMerged(
    { row: 1, col: 0, rows: 1, cols: 6 },
    text(
      `每段含下限、不含上限（最后一段含上限）；只计计入的单位。合格线 ${STANDARD.passMark} 分（8.3）。`
    ),
    "subtitle"
  );
  b.columns.forEach((c, col) => b.set(2, col, text(c.header), "header"));
  const first = 4;
  const last = first + rollup.distribution.length - 1;
  const total = unitsColumn(rollup, U.total);
  const counted = `${unitsColumn(rollup, U.counted)},"${COUNTED}"`;
  rollup.distribution.forEach((bin, k) => {
    const row = 3 + k;
    const r = row + 1;
    const upper = k === rollup.distribution.length - 1 ? "<=" : "<";
    b.set(row, 0, text(`${bin.from}–${bin.to}`), "textCenter")
      .set(row, 1, num(bin.from), "textCenter")
      .set(row, 2, num(bin.to), "textCenter")
      .set(
        row,
        3,
        formula(`COUNTIFS(${total},">="&B${r},${total},"${upper}"&C${r},${counted})`),
        "textCenter"
      )
      .set(row, 4, text(bin.passMark ? `◀ 合格线 ${rollup.passMark}` : ""), "textCenter")
      .set(
        row,
        5,
        formula(
          `IF(MAX($D$${first}:$D$${last})=0,"",REPT("█",ROUND(D${r}/MAX($D$${first}:$D$${last})*30,0)))`
        ),
        "text"
      );
  });
  const bins = rollup.distribution.length;
  b.highlight({
    range: { row: 3, col: 0, rows: bins, cols: 6 },
    formula: `$B${first}>=${rollup.passMark}`,
    fill: "#E2EFDA",
  });
  b.chart({
    title: "总分分布",
    categories: { row: 3, col: 0, rows: bins, cols: 1 },
    values: { row: 3, col: 3, rows: bins, cols: 1 },
    anchor: { row: 3, col: 7, rows: 20, cols: 8 },
  });
  b.print = { orientation: "portrait", fitToWidth: true, footer: footer(DISTRIBUTION_SHEET) };
  return b.build();
}

/** The files not rolled up, each with its causes. */
export function buildRefusedSheet(rollup: Rollup): SheetModel {
  const b = new SheetBuilder(REFUSED_SHEET, "report", [
    { width: 36, header: "文件" },
    { width: 60, header: "原因" },
    { width: 60, header: "Reason" },
  ]);
  b.protect = false;
  b.setMerged(
    { row: 0, col: 0, rows: 1, cols: 3 },
    text(`未纳入汇总的文件（${rollup.refused.length}）`),
    "title"
  ).height(0, 28);
  b.columns.forEach((c, col) => b.set(1, col, text(c.header), "header"));
  if (rollup.refused.length === 0)
    b.setMerged({ row: 2, col: 0, rows: 1, cols: 3 }, text("无"), "text");
  rollup.refused.forEach((f, k) => {
    const zh = f.reasons.join("\n");
    const en = f.reasonsEn.join("\n");
    b.set(2 + k, 0, text(fitName(f.file)), "text")
      .set(2 + k, 1, text(fitName(zh)), "text")
      .set(2 + k, 2, text(fitName(en)), "text")
      .fitRow(2 + k, [
        { col: 1, text: zh },
        { col: 2, text: en },
      ]);
  });
  b.print = {
    orientation: "landscape",
    fitToWidth: true,
    titleRows: { from: 1, to: 1 },
    footer: footer(REFUSED_SHEET),
  };
  return b.build();
}

/** The whole roll-up workbook. */
export function buildRollupWorkbook(rollup: Rollup): WorkbookModel {
  return {
    sheets: [
      buildUnitsSheet(rollup),
      buildSummaryByLevelSheet(rollup),
      buildWeakestSheet(rollup),
      buildDistributionSheet(rollup),
      buildRefusedSheet(rollup),
    ],
    names: [],
    styles: ROLLUP_STYLES,
    properties: {
      title: "标准体系评价汇总",
      subject: `${STANDARD.id} ${STANDARD.title}`,
      creator: "gridscore",
      keywords: "gridscore 网格化治理 体系评价 汇总",
    },
  };
}
