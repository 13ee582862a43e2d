/**
 * The remediation plan workbook (整改台账) as a layout model: the findings of the report, read-only, next to
 * input cells for what the unit does about each; overdue rows highlighted against TODAY(); a progress summary
 * by COUNTIF and SUMIF. It works without the add-in, prints on A4 landscape and is protected with only the
 * inputs unlocked. The writers render it as it is.
 */
import { STANDARD } from "../standard";
import { a1, cellRange, colLetter } from "../layout/a1";
import {
  EMPTY,
  SheetBuilder,
  formula,
  num,
  splitWrapped,
  text,
  wrappedLines,
} from "../layout/builder";
import type { CellContent, ColumnModel, SheetModel, StyleId, WorkbookModel } from "../layout/model";
import { isoToExcelSerial } from "../layout";
import { STYLES, WARNING_FILL } from "../layout/styles";
import { PLAN_STATUS_LABELS } from "../layout/evaluationDocument";
import type { PlanEntry } from "../layout/evaluationDocument";
import { planLostTotal, shownLoss, shownLostTotal } from "./plan";
import type { PlanRow } from "./plan";
import { Fraction, exact, formatScore, shiftDecimal, sumExact, toUnits } from "../engine";
import type { ReportModel } from "./types";
import { formatDateSpanZh } from "../layout/evaluationSheets/dates";
import { planSourceEntries } from "./planIdentity";
import { PLAN_META_SHEET, REMEDIATION_FORMAT } from "../layout/planIdentity";

export { PLAN_META_SHEET, REMEDIATION_FORMAT } from "../layout/planIdentity";

export const PLAN_SHEET = "整改台账";

/** Where the plan sheet puts things; the plan reader finds rows by the key column. */
export const PLAN_COL = {
  n: 0,
  key: 1,
  item: 2,
  requirement: 3,
  rule: 4,
  lost: 5,
  notes: 6,
  measure: 7,
  department: 8,
  deadline: 9,
  status: 10,
  evidence: 11,
  review: 12,
  overdue: 13,
  /** Hidden: the exact loss, which the totals add (README: Numbers); 失分 shows it rounded as the totals are. */
  exactLost: 14,
} as const;

const COLUMNS: readonly ColumnModel[] = [
  { header: "序号", width: 5 },
  { header: "编号", width: 9 },
  { header: "评价项目", width: 14 },
  { header: "评价要求", width: 22 },
  { header: "扣分标准", width: 18 },
  { header: "失分", width: 7 },
  { header: "评估意见", width: 20 },
  { header: "整改措施", width: 20 },
  { header: "责任部门", width: 10 },
  { header: "完成期限", width: 11 },
  { header: "状态", width: 9 },
  { header: "佐证材料", width: 12 },
  { header: "复核意见", width: 14 },
  { header: "逾期", width: 6 },
  { header: "精确失分", width: 10, hidden: true },
];
/** The last column shown and printed; the hidden exact loss lies beyond it. */
const LAST_COL = PLAN_COL.overdue;

/** Rows of the summary block and the table (0-based). */
export const PLAN_ROWS = {
  summaryHeader: 3,
  summary: 4,
  header: 6,
  first: 7,
} as const;

/** The summary cells, by column, as the reader and tests find them. */
export const SUMMARY_COL = {
  rows: 0,
  notStarted: 1,
  inProgress: 2,
  done: 3,
  noStatus: 4,
  overdue: 5,
  lost: 6,
  covered: 7,
  coveredRatio: 8,
} as const;

export interface PlanWorkbookInput {
  readonly model: ReportModel;
  readonly rows: readonly PlanRow[];
  /** Inputs to pre-fill (a version 2 JSON's plan), by row key. */
  readonly entries?: Readonly<Record<string, PlanEntry>>;
  /** What the plan was made from, for its identity sheet and subtitle. */
  readonly source: string;
  /** The source evaluation's level, date and total, recorded so `--plan-status` can check it (planIdentity.ts). */
  readonly sourceFacts?: Parameters<typeof planSourceEntries>[0];
  readonly createdAt: string;
  readonly generator: string;
}

function optionalText(v: string | undefined): CellContent {
  return v !== undefined && v !== "" ? text(v) : EMPTY;
}

/** The formula that says a row is overdue: not 已完成, with a deadline before today. */
export function overdueCondition(row: number, absolute = false): string {
  const deadline = absolute
    ? `$${colLetter(PLAN_COL.deadline)}${row + 1}`
    : a1(row, PLAN_COL.deadline);
  const status = absolute ? `$${colLetter(PLAN_COL.status)}${row + 1}` : a1(row, PLAN_COL.status);
  return `AND(${status}<>"${PLAN_STATUS_LABELS.done}",ISNUMBER(${deadline}),${deadline}<TODAY())`;
}

/**
 * Writes one finding from `row` on; returns how many rows it takes. Notes that do not fit one row (Excel's 409 pt,
 * 27 lines) continue on the rows below ({@link splitWrapped}), so no note is clipped: six experts' notes of 60
 * characters each already need more. The key, loss, inputs and status stand in the block's top row alone, so the
 * reader, COUNTA, COUNTIF and SUMIF see one row a finding.
 */
function writeRow(
  b: SheetBuilder,
  row: number,
  n: number,
  r: PlanRow,
  e: PlanEntry | undefined
): number {
  const C = PLAN_COL;
  const notes = splitWrapped(r.notes, COLUMNS[C.notes]!.width);
  const rows = notes.length;
  // A figure, input or check of the finding stands in its top row, vertically centred there, so a page break
  // through a tall block never cuts it; the rows below are locked and empty (the reader skips them: no key).
  const put = (col: number, content: CellContent, style: StyleId, locked = true): void => {
    b.set(row, col, content, style, locked);
    for (let k = 1; k < rows; k++) b.set(row + k, col, EMPTY, "text");
  };
  // The item, requirement and rule are top-aligned: merged down the block, they print at its top.
  const span = (col: number, content: CellContent): void => {
    if (rows === 1) b.set(row, col, content, "text");
    else b.setMerged(cellRange(row, col, rows, 1), content, "text");
  };
  put(C.n, num(n), "textCenter");
  put(C.key, text(r.key), "textCenter");
  span(C.item, text(r.flagged ? `${r.item}（专家意见分歧）` : r.item));
  span(C.requirement, text(r.requirement));
  span(C.rule, text(r.rule));
  // The loss as shown, rounded once half down as the totals are (a loss of 0.995 shows 0.99, not the 1.00 the
  // number format would round it to), beside the hidden exact loss the sheet's 失分合计 adds, as the CLI and the
  // report do (README: Numbers).
  put(C.lost, num(r.pointsLost), "score2");
  put(C.exactLost, num(new Fraction(r.exactLost).valueOf()), "score2");
  notes.forEach((t, k) => b.set(row + k, C.notes, text(t), "text"));
  put(C.measure, optionalText(e?.measure), "inputText", false);
  put(C.department, optionalText(e?.department), "inputText", false);
  put(C.deadline, e?.deadline ? num(isoToExcelSerial(e.deadline)) : EMPTY, "inputDate", false);
  put(C.status, text(PLAN_STATUS_LABELS[e?.status ?? "not-started"]), "input", false);
  put(C.evidence, optionalText(e?.evidence), "inputText", false);
  put(C.review, optionalText(e?.review), "inputText", false);
  put(C.overdue, formula(`IF(${overdueCondition(row)},"逾期","")`), "check");
  // The item, requirement and rule span the block; one row holds them as it holds its notes.
  const block = [
    { col: C.item, text: r.item },
    { col: C.requirement, text: r.requirement },
    { col: C.rule, text: r.rule },
  ];
  if (rows === 1) b.fitRow(row, [...block, { col: C.notes, text: r.notes }]);
  else notes.forEach((t, k) => b.fitRow(row + k, [{ col: C.notes, text: t }]));
  return rows;
}

/**
 * A sum of exact losses as shown ({@link shownLoss}): ROUND(…, 9) removes only the binary noise of unrounded thirds
 * (README: Numbers), then half down to 2 decimals, written as N − ROUND(N − S, 2) with N = INT(S) + 1 > S, since
 * Excel's ROUND rounds half up only for positive numbers.
 */
export function lossShown(sum: string): string {
  const s = `ROUND(${sum},9)`;
  return `INT(${s})+1-ROUND(INT(${s})+1-${s},2)`;
}

/**
 * The plan's 失分合计 as {@link shownLostTotal} shows it: the maximum minus the total as shown, so a total just
 * below the pass mark (shown passMark − 0.01, never the pass mark: README: Numbers) loses max − 299.99; otherwise
 * {@link lossShown}. Written only for a plan whose total is in that band ({@link needsTotalLossShown}).
 */
export function totalLossShown(sum: string, max: number, passMark: number): string {
  const t = `ROUND(${max}-${sum},9)`;
  const band = shiftDecimal(toUnits(passMark, 3)! - 5, -3);
  const lost = shiftDecimal(toUnits(max)! - toUnits(passMark)! + 1, -2);
  return `IF(AND(${t}<${passMark},${t}>=${band}),${lost},${lossShown(sum)})`;
}

/** Whether the plan's total is in the band where the total as shown is not half up (89999/300 → 299.99). */
export function needsTotalLossShown(
  rows: readonly PlanRow[],
  model: PlanWorkbookInput["model"]
): boolean {
  return shownLostTotal(rows, model) !== shownLoss(planLostTotal(rows));
}

function writeSummary(
  b: SheetBuilder,
  first: number,
  last: number,
  band: { readonly max: number; readonly passMark: number } | undefined
): void {
  const S = SUMMARY_COL;
  const range = (col: number): string => `${a1(first, col, true)}:${a1(last, col, true)}`;
  const status = range(PLAN_COL.status);
  const lost = range(PLAN_COL.exactLost);
  const labels: [number, string][] = [
    [S.rows, "整改事项"],
    [S.notStarted, PLAN_STATUS_LABELS["not-started"]],
    [S.inProgress, PLAN_STATUS_LABELS["in-progress"]],
    [S.done, PLAN_STATUS_LABELS.done],
    [S.noStatus, "未填状态"],
    [S.overdue, "逾期"],
    [S.lost, "失分合计"],
    [S.covered, "已完成事项失分"],
    [S.coveredRatio, "完成比例（按失分）"],
  ];
  for (const [col, label] of labels) b.set(PLAN_ROWS.summaryHeader, col, text(label), "header");
  b.height(PLAN_ROWS.summaryHeader, 30);
  const r = PLAN_ROWS.summary;
  const count = (label: string): CellContent => formula(`COUNTIF(${status},"${label}")`);
  b.set(r, S.rows, formula(`COUNTA(${range(PLAN_COL.key)})`), "total");
  b.set(r, S.notStarted, count(PLAN_STATUS_LABELS["not-started"]), "total");
  b.set(r, S.inProgress, count(PLAN_STATUS_LABELS["in-progress"]), "total");
  b.set(r, S.done, count(PLAN_STATUS_LABELS.done), "total");
  b.set(
    r,
    S.noStatus,
    formula(`${a1(r, S.rows)}-${a1(r, S.notStarted)}-${a1(r, S.inProgress)}-${a1(r, S.done)}`),
    "total"
  );
  b.set(r, S.overdue, formula(`COUNTIF(${range(PLAN_COL.overdue)},"逾期")`), "total");
  const sum = `SUM(${lost})`;
  b.set(
    r,
    S.lost,
    formula(band ? totalLossShown(sum, band.max, band.passMark) : lossShown(sum)),
    "total2"
  );
  b.set(
    r,
    S.covered,
    formula(lossShown(`SUMIF(${status},"${PLAN_STATUS_LABELS.done}",${lost})`)),
    "total2"
  );
  b.set(
    r,
    S.coveredRatio,
    formula(`IF(${a1(r, S.lost)}>0,${a1(r, S.covered)}/${a1(r, S.lost)},"")`),
    "ratio"
  );
  b.height(r, 24);
}

/** Builds the plan sheet. */
export function buildPlanSheet(input: PlanWorkbookInput): SheetModel {
  const { model, rows } = input;
  const b = new SheetBuilder(PLAN_SHEET, "report", COLUMNS);
  const C = PLAN_COL;
  const unit = model.organization || "（未填写被评单位）";
  // The title does not wrap: a unit name too long for its one line (at 16 pt) was cut off at both ends, the
  // words 整改台账 with it. Such a name goes whole on the wrapped line below instead.
  const titleWidth = COLUMNS.slice(0, LAST_COL + 1).reduce((w, c) => w + c.width, 0);
  const fits = wrappedLines(`整改台账 — ${unit}`, titleWidth, 16) === 1;
  const title = fits ? `整改台账 — ${unit}` : "整改台账";
  b.setMerged(cellRange(0, 0, 1, LAST_COL + 1), text(title), "title").height(0, 30);
  const subtitle =
    (fits ? "" : `被评单位：${unit}。`) +
    `依据${model.title}（${formatDateSpanZh(model.date, "日期未填写")}，${model.evaluator || "评估人未填写"}）的改进意见和建议生成：` +
    `${model.verdictText}。每行一项失分的评价要求，按报告的顺序排列。黄色为填写区：整改措施、责任部门、完成期限（日期）、` +
    `状态（未开始/进行中/已完成）、佐证材料（文字、文件路径或链接）和复核意见；未完成且已过完成期限的行标为逾期。`;
  b.setMerged(cellRange(1, 0, 1, LAST_COL + 1), text(subtitle), "subtitle");
  b.fitRow(1, [{ col: 0, text: subtitle, span: LAST_COL + 1 }]);
  // Rows show their loss rounded; the total adds the exact losses: say so where the rounded rows do not add up.
  const shownSum = sumExact(rows.map((r) => r.pointsLost));
  const total = shownLostTotal(rows, model);
  const roundingNote = exact(shownSum).equals(exact(total))
    ? ""
    : `；失分按精确值合计（${formatScore(total)}分），各行失分按得分四舍五入显示到两位小数，相加为${formatScore(shownSum)}分`;
  b.setMerged(
    cellRange(2, 0, 1, LAST_COL + 1),
    text(`${STANDARD.id}；来源：${input.source}${roundingNote}`),
    "note"
  );
  COLUMNS.forEach((c, col) => b.set(PLAN_ROWS.header, col, text(c.header), "header"));
  b.height(PLAN_ROWS.header, 24);

  let row = PLAN_ROWS.first;
  rows.forEach((r, k) => (row += writeRow(b, row, k + 1, r, input.entries?.[r.key])));
  if (rows.length === 0) {
    b.setMerged(cellRange(row, 0, 1, LAST_COL + 1), text("各评价项目均未失分，无需整改。"), "text");
    row++;
  }
  const last = Math.max(PLAN_ROWS.first, row - 1);
  writeSummary(b, PLAN_ROWS.first, last, needsTotalLossShown(rows, model) ? model : undefined);

  if (rows.length > 0) {
    // Physical rows: a finding with long notes takes several (writeRow).
    const used = row - PLAN_ROWS.first;
    const data = cellRange(PLAN_ROWS.first, C.status, used, 1);
    b.validate({
      kind: "list",
      range: data,
      options: Object.values(PLAN_STATUS_LABELS),
      errorTitle: "状态无效",
      errorMessage: "状态只能从列表中选择：未开始、进行中、已完成。",
      prompt: "未开始 / 进行中 / 已完成",
    });
    b.validate({
      kind: "date",
      range: cellRange(PLAN_ROWS.first, C.deadline, used, 1),
      errorTitle: "完成期限无效",
      errorMessage: "完成期限须为日期，如 2027-06-30。",
      prompt: "填写日期，如 2027-06-30",
    });
    b.highlight({
      range: cellRange(PLAN_ROWS.first, 0, used, LAST_COL + 1),
      formula: overdueCondition(PLAN_ROWS.first, true),
      fill: WARNING_FILL,
      fontColor: "#C00000",
    });
  }
  row += 2;
  b.setMerged(
    cellRange(row, 0, 1, 7),
    text("被评单位负责人（签字）：            日期："),
    "signature"
  );
  b.setMerged(cellRange(row, 7, 1, 7), text("复核人（签字）：            日期："), "signature");
  b.height(row, 30);
  b.freeze = { rows: PLAN_ROWS.first, cols: C.item };
  b.print = {
    orientation: "landscape",
    titleRows: { from: PLAN_ROWS.header, to: PLAN_ROWS.header },
    fitToWidth: true,
    footer: `整改台账 第 &P 页 共 &N 页`,
  };
  b.tabColor = "#70AD47";
  return b.build();
}

/** The hidden sheet that says what this workbook is (no scoresheet identity: scoring commands refuse it). */
function buildPlanMetaSheet(input: PlanWorkbookInput): SheetModel {
  const b = new SheetBuilder(PLAN_META_SHEET, "meta", [
    { header: "key", width: 16 },
    { header: "value", width: 40 },
  ]);
  const entries: [string, string][] = [
    ["format", REMEDIATION_FORMAT],
    ["standard", STANDARD.id],
    ["organization", input.model.organization],
    ["evaluationDate", input.model.date],
    ["source", input.source],
    ["createdAt", input.createdAt],
    ["generator", input.generator],
    ...(input.sourceFacts ? planSourceEntries(input.sourceFacts) : []),
  ];
  entries.forEach(([k, v], row) => {
    b.set(row, 0, text(k), "hidden");
    b.set(row, 1, text(v), "hidden");
  });
  b.state = "veryHidden";
  return b.build();
}

/** The plan workbook: the plan sheet and its identity. */
export function buildPlanWorkbook(input: PlanWorkbookInput): WorkbookModel {
  return {
    sheets: [buildPlanSheet(input), buildPlanMetaSheet(input)],
    names: [],
    styles: STYLES,
    properties: {
      title: `整改台账${input.model.organization ? ` - ${input.model.organization}` : ""}`,
      subject: `${STANDARD.id} 评估报告 改进意见和建议`,
      creator: input.generator,
      keywords: "gridscore 网格化治理 整改台账",
    },
  };
}
