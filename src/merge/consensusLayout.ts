/**
 * The consensus workbook: per item a column per expert, the method's result as a live formula over them, the
 * group's deliberation cells (评议后得分, 评议理由, 不同意见) and the consensus, which is the agreed score when
 * one counts and the method's result otherwise (6.6; issue 12). A corrected expert score or an agreed score
 * recomputes consensus, spread, flags, outliers, subtotals, total, verdict and deviations, with no add-in.
 */
import { STANDARD } from "../standard";
import {
  EMPTY,
  LINES_PER_ROW,
  SheetBuilder,
  formula,
  num,
  cutToRow,
  text,
} from "../layout/builder";
import { a1, cellRange, colLetter, firstBandColumns } from "../layout";
import type { WorkbookModel, WorkbookIdentity } from "../layout";
import { STYLES } from "../layout/styles";
import { ERROR_FILL } from "../layout/styles";
import { FORMULA_EDITION, buildMetaSheet } from "../layout/metaSheet";
import type { FormulaEdition } from "../layout/metaSheet";
import { buildEvaluationSheets } from "../layout/evaluationSheets";
import { STATUS_LABELS } from "../layout/labels";
import type { MergeMethod, MergeResult } from "./consensus";
import { METHOD_ZH } from "./consensusRecord";
import { chunkText } from "../layout/cellText";
import type { EvaluationMeta } from "../engine";
import type { GroupMember } from "../layout/evaluationSheets";
import {
  DELIBERATION_HEADERS as H,
  agreedCheckFormula,
  consensusWithAgreed,
  expertsCheckFormula,
  expertValue,
  outliersFormula,
  planNotApplicableReason,
} from "./deliberation";
import { buildConsensusSummary } from "./consensusSummary";

export const CONSENSUS_SHEET = "共识";
export const CONSENSUS_SUMMARY_SHEET = "共识汇总";
/** The first item row (0-based) of the 共识 sheet; row 2 holds the headers. */
export const CONSENSUS_FIRST_ROW = 3;
const FIRST = CONSENSUS_FIRST_ROW;
/** Up to this many experts the 畸高畸低 column is a live formula; beyond, the merge's names (formula length). */
const LIVE_OUTLIERS_MAX = 20;

/**
 * The method's result over the experts' values, each as {@link expertValue} counts it (a text or blank as 0, as
 * the reader counts it), so every expert counts in every item: n is the group's size, not COUNT's.
 */
function consensusFormula(method: MergeMethod, values: string, n: number): string {
  switch (method) {
    case "mean":
      return `SUM(${values})/${n}`;
    case "median":
      return `MEDIAN(${values})`;
    case "trimmed":
      // Same as TRIMMEAN(range, 2/n) without its rounding of n × 2/n, which can drop nothing at n = 7.
      return `(SUM(${values})-MAX(${values})-MIN(${values}))/${n - 2}`;
  }
}

/** Characters of the hidden data per cell, below Excel's 32,767. */
export const DATA_CHUNK = 32000;

/** The width of the 共识 sheet's 扣分说明（各专家） column, in Excel's character units. */
const NOTES_WIDTH = 40;

/**
 * The shown notes of an item: what prints whole in a row no taller than Excel's 409 pt (a row holds one item, with
 * its formulas, so the notes cannot go on in rows below as a report's do). Longer notes are cut between notes
 * where they can, with a marker saying how long they are and where the full text is: the hidden data cells beside
 * them (what the readers read), the report and the experts' own workbooks keep every note whole. Before, a group's
 * long notes filled the cell and the printed sheet showed only what the first 27 lines held, without a word.
 */
function shownNotes(notes: string): string {
  // Three lines are kept for the marker (about 35 characters, 2 lines at this width) and the line it starts on.
  return cutToRow(
    notes,
    NOTES_WIDTH,
    LINES_PER_ROW - 3,
    (length) => `……（共${length}字，此处只显示开头；全文见评估报告和各专家评分表）`
  );
}

/** The 共识 sheet's columns (0-based) for n experts. */
export function consensusColumns(n: number) {
  return {
    expert: (i: number): number => 4 + i,
    consensus: 4 + n,
    method: 5 + n,
    agreed: 6 + n,
    min: 7 + n,
    max: 8 + n,
    spread: 9 + n,
    flag: 10 + n,
    outliers: 11 + n,
    // The texts print as a second band of pages, after the figures (printLayout.ts).
    reason: 12 + n,
    dissent: 13 + n,
    check: 14 + n,
    status: 15 + n,
    notes: 16 + n,
    data: 17 + n,
  };
}

/**
 * Lays out the consensus workbook for a merge result: 共识汇总 (figures, deviations, record, signatures), 共识
 * (items), the evaluation sheets and the identity sheet.
 *
 * @param result the merge (its deliberation, when read back from a workbook, is written into the input cells)
 * @param identity the new workbook's identity (kind "consensus")
 * @param meta the unit, level and date the report names
 * @param group the 评估组 rows
 * @param edition the formula edition (metaSheet.ts FORMULA_EDITION); an earlier one only to compare a workbook merged
 *   by an earlier gridscore with what it wrote (consensusTamper.ts)
 */
export function buildConsensusWorkbook(
  result: MergeResult,
  identity: WorkbookIdentity,
  meta: EvaluationMeta = {},
  group: readonly GroupMember[] = [],
  edition: FormulaEdition = FORMULA_EDITION
): WorkbookModel {
  const n = result.experts.length;
  const c = consensusColumns(n);
  const data = result.items.map((item) =>
    JSON.stringify({ statuses: item.statuses, notes: item.notes, lostLines: item.lostLines })
  );
  // Each chunk fits DATA_CHUNK characters as written (escapes counted), so no cell exceeds Excel's limit.
  const chunks = data.map((d) => chunkText(d, DATA_CHUNK));
  const dataCells = Math.max(1, ...chunks.map((d) => d.length));
  const b = new SheetBuilder(CONSENSUS_SHEET, "consensus", [
    { header: "表", width: 6 },
    { header: "编号", width: 9 },
    { header: "评价内容", width: 20 },
    { header: "分值", width: 6 },
    ...result.experts.map((e) => ({ header: e.evaluator, width: 9 })),
    { header: "共识", width: 8 },
    { header: H.method, width: 8 },
    { header: H.agreed, width: 10 },
    // Where bands of printed pages may begin (printLayout.ts): the group's statistics, the texts.
    { header: "最低", width: 6, bandStart: true },
    { header: "最高", width: 6 },
    { header: "极差", width: 6 },
    { header: "分歧", width: 8 },
    { header: H.outliers, width: 10 },
    { header: H.reason, width: 24, bandStart: true },
    { header: H.dissent, width: 22 },
    { header: H.check, width: 20 },
    { header: "状态分歧", width: 18 },
    { header: "扣分说明（各专家）", width: NOTES_WIDTH },
    { header: H.data, width: 10, hidden: true },
    // A cell holds 32,767 characters at most: long notes continue in further hidden cells (README: Inputs).
    ...Array.from({ length: dataCells - 1 }, (_, i) => ({
      header: `${H.data}${i + 2}`,
      width: 10,
      hidden: true,
    })),
  ]);
  const lastCol = c.notes;
  // Too wide for one legible page: the figures and the texts print as bands, 表/编号/评价内容 repeated.
  b.print = {
    orientation: "landscape",
    titleRows: { from: 2, to: 2 },
    titleColumns: { from: 0, to: 2 },
    fitToWidth: true,
  };
  // The title and the explanation span the first band's columns after the repeated ones, so they print whole on
  // its first page and nothing of them is repeated, cut off, beside the later bands.
  const firstBand = firstBandColumns(b.columns, b.print);
  const from = b.print.titleColumns!.to + 1;
  b.setMerged(cellRange(0, from, 1, firstBand - from), text("评估组共识评分"), "title").height(
    0,
    28
  );
  const explanation = `共识方法：${METHOD_ZH[result.record.applied]}${result.record.applied !== result.record.method ? `（所选方法为去高去低平均，专家不足5位，改用算术平均）` : ""}。专家分数可更正：应为0到本项分值之间、最多两位小数的数字（文本或空白按0计，并在“评议检查”列标为错误）。评估组评议后改定的项目，在“评议后得分”填写0到分值之间的分数（最多两位小数）并写明“评议理由”，共识即采用评议后得分；持不同意见的成员在“不同意见”写明姓名和理由。共识、小计、总分和结论随之重算。需讨论的项目排在最前（6.6）。`;
  b.setMerged(cellRange(1, from, 1, firstBand - from), text(explanation), "subtitle");
  b.fitRow(1, [{ col: from, span: firstBand - from, text: explanation }], undefined, 10);
  b.columns.forEach((col, i) => b.set(2, i, text(col.header), "header"));
  const names = result.experts.map((e) => e.evaluator);
  result.items.forEach((item, k) => {
    const row = FIRST + k;
    const cells = names.map((_, i) => a1(row, c.expert(i)));
    // Each expert's value as the formulas count it (text or blank → 0), as the reader counts it (README: Inputs).
    const values = cells.map(expertValue).join(",");
    const cap = a1(row, 3);
    // The plan fixed it as 不适用 (7.2): no agreed score counts, and one typed is an error (the reader's too).
    const planLocked = planNotApplicableReason(item.id, item.statuses, item.notes) !== undefined;
    b.set(row, 0, text(item.tableId), "textCenter");
    b.set(row, 1, text(item.id), "textCenter");
    b.set(row, 2, text(item.title), "text");
    b.set(row, 3, num(item.cap), "number");
    item.scores.forEach((s, i) => b.set(row, c.expert(i), num(s), "input", false));
    b.validate({
      kind: "decimal",
      range: cellRange(row, c.expert(0), 1, n),
      min: 0,
      max: item.cap,
      errorTitle: "专家分数超出范围",
      errorMessage: `${item.id} 专家分数应为0到本项分值${item.cap}之间的数字（最多两位小数）。`,
      prompt: `${item.id} 专家分数（0–${item.cap}，最多两位小数）`,
    });
    // Unrounded (README: Numbers): thirds stay thirds until the verdict; the cells show 2 decimals.
    b.set(row, c.method, formula(consensusFormula(result.record.applied, values, n)), "score2");
    b.set(
      row,
      c.consensus,
      formula(consensusWithAgreed(a1(row, c.agreed), cap, a1(row, c.method), planLocked)),
      "score2"
    );
    const resolution = item.resolution;
    b.set(row, c.agreed, resolution ? num(resolution.agreed) : EMPTY, "input", false);
    b.set(row, c.reason, resolution ? text(resolution.reason) : EMPTY, "inputText", false);
    b.set(row, c.dissent, item.dissent ? text(item.dissent) : EMPTY, "inputText", false);
    b.validate({
      kind: "decimal",
      range: cellRange(row, c.agreed),
      min: 0,
      max: item.cap,
      errorTitle: "评议后得分超出范围",
      errorMessage: `${item.id} 评议后得分应为0到本项分值${item.cap}之间的数字（最多两位小数），并须填写评议理由。`,
      prompt: `${item.id} 评估组评议后改定的得分（0–${item.cap}）；留空则按共识方法的结果计`,
    });
    b.set(
      row,
      c.check,
      formula(
        // The experts' errors first, so the cell starts with "错误" and 评议错误 counts the row.
        [
          expertsCheckFormula(item.id, item.cap, cells, cap, names, edition),
          agreedCheckFormula(
            item.id,
            item.cap,
            a1(row, c.agreed),
            cap,
            a1(row, c.reason),
            planLocked,
            edition
          ),
        ].join("&")
      ),
      "check"
    );
    b.set(row, c.min, formula(`MIN(${values})`), "number");
    b.set(row, c.max, formula(`MAX(${values})`), "number");
    b.set(row, c.spread, formula(`ROUND(${a1(row, c.max)}-${a1(row, c.min)},2)`), "number");
    b.set(
      row,
      c.flag,
      formula(`IF(OR(${a1(row, c.spread)}>=${cap}/2,${a1(row, c.status)}<>""),"需讨论","")`),
      "check"
    );
    b.set(
      row,
      c.outliers,
      n <= LIVE_OUTLIERS_MAX
        ? formula(outliersFormula(cells.map(expertValue), names, cap))
        : text(item.outliers.join("、")),
      "check"
    );
    const conflict = item.statusConflict
      ? result.experts
          .map((e, i) => `${e.evaluator}：${STATUS_LABELS[item.statuses[i]!]}`)
          .join("\n")
      : "";
    b.set(row, c.status, conflict ? text(conflict) : EMPTY, "text");
    const notes = shownNotes(
      item.notes.map((x) => `${x.evaluator}（${x.id}）：${x.note}`).join("\n")
    );
    b.set(row, c.notes, notes ? text(notes) : EMPTY, "text");
    // The statuses and notes as data, so a reader can rebuild the consensus from the (corrected) expert columns;
    // in chunks of DATA_CHUNK characters, so no note is cut.
    chunks[k]!.forEach((chunk, i) => b.set(row, c.data + i, text(chunk), "hidden"));
    b.fitRow(row, [
      { col: 2, text: item.title },
      { col: c.reason, text: resolution?.reason ?? "" },
      { col: c.dissent, text: item.dissent ?? "" },
      { col: c.status, text: conflict },
      { col: c.notes, text: notes },
      // A live formula, but its names are known now: "司马相如、慕容复兴" must not print over the next row.
      { col: c.outliers, text: item.outliers.join("、") },
    ]);
  });
  b.highlight({
    range: cellRange(FIRST, 0, result.items.length, lastCol + 1),
    formula: `$${colLetter(c.flag)}${FIRST + 1}="需讨论"`,
    fill: ERROR_FILL,
  });
  b.freeze = { rows: FIRST, cols: 3 };

  const summary = buildConsensusSummary(result, {
    sheet: CONSENSUS_SHEET,
    first: FIRST,
    last: FIRST + result.items.length - 1,
    columns: c,
  });
  return {
    sheets: [
      summary.sheet,
      b.build(),
      ...buildEvaluationSheets(group.length > 0 ? { group } : {}),
      buildMetaSheet(identity, "", [
        ["method", result.record.method],
        ["inputs", JSON.stringify(result.record.inputs)],
        ["meta", JSON.stringify(meta)],
      ]),
    ],
    names: summary.names,
    styles: STYLES,
    properties: {
      title: "评估组共识评分",
      subject: `${STANDARD.id} 附录A 共识`,
      creator: "gridscore",
      keywords: "gridscore 共识",
    },
  };
}
