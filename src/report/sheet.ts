/**
 * The report as a worksheet (评估报告), laid out for A4 portrait printing with signature lines. Values only:
 * the report is generated from scored data, so it carries no formulas and no inputs.
 */
import { a1, cellRange } from "../layout/a1";
import { SheetBuilder, num, splitWrapped, text } from "../layout/builder";
import type { SheetModel, StyleId } from "../layout/model";
import { ERROR_FILL } from "../layout/styles";
import { points } from "./build";
import {
  basicsRows,
  conditionTexts,
  lossText,
  memberCells,
  noteText,
  provisionalText,
  consensusTexts,
  ruleText,
  sectionTitles,
  signatureLines,
} from "./text";
import type { ReportModel, StatusItem, Suggestion } from "./types";

const WIDTH = 6;

/** The sheet's name: the report's title (评估报告 or 自我评价报告). */
export function reportSheetName(model: ReportModel): string {
  return model.title;
}

/** Builds the report sheet from the report model. */
export function buildReportSheet(model: ReportModel): SheetModel {
  const b = new SheetBuilder(reportSheetName(model), "report", [
    { header: "编号", width: 14 },
    { header: "内容", width: 28 },
    { header: "", width: 12 },
    { header: "", width: 12 },
    { header: "", width: 12 },
    { header: "", width: 14 },
  ]);
  let row = 0;
  const widthOf = (col: number, span: number): number =>
    b.columns.slice(col, col + span).reduce((w, c) => w + c.width, 0);
  /**
   * A text merged across columns `col`..end, on as many rows as it needs: a row is at most Excel's 409 pt
   * (27 lines), so a longer note continues on the next row instead of being clipped (splitWrapped).
   */
  const flow = (col: number, t: string, style: StyleId): void => {
    for (const piece of splitWrapped(t, widthOf(col, WIDTH - col))) {
      if (col > 0) b.set(row, 0, text(""), "text");
      b.setMerged(cellRange(row, col, 1, WIDTH - col), text(piece), style);
      b.fitRow(row++, [{ col, text: piece, span: WIDTH - col }]);
    }
  };
  const line = (t: string, style: StyleId, height?: number): void => {
    if (!height) return flow(0, t, style);
    b.setMerged(cellRange(row, 0, 1, WIDTH), text(t), style);
    b.height(row++, height);
  };
  /**
   * A label and its value (被评单位 etc.): a value longer than one 409 pt row (any unit name the readers accept,
   * up to Excel's cell limit) continues on the rows below, the label on the first, as a note does (flow).
   */
  const pair = (label: string, value: string): void => {
    splitWrapped(value, widthOf(1, WIDTH - 1)).forEach((piece, k) => {
      b.set(row, 0, text(k === 0 ? label : ""), k === 0 ? "header" : "text");
      b.setMerged(cellRange(row, 1, 1, WIDTH - 1), text(piece), "text");
      b.fitRow(row++, [
        { col: 0, text: k === 0 ? label : "" },
        { col: 1, text: piece, span: WIDTH - 1 },
      ]);
    });
  };
  const section = (title: string | undefined): void => {
    if (!title) return;
    row++;
    b.setMerged(cellRange(row, 0, 1, WIDTH), text(title), "header");
    b.height(row++, 22);
  };
  const titles = sectionTitles(model);

  line(model.title, "title", 32);
  line(model.basis, "subtitle");
  section(titles.basics);
  for (const [label, value] of basicsRows(model)) pair(label, value);

  if (model.group) {
    section(titles.group);
    ["序号", "姓名", "领域", "工作单位", "组内角色", "专家来源/备注"].forEach((h, col) =>
      b.set(row, col, text(h), "header")
    );
    row++;
    model.group.members.forEach((m, i) => {
      // Each cell cut to what one 409 pt row shows (splitWrapped); a member whose name, unit or notes need more
      // continues on the rows below, each column's pieces in order, so no row clips its text.
      const pieces = memberCells(m).map((v, col) => splitWrapped(v, widthOf(col + 1, 1)));
      const rows = Math.max(1, ...pieces.map((p) => p.length));
      for (let k = 0; k < rows; k++) {
        b.set(row, 0, k === 0 ? num(i + 1) : text(""), "textCenter");
        pieces.forEach((p, col) => b.set(row, col + 1, text(p[k] ?? ""), "text"));
        b.fitRow(
          row++,
          pieces.map((p, col) => ({ col: col + 1, text: p[k] ?? "" }))
        );
      }
    });
    line(model.group.check, model.group.warnings.length > 0 ? "check" : "note");
  }

  section(titles.scores);
  ["表", "名称", "得分", "满分（计算）", "满分（标注）", "得分率"].forEach((h, col) =>
    b.set(row, col, text(h), "header")
  );
  row++;
  for (const t of model.subtotals) {
    b.set(row, 0, text(t.tableId), "textCenter");
    b.set(row, 1, text(t.title), "text");
    b.set(row, 2, num(t.score), "number");
    b.set(row, 3, num(t.max), "number");
    b.set(row, 4, num(t.declaredMax), "number");
    b.set(
      row,
      5,
      text(t.max === 0 ? "" : `${Math.round((t.score / t.max) * 1000) / 10}%`),
      "number"
    );
    row++;
  }
  b.set(row, 0, text("合计"), "total");
  b.set(row, 1, text("总分"), "total");
  b.set(row, 2, num(model.total), "total");
  b.set(row, 3, num(model.max), "total");
  b.set(row, 4, num(model.declaredMax), "total");
  b.set(row, 5, text(`${Math.round((model.total / model.max) * 1000) / 10}%`), "total");
  row++;
  b.set(row, 0, text("结论"), "header");
  b.setMerged(cellRange(row, 1, 1, WIDTH - 1), text(model.verdictShown), "verdict");
  b.highlight({
    range: cellRange(row, 1, 1, WIDTH - 1),
    formula: `${a1(row, 1, true)}="不合格"`,
    fill: ERROR_FILL,
  });
  b.height(row++, 26);
  line(model.verdictText, "text");
  if (model.consensus) for (const t of consensusTexts(model.consensus)) line(t, "note");
  for (const note of [...model.subtotals.map((t) => t.note), model.totalNote])
    if (note) line(note, "note");
  const provisional = provisionalText(model);
  if (provisional) line(provisional, "check");

  if (titles.eligibility) {
    section(titles.eligibility);
    for (const c of conditionTexts(model)) line(c, "text");
    if (model.eligibility) pair("结论", model.eligibility.text);
    if (model.application) pair("是否可以申请评估", model.application.text);
  }

  section(titles.suggestions);
  const writeItem = (s: Suggestion): void => {
    const first = row;
    b.set(row, 0, text(s.itemId), "textCenter");
    b.setMerged(cellRange(row, 1, 1, 3), text(s.title), "text");
    b.setMerged(cellRange(row, 4, 1, 2), text(lossText(s)), "formula");
    b.fitRow(row, [{ col: 1, text: s.title, span: 3 }]);
    row++;
    for (const l of s.lines) {
      const rule = ruleText(l);
      b.set(row, 0, text(""), "text");
      b.setMerged(cellRange(row, 1, 1, 2), text(`要求：${l.requirement}`), "text");
      b.setMerged(cellRange(row, 3, 1, 3), text(rule), "text");
      b.fitRow(row, [
        { col: 1, text: `要求：${l.requirement}`, span: 2 },
        { col: 3, text: rule, span: 3 },
      ]);
      row++;
    }
    for (const n of s.notes) flow(1, noteText(n, model.kind), "text");
    // An item's title, requirements and notes print on one page.
    b.keepTogether(first, row - 1);
  };
  if (model.flagged.length > 0) {
    line("（一）需评估组重点讨论的项目（评估专家意见分歧）", "subtitle");
    model.flagged.forEach(writeItem);
  }
  if (model.suggestions.length === 0 && model.flagged.length === 0)
    line("各评价项目均未失分。", "text");
  for (const g of model.suggestions) {
    line(`表${g.tableId} ${g.title}`, "subtitle");
    g.items.forEach(writeItem);
  }

  const statusList = (items: readonly StatusItem[], withDecider: boolean): void => {
    if (items.length === 0) {
      line("无。", "text");
      return;
    }
    for (const i of items) {
      const detail = withDecider ? `界定人：${i.decidedBy.join("、") || "（未记录）"}` : `计0分`;
      b.set(row, 0, text(i.itemId), "textCenter");
      b.setMerged(cellRange(row, 1, 1, 3), text(i.title), "text");
      b.set(row, 4, text(`分值${points(i.cap)}分`), "textCenter");
      b.set(row, 5, text(detail), "text");
      b.fitRow(row, [
        { col: 1, text: i.title, span: 3 },
        { col: 5, text: detail },
      ]);
      row++;
      for (const n of i.notes) line(noteText(n, model.kind), "note");
    }
  };
  section(titles.absent);
  statusList(model.absent, false);
  section(titles.na);
  statusList(model.notApplicable, true);

  if (model.procedure) {
    section(titles.procedure);
    for (const s of model.procedure) {
      const detail = [s.date, s.people, s.notes].filter(Boolean).join("；");
      // A long record continues on the rows below, as a note does (flow).
      splitWrapped(detail, widthOf(3, 3)).forEach((piece, k) => {
        b.set(row, 0, text(k === 0 ? s.id : ""), "textCenter");
        b.setMerged(cellRange(row, 1, 1, 2), text(k === 0 ? s.text : ""), "text");
        b.setMerged(cellRange(row, 3, 1, 3), text(piece), "text");
        b.fitRow(row++, [
          { col: 1, text: k === 0 ? s.text : "", span: 2 },
          { col: 3, text: piece, span: 3 },
        ]);
      });
    }
  }

  row++;
  for (const s of signatureLines(model)) line(s, "signature", 30);
  b.print = {
    orientation: "portrait",
    fitToWidth: true,
    footer: `${model.title} 第 &P 页 共 &N 页`,
  };
  b.tabColor = "#C00000";
  return b.build();
}
