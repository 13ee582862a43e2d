/**
 * The procedure sheet (评价程序): section 6's seven steps verbatim, with the date, the people and notes of each.
 */
import { cellRange } from "../a1";
import { EMPTY, SheetBuilder, text } from "../builder";
import type { CellContent, SheetModel } from "../model";
import { PROCEDURE_STEPS } from "./clauses";
import type { StepId } from "./clauses";
import { DATE_STYLE, EVAL_ID_COL } from "./common";
import { parseDateText } from "./dates";

export const PROCEDURE_SHEET = "评价程序";
export const PROCEDURE_COL = {
  clause: 0,
  step: 1,
  date: 2,
  people: 3,
  notes: 4,
  id: EVAL_ID_COL,
} as const;
export const PROCEDURE_IDS = { step: (id: StepId) => `procedure.${id}` } as const;

/** What was recorded for one step. */
export interface ProcedureStep {
  readonly id: StepId;
  readonly text: string;
  /** ISO date, or what was typed when it is no date. */
  readonly date?: string;
  readonly people?: string;
  readonly notes?: string;
}

export type ProcedureRecord = Readonly<Partial<Record<StepId, Omit<ProcedureStep, "id" | "text">>>>;

function content(v: string | undefined): CellContent {
  return v && v.trim() !== "" ? text(v) : EMPTY;
}

/** Builds the procedure sheet, pre-filled from a record of the steps when given. */
export function buildProcedureSheet(record: ProcedureRecord = {}): SheetModel {
  const C = PROCEDURE_COL;
  const b = new SheetBuilder(PROCEDURE_SHEET, "procedure", [
    { header: "条款", width: 7 },
    { header: "评价程序（标准第6章）", width: 38 },
    { header: "日期", width: 13 },
    { header: "负责人/参加人员", width: 18 },
    { header: "记录/说明", width: 30 },
    { header: "", width: 2, hidden: true },
    { header: "编号", width: 10, hidden: true },
  ]);
  b.setMerged(cellRange(0, 0, 1, 5), text("评价程序（标准第6章）"), "title").height(0, 30);
  b.setMerged(
    cellRange(1, 0, 1, 5),
    text(
      "按6.1至6.7的顺序开展评估；黄色单元格填写各步骤的日期、负责人或参加人员和记录（如查阅的资料、现场、调查对象数量）。"
    ),
    "subtitle"
  ).height(1, 32);
  ["条款", "评价程序", "日期", "负责人/参加人员", "记录/说明"].forEach((h, col) =>
    b.set(2, col, text(h), "header")
  );
  PROCEDURE_STEPS.forEach((step, i) => {
    const row = 3 + i;
    const r = record[step.id];
    b.set(row, C.clause, text(step.id), "textCenter");
    b.set(row, C.step, text(step.text), "text");
    const date = r?.date;
    b.set(
      row,
      C.date,
      content(date ? (parseDateText(date) ?? date) : undefined),
      DATE_STYLE,
      false
    );
    b.set(row, C.people, content(r?.people), "inputText", false);
    b.set(row, C.notes, content(r?.notes), "inputText", false);
    b.set(row, C.id, text(PROCEDURE_IDS.step(step.id)), "hidden");
    b.height(row, 30);
  });
  // One rule for the column (Excel writes one range; per-cell rules overlap once ExcelJS merges them).
  b.validate({
    kind: "date",
    range: cellRange(3, C.date, PROCEDURE_STEPS.length, 1),
    errorTitle: "日期无效",
    errorMessage: "请填写日期，如 2026-05-20",
  });
  const end = 3 + PROCEDURE_STEPS.length + 1;
  b.setMerged(
    cellRange(end, 0, 1, 5),
    text(
      "评估组组长（签字）：______________    记录人：__________    日期：________年____月____日"
    ),
    "signature"
  ).height(end, 30);
  b.print = { orientation: "portrait", fitToWidth: true };
  b.tabColor = "#7030A0";
  return b.build();
}
