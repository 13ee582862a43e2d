/**
 * The roll-up workbook's 单位 (units) and 按层级汇总 (summary by level) sheets. The summary is live formulas over
 * the units sheet, using only what Excel 2010+, LibreOffice and WPS share (COUNTIFS, AVERAGEIFS, MEDIAN, MIN,
 * MAX, IF, AND): MEDIAN/MIN/MAX by level read hidden helper columns (a level's counted totals, "" elsewhere)
 * instead of array formulas, which the layout model does not carry.
 */
import { STANDARD, computedMax, computedTotal, totalGapNote } from "../standard";
import { Fraction } from "../engine";
import { colLetter, firstBandColumns, sheetRef } from "../layout";
import { SheetBuilder, formula, num, text } from "../layout/builder";
import { fitText } from "../layout/cellText";
import type { SheetModel } from "../layout";
import { levelLabel } from "./compute";
import type { Rollup, RolledUnit } from "./types";

/**
 * A name or reason from the files rolled up, fitted to one cell as written and ended with "…" when no cell can
 * hold it: the roll-up sums others' workbooks, which keep the whole text (README: The roll-up).
 */
export const fitName = (name: string): string => fitText(name, () => "…");

export const UNITS_SHEET = "单位";
export const SUMMARY_BY_LEVEL_SHEET = "按层级汇总";
/** 0-based row of the units' header and of the first unit. */
export const UNITS_HEADER_ROW = 2;
export const UNITS_FIRST_ROW = 3;
/** 0-based columns of the units sheet. */
export const U = {
  index: 0,
  organization: 1,
  level: 2,
  date: 3,
  method: 4,
  experts: 5,
  firstTable: 6,
  total: 13,
  verdict: 14,
  counted: 15,
  duplicateOf: 16,
  file: 17,
  sha256: 18,
  firstHelper: 19,
} as const;
/** What the 计入 column says for a counted unit and for a duplicate. */
export const COUNTED = "是";
export const DUPLICATE = "重复";
export const FAIL = "不合格";
const ERROR_FILL = "#F8CBAD";
const ERROR_FONT = "#C00000";
const DATA_BAR = "#5B9BD5";
/** The units sheet's Excel table (unique in the workbook: no other sheet of the roll-up has one). */
export const UNITS_TABLE = "RollupUnits";

/** The unit rows' last 0-based row (one empty row when there is no unit, so every range stays valid). */
function lastRow(rollup: Rollup): number {
  return UNITS_FIRST_ROW + Math.max(rollup.units.length, 1) - 1;
}

/** An absolute column range of the units sheet, for formulas on other sheets. */
export function unitsColumn(rollup: Rollup, col: number): string {
  const c = colLetter(col);
  return `${sheetRef(UNITS_SHEET)}!$${c}$${UNITS_FIRST_ROW + 1}:$${c}$${lastRow(rollup) + 1}`;
}

/** "A.4 (115，标注120)" where the items' sum and the declared maximum differ, else "A.1 (60)". */
function maxHeader(label: string, computed: number, declared: number): string {
  return computed === declared
    ? `${label} (${computed})`
    : `${label} (${computed}，标注${declared})`;
}

const methodText = (u: RolledUnit): string =>
  u.kind === "consensus" ? `共识（${u.experts}名专家）` : "单人评分";

/** The units sheet: one row per file read, duplicates marked, failing totals in red. */
export function buildUnitsSheet(rollup: Rollup): SheetModel {
  const levels = rollup.levels;
  const b = new SheetBuilder(UNITS_SHEET, "report", [
    { width: 6, header: "序号" },
    { width: 28, header: "单位" },
    { width: 14, header: "层级" },
    { width: 12, header: "评价日期" },
    { width: 16, header: "方式" },
    { width: 7, header: "专家数" },
    // A maximum is shown with the figure the standard declares when they differ (A.4: 115, declared 120).
    ...STANDARD.tables.map((t) => ({
      width: 8,
      header: maxHeader(t.id, computedMax(t), t.declaredMax),
    })),
    { width: 9, header: maxHeader("总分", computedTotal(), STANDARD.declaredTotal) },
    { width: 9, header: "结论" },
    { width: 6, header: "计入" },
    // The file's identity prints as a second band of pages, 序号 and 单位 repeated (printLayout.ts).
    { width: 22, header: "重复于", bandStart: true },
    { width: 30, header: "文件" },
    { width: 20, header: "SHA-256" },
    ...levels.map((l) => ({ width: 8, header: `计入:${l.label}`, hidden: true })),
  ]);
  b.protect = false;
  b.print = {
    orientation: "landscape",
    fitToWidth: true,
    titleRows: { from: UNITS_HEADER_ROW, to: UNITS_HEADER_ROW },
    titleColumns: { from: U.index, to: U.organization },
    footer: `${UNITS_SHEET} 第 &P 页 共 &N 页`,
  };
  // The title and the explanation span the first band after the repeated columns, so that they print whole on
  // its first page and nothing of them is repeated, cut off, beside the second band.
  const band = firstBandColumns(b.columns, b.print);
  const from = U.organization + 1;
  const counted = rollup.units.filter((u) => u.duplicateOf === undefined).length;
  b.setMerged(
    { row: 0, col: from, rows: 1, cols: band - from },
    text(`标准体系评价汇总：${rollup.units.length} 份评价，计入 ${counted} 个单位`),
    "title"
  ).height(0, 28);
  b.setMerged(
    { row: 1, col: from, rows: 1, cols: band - from },
    text(
      `同一单位（单位名称与层级相同）有多份评价时，评价日期最晚的一份计入，其余标为“${DUPLICATE}”。合格线 ${STANDARD.passMark} 分（8.3）；分数为精确值，显示四舍五入到两位小数。` +
        (totalGapNote(STANDARD) ?? "")
    ),
    "subtitle"
  ).height(1, 44);
  b.columns.forEach((c, col) => b.set(UNITS_HEADER_ROW, col, text(c.header), "header"));
  b.height(UNITS_HEADER_ROW, 32);
  rollup.units.forEach((u, k) => {
    const row = UNITS_FIRST_ROW + k;
    const r = row + 1;
    b.set(row, U.index, num(k + 1), "textCenter")
      .set(row, U.organization, text(fitName(u.organization)), "text")
      .set(row, U.level, text(levelLabel(u.level ?? "none")), "textCenter")
      .set(row, U.date, text(u.date), "textCenter")
      .set(row, U.method, text(methodText(u)), "textCenter")
      .set(row, U.experts, num(u.experts), "textCenter");
    u.tables.forEach((t, i) =>
      b.set(row, U.firstTable + i, num(new Fraction(t.exact).valueOf()), "number")
    );
    b.set(row, U.total, num(new Fraction(u.exactTotal).valueOf()), "totalShown")
      .set(row, U.verdict, text(u.verdict), "textCenter")
      .set(row, U.counted, text(u.duplicateOf === undefined ? COUNTED : DUPLICATE), "textCenter")
      .set(row, U.duplicateOf, text(fitName(u.duplicateOf ?? "")), "note")
      .set(row, U.file, text(fitName(u.file)), "note")
      .set(row, U.sha256, text(u.sha256), "note");
    const c = (col: number) => `$${colLetter(col)}${r}`;
    levels.forEach((l, i) => {
      const test =
        l.level === "all"
          ? `${c(U.counted)}="${COUNTED}"`
          : `AND(${c(U.counted)}="${COUNTED}",${c(U.level)}="${l.label}")`;
      b.set(row, U.firstHelper + i, formula(`IF(${test},${c(U.total)},"")`), "hidden");
    });
  });
  const rows = Math.max(rollup.units.length, 1);
  const f = UNITS_FIRST_ROW + 1;
  b.highlight({
    range: { row: UNITS_FIRST_ROW, col: 0, rows, cols: U.sha256 + 1 },
    formula: `$${colLetter(U.counted)}${f}="${DUPLICATE}"`,
    fill: "#EDEDED",
    fontColor: "#808080",
  });
  b.highlight({
    range: { row: UNITS_FIRST_ROW, col: U.total, rows, cols: 2 },
    formula: `$${colLetter(U.verdict)}${f}="${FAIL}"`,
    fill: ERROR_FILL,
    fontColor: ERROR_FONT,
  });
  b.highlight({
    kind: "dataBar",
    range: { row: UNITS_FIRST_ROW, col: U.total, rows, cols: 1 },
    color: DATA_BAR,
    min: 0,
    max: computedTotal(),
  });
  b.freeze = { rows: UNITS_FIRST_ROW, cols: 2 };
  const sheet = b.build();
  // An Excel table over the header and unit rows (not the hidden helper columns): filters and sorting.
  const ref = { row: UNITS_HEADER_ROW, col: 0, rows: rows + 1, cols: U.sha256 + 1 };
  const columns = sheet.columns.slice(0, U.sha256 + 1).map((c) => c.header);
  return {
    ...sheet,
    tables: [{ name: UNITS_TABLE, ref, columns, style: "TableStyleLight9", autoFilter: true }],
  };
}

/** The 按层级汇总 sheet: count, passing, pass rate, mean, median, min and max per level, as live formulas. */
export function buildSummaryByLevelSheet(rollup: Rollup): SheetModel {
  const b = new SheetBuilder(SUMMARY_BY_LEVEL_SHEET, "report", [
    { width: 16, header: "层级" },
    { width: 9, header: "单位数" },
    { width: 9, header: "合格数" },
    { width: 10, header: "合格率" },
    { width: 10, header: "平均分" },
    { width: 10, header: "中位数" },
    { width: 10, header: "最低分" },
    { width: 10, header: "最高分" },
  ]);
  b.protect = false;
  b.setMerged({ row: 0, col: 0, rows: 1, cols: 8 }, text("按层级汇总"), "title").height(0, 28);
  b.setMerged(
    { row: 1, col: 0, rows: 1, cols: 8 },
    text(
      `只计“${UNITS_SHEET}”表中计入的单位（重复的不计）；公式随该表实时计算。合格：总分≥${STANDARD.passMark}。`
    ),
    "subtitle"
  ).height(1, 30);
  b.columns.forEach((c, col) => b.set(2, col, text(c.header), "header"));
  const col = (c: number) => unitsColumn(rollup, c);
  const counted = `${col(U.counted)},"${COUNTED}"`;
  rollup.levels.forEach((l, i) => {
    const row = 3 + i;
    const r = row + 1;
    const byLevel = l.level === "all" ? counted : `${col(U.level)},$A${r},${counted}`;
    const helper = col(U.firstHelper + i);
    const guard = (f: string) => formula(`IF($B${r}=0,"",${f})`);
    b.set(row, 0, text(l.label), l.level === "all" ? "header" : "textCenter")
      .set(row, 1, formula(`COUNTIFS(${byLevel})`), "textCenter")
      .set(row, 2, formula(`COUNTIFS(${byLevel},${col(U.verdict)},"合格")`), "textCenter")
      .set(row, 3, guard(`C${r}/B${r}`), "ratio")
      .set(row, 4, guard(`AVERAGEIFS(${col(U.total)},${byLevel})`), "numberTotal")
      .set(row, 5, guard(`MEDIAN(${helper})`), "numberTotal")
      .set(row, 6, guard(`MIN(${helper})`), "numberTotal")
      .set(row, 7, guard(`MAX(${helper})`), "numberTotal");
  });
  b.print = {
    orientation: "portrait",
    fitToWidth: true,
    footer: `${SUMMARY_BY_LEVEL_SHEET} 第 &P 页 共 &N 页`,
  };
  return b.build();
}
