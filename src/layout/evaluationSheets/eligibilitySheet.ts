/**
 * The eligibility sheet (评价条件): section 5 as a checklist. Dates and answers are typed; whether each
 * condition is met is computed by formulas (the rule of checkEligibility), never ticked by hand.
 */
import { STANDARD, computedTotal } from "../../standard";
import { a1, cellRange } from "../a1";
import { EMPTY, SheetBuilder, formula, num, text } from "../builder";
import { str } from "../formulas";
import type { CellContent, SheetModel } from "../model";
import { ERROR_FILL, WARNING_FILL } from "../styles";
import { CONDITION_IDS, CONDITION_TEXT, MONTHS_RULE } from "./clauses";
import type { ConditionId } from "./clauses";
import { DATE_STYLE, EVAL_ID_COL, chain, decimalTextForm, dropLast, readerTrim } from "./common";
import { parseDateText } from "./dates";
import {
  ANSWER_NO,
  ANSWER_YES,
  DATE_FIELDS,
  ELIGIBLE_TEXT,
  INCIDENTS,
  NOT_ELIGIBLE_PREFIX,
  SCORE_LABEL,
  STATUS_WORDS,
  noSuchDayReason,
} from "./eligibility";
import type { DateField, EligibilityInput, EvidenceKey, IncidentAnswer } from "./eligibility";

export const ELIGIBILITY_SHEET = "评价条件";
/** Columns: clause, label, input (or result), evidence (or reason), helpers, id. */
export const ELIGIBILITY_COL = {
  clause: 0,
  label: 1,
  input: 2,
  evidence: 3,
  helper: 4,
  helper2: 5,
  id: EVAL_ID_COL,
  helper3: 7,
} as const;
/** For the condition rows: where the result and the reason are. */
export const CONDITION_COL = { result: 2, reason: 3 } as const;

/** Row ids of the eligibility sheet, read back by readEvaluationSheets. */
export const ELIGIBILITY_IDS = {
  date: (f: DateField) => `eligibility.${f}`,
  score: "eligibility.selfEvaluationScore",
  incident: (id: string) => `eligibility.incident.${id}`,
  condition: (id: ConditionId) => `eligibility.condition.${id}`,
  overall: "eligibility.overall",
} as const;

const FIRST_INPUT_ROW = 3;
const DATE_CLAUSE: Readonly<Record<DateField, string>> = {
  operationStart: "5.1、5.2",
  selfEvaluationDate: "5.1",
  applicationDate: "5.1、5.2",
};

function dateContent(v: string | undefined): CellContent {
  if (v === undefined || v.trim() === "") return EMPTY;
  return text(parseDateText(v) ?? v);
}

function answerContent(a: IncidentAnswer | undefined): CellContent {
  if (a === undefined) return EMPTY;
  if (typeof a === "object") return text(a.invalid);
  return text(a === "yes" ? ANSWER_YES : ANSWER_NO);
}

/**
 * A typed date's text with its separators marked for {@link dateForm} (the forms of the one date reader,
 * `readDateText`: "2026-06-02", "2026/6/2", "2026年6月2日", spaces around the parts): 年 → "=", 月 → "~", "/" → "-",
 * the spaces beside a separator and one trailing 日 dropped, after trimming as the reader trims ({@link readerTrim}:
 * tabs, NBSP, U+3000 and the rest of its white space). Nothing else changes, so any other text fails the form.
 */
export const dateText = (c: string): string => {
  const marked = [
    ["年", "="],
    ["月", "~"],
    ["/", "-"],
    [" -", "-"],
    ["- ", "-"],
    [" =", "="],
    ["= ", "="],
    [" ~", "~"],
    ["~ ", "~"],
    [" 日", "日"],
  ].reduce((acc, [from, to]) => `SUBSTITUTE(${acc},"${from}","${to}")`, readerTrim(c));
  return `SUBSTITUTE(SUBSTITUTE(${marked}&CHAR(1),"日"&CHAR(1),""),CHAR(1),"")`;
};

/** Where the second separator of a marked date text sits: after a month of one digit or two. */
const secondSeparator = (n: string): string => `IF(ISNUMBER(FIND(MID(${n},7,1),"-~")),7,8)`;

/**
 * Whether a marked date text ({@link dateText}) has the form of the one date reader: four digits, "-" or 年, one
 * or two digits, "-" or 月, one or two digits. Only whether it is written as a date; whether the day exists is
 * {@link dateHelper}'s.
 */
export const dateForm = (n: string): string => {
  const digit = (k: string): string => `ISNUMBER(FIND(MID(${n},${k},1),"0123456789"))`;
  const p = secondSeparator(n);
  return `AND(LEN(${n})>=8,LEN(${n})<=10,${digit("1")},${digit("2")},${digit("3")},${digit("4")},ISNUMBER(FIND(MID(${n},5,1),"-=")),${digit("6")},${digit(`${p}-1`)},ISNUMBER(FIND(MID(${n},${p},1),"-~")),LEN(${n})>${p},LEN(${n})<=${p}+2,${digit(`${p}+1`)},${digit(`LEN(${n})`)})`;
};

/**
 * A date input as the eligibility rule reads it (`readDate`, by the one date reader): its serial; "" when blank;
 * "d" when it is written as a date but names no real day (2026-02-30, 2025-02-29, 2026-13-01, or Excel's serial
 * 60, the 1900-02-29 that never was); "x" when it is no date (other text, a boolean, an error value, a number that
 * is no date serial, a year before 1900, which no spreadsheet holds as a date). It reads the text itself rather than
 * with DATEVALUE, which takes other forms than the reader's ("2026-6", "June 2") and takes 1900-02-29 in Excel.
 *
 * @param c the input cell, @param n the cell holding its marked text ({@link dateText}), @param form the cell
 *   holding whether that text has a date's form ({@link dateForm})
 */
export const dateHelper = (c: string, n: string, form: string): string => {
  const p = secondSeparator(n);
  const y = `VALUE(LEFT(${n},4))`;
  const m = `VALUE(MID(${n},6,${p}-6))`;
  const d = `VALUE(MID(${n},${p}+1,2))`;
  const feb = `IF(OR(MOD(${y},400)=0,AND(MOD(${y},4)=0,MOD(${y},100)<>0)),29,28)`;
  const days = `CHOOSE(${m},31,${feb},31,30,31,30,31,31,30,31,30,31)`;
  const text = `IF(NOT(${form}),"x",IF(OR(${m}<1,${m}>12),"d",IF(OR(${d}<1,${d}>${days}),"d",IF(${y}<1900,"x",DATE(${y},${m},${d})))))`;
  const serial = `IF(OR(INT(${c})<1,INT(${c})>2958465),"x",IF(INT(${c})=60,"d",INT(${c})))`;
  return `IF(ISERROR(${c}),"x",IF(ISLOGICAL(${c}),"x",IF(ISNUMBER(${c}),${serial},IF(${readerTrim(c)}="","",${text}))))`;
};
/** 5.2's score: a number, or a text of the reader's form ({@link decimalTextForm} in `form`; `t` its trimmed text). */
// An error value (#N/A) is "x", as the reader takes it (no number, no 是/否), never passed on to the conditions.
const scoreHelper = (c: string, t: string, form: string): string =>
  `IF(ISERROR(${c}),"x",IF(ISNUMBER(${c}),${c},IF(${t}="","",IF(${form},IFERROR(VALUE(${t}),"x"),"x"))))`;
const answerHelper = (c: string): string =>
  `IF(ISERROR(${c}),"x",IF(${readerTrim(c)}="${ANSWER_YES}","y",IF(${readerTrim(c)}="${ANSWER_NO}","n",IF(${readerTrim(c)}="","","x"))))`;

/** Builds the eligibility sheet, pre-filled from what the unit declared when given. */
export function buildEligibilitySheet(input: EligibilityInput = {}): SheetModel {
  const C = ELIGIBILITY_COL;
  const b = new SheetBuilder(ELIGIBILITY_SHEET, "eligibility", [
    { header: "条款", width: 10 },
    { header: "项目", width: 34 },
    { header: "填写", width: 14 },
    { header: "证明材料/说明", width: 38 },
    { header: "识别值", width: 8, hidden: true },
    { header: "辅助", width: 8, hidden: true },
    { header: "编号", width: 10, hidden: true },
    { header: "辅助", width: 8, hidden: true },
  ]);
  b.setMerged(cellRange(0, 0, 1, 4), text("评价条件（标准第5章）"), "title").height(0, 30);
  const intro =
    "黄色单元格为填写区：填写日期（如 2026-05-20）、自查总分和证明材料；5.3各项选择“是”或“否”。各条件是否满足由公式按所填日期自动计算，无需手工勾选。";
  b.setMerged(cellRange(1, 0, 1, 4), text(intro), "subtitle").height(1, 32);
  ["条款", "项目", "填写", "证明材料/说明"].forEach((h, col) => b.set(2, col, text(h), "header"));

  const helperOf = new Map<string, string>();
  let row = FIRST_INPUT_ROW;
  const inputRow = (
    key: EvidenceKey,
    id: string,
    clause: string,
    label: string,
    content: CellContent
  ): string => {
    b.set(row, C.clause, text(clause), "textCenter");
    b.set(row, C.label, text(label), "text");
    b.set(row, C.id, text(id), "hidden");
    const evidence = input.evidence?.[key];
    b.set(row, C.evidence, evidence ? text(evidence) : EMPTY, "inputText", false);
    b.set(row, C.input, content, DATE_STYLE, false);
    b.fitRow(row, [
      { col: C.label, text: label },
      { col: C.evidence, text: evidence ?? "" },
    ]);
    return a1(row++, C.input);
  };
  for (const { field, label } of DATE_FIELDS) {
    const r = row;
    const cell = inputRow(
      field,
      ELIGIBILITY_IDS.date(field),
      DATE_CLAUSE[field],
      label,
      dateContent(input[field])
    );
    b.set(r, C.helper2, formula(dateText(cell)), "hidden");
    b.set(r, C.helper3, formula(dateForm(a1(r, C.helper2))), "hidden");
    b.set(r, C.helper, formula(dateHelper(cell, a1(r, C.helper2), a1(r, C.helper3))), "hidden");
    helperOf.set(field, a1(r, C.helper));
    b.validate({
      kind: "date",
      range: cellRange(r, C.input),
      errorTitle: "日期无效",
      errorMessage: `请填写${label}，如 2026-05-20`,
      prompt: `${label}，如 2026-05-20`,
    });
  }
  const scoreRow = row;
  const score = input.selfEvaluationScore;
  const scoreCell = inputRow(
    "selfEvaluationScore",
    ELIGIBILITY_IDS.score,
    "5.2",
    `${SCORE_LABEL}（按附录A自查的总分，${STANDARD.passMark}分及以上为合格）`,
    score === undefined || score === ""
      ? EMPTY
      : typeof score === "number"
        ? num(score)
        : text(score)
  );
  b.set(scoreRow, C.helper2, formula(readerTrim(scoreCell)), "hidden");
  b.set(scoreRow, C.helper3, formula(decimalTextForm(a1(scoreRow, C.helper2))), "hidden");
  const [trimmed, form] = [a1(scoreRow, C.helper2), a1(scoreRow, C.helper3)];
  b.set(scoreRow, C.helper, formula(scoreHelper(scoreCell, trimmed, form)), "hidden");
  b.validate({
    kind: "decimal",
    range: cellRange(scoreRow, C.input),
    min: 0,
    // The most Appendix A's items give (495), as the reader's self-score-out-of-range warns beyond it; the
    // message shows both figures of the A.4 contradiction (README).
    max: computedTotal(),
    errorTitle: "自查总分无效",
    errorMessage: `请填写0到${computedTotal()}之间的数字（附录A各项分值之和为${computedTotal()}分，8.2标注${STANDARD.declaredTotal}分）`,
  });
  b.setMerged(
    cellRange(row++, 0, 1, 4),
    text("5.3 试运行期间是否发生过下列情况（选择“是”或“否”）"),
    "header"
  );
  const answerHelpers: { label: string; ref: string }[] = [];
  for (const incident of INCIDENTS) {
    const r = row;
    const cell = inputRow(
      incident.id,
      ELIGIBILITY_IDS.incident(incident.id),
      "5.3",
      incident.label,
      answerContent(input.incidents?.[incident.id])
    );
    b.set(r, C.helper, formula(answerHelper(cell)), "hidden");
    answerHelpers.push({ label: incident.label, ref: a1(r, C.helper) });
    b.validate({
      kind: "list",
      range: cellRange(r, C.input),
      options: [ANSWER_YES, ANSWER_NO],
      errorTitle: "请选择是或否",
      errorMessage: `试运行期间是否发生过${incident.label}：请选择“是”或“否”`,
    });
  }
  row++;
  ["条款", "条件（标准原文）", "结果", "说明"].forEach((h, col) =>
    b.set(row, col, text(h), "header")
  );
  row++;
  const S = helperOf.get("operationStart")!;
  const E = helperOf.get("selfEvaluationDate")!;
  const A = helperOf.get("applicationDate")!;
  const SC = a1(scoreRow, C.helper);
  const conditionRows = new Map<ConditionId, number>();
  for (const id of CONDITION_IDS) {
    const r = row++;
    conditionRows.set(id, r);
    const steps = conditionSteps(id, { S, E, A, SC }, answerHelpers, b, r);
    b.set(r, C.clause, text(id), "textCenter");
    b.set(r, C.label, text(CONDITION_TEXT[id]), "text");
    b.set(r, C.id, text(ELIGIBILITY_IDS.condition(id)), "hidden");
    b.set(
      r,
      CONDITION_COL.result,
      formula(
        chain(
          steps.map(([w, s]) => [w, str(STATUS_WORDS[s])] as const),
          str(STATUS_WORDS.met)
        )
      ),
      "formula"
    );
    b.set(
      r,
      CONDITION_COL.reason,
      formula(
        chain(
          steps.map(([w, , reason]) => [w, reason] as const),
          '""'
        )
      ),
      "check"
    );
    b.fitRow(r, [{ col: C.label, text: CONDITION_TEXT[id] }]);
    const result = a1(r, CONDITION_COL.result);
    b.highlight({
      range: cellRange(r, CONDITION_COL.result),
      formula: `${result}="${STATUS_WORDS["not-met"]}"`,
      fill: ERROR_FILL,
    });
    b.highlight({
      range: cellRange(r, CONDITION_COL.result),
      formula: `${result}="${STATUS_WORDS.incomplete}"`,
      fill: WARNING_FILL,
    });
  }
  const overallRow = row++;
  const parts = CONDITION_IDS.map((id) => {
    const r = conditionRows.get(id)!;
    return `IF(${a1(r, CONDITION_COL.result)}<>"${STATUS_WORDS.met}","${id} "&${a1(r, CONDITION_COL.reason)}&"；","")`;
  }).join("&");
  const joined = a1(overallRow, C.helper);
  b.set(overallRow, C.helper, formula(parts), "hidden");
  b.set(overallRow, C.clause, text("结论"), "header");
  b.setMerged(
    cellRange(overallRow, C.label, 1, 3),
    formula(
      `IF(${joined}="",${str(ELIGIBLE_TEXT)},${str(NOT_ELIGIBLE_PREFIX)}&${dropLast(joined)})`
    ),
    "conclusion"
  );
  b.set(overallRow, C.id, text(ELIGIBILITY_IDS.overall), "hidden");
  // Tall enough for the longest conclusion (every condition unmet, every 5.3 event named), wrapped.
  b.height(overallRow, 66);
  b.highlight({
    range: cellRange(overallRow, C.label, 1, 3),
    formula: `${a1(overallRow, C.label)}<>${str(ELIGIBLE_TEXT)}`,
    fill: ERROR_FILL,
  });
  row++;
  b.setMerged(cellRange(row, 0, 1, 4), text(MONTHS_RULE), "note").height(row++, 44);
  row++;
  b.setMerged(
    cellRange(row, 0, 1, 4),
    text(
      "申请单位（盖章）：____________________    填表人：__________    日期：________年____月____日"
    ),
    "signature"
  ).height(row, 30);
  b.print = { orientation: "portrait", fitToWidth: true, footer: "评价条件 第 &P 页 共 &N 页" };
  b.tabColor = "#7030A0";
  return b.build();
}

type Steps = [string, "not-met" | "incomplete", string][];

function conditionSteps(
  id: ConditionId,
  r: { S: string; E: string; A: string; SC: string },
  answers: readonly { label: string; ref: string }[],
  b: SheetBuilder,
  row: number
): Steps {
  const date = (ref: string, field: DateField): Steps => {
    const label = DATE_FIELDS.find((d) => d.field === field)!.label;
    return [
      [`${ref}=""`, "incomplete", str(`未填写${label}`)],
      [`${ref}="x"`, "incomplete", str(`${label}不是有效日期`)],
      [`${ref}="d"`, "incomplete", str(noSuchDayReason(label))],
    ];
  };
  const period = (months: number): Steps => [
    [
      `EDATE(${r.S},${months})>${r.A}`,
      "not-met",
      `"至申请日期体系运行不满${months}个月（满${months}个月之日为"&TEXT(EDATE(${r.S},${months}),"yyyy-mm-dd")&"）"`,
    ],
  ];
  switch (id) {
    case "5.1":
      return [
        ...date(r.S, "operationStart"),
        ...date(r.E, "selfEvaluationDate"),
        ...date(r.A, "applicationDate"),
        [`${r.E}<${r.S}`, "not-met", str("自我评价完成日期早于体系运行开始日期")],
        [`${r.E}>${r.A}`, "not-met", str("申请日期前尚未完成自我评价")],
        ...period(3),
      ];
    case "5.2":
      return [
        ...date(r.S, "operationStart"),
        ...date(r.A, "applicationDate"),
        ...period(6),
        [`${r.SC}=""`, "incomplete", str(`未填写${SCORE_LABEL}`)],
        [`${r.SC}="x"`, "incomplete", str(`${SCORE_LABEL}不是数字`)],
        [
          `${r.SC}<${STANDARD.passMark}`,
          "not-met",
          // Below the pass mark, never shown as it (299.996 is 299.99: README: Numbers).
          `"${SCORE_LABEL}"&MIN(ROUND(${r.SC},2),${(Math.round(STANDARD.passMark * 100) - 1) / 100})&"分，低于合格线${STANDARD.passMark}分（自查不合格）"`,
        ],
      ];
    case "5.3": {
      const list = (code: string): string =>
        answers.map((a) => `IF(${a.ref}="${code}",${str(`${a.label}、`)},"")`).join("&");
      const C = ELIGIBILITY_COL;
      const yes = a1(row, C.helper);
      const invalid = a1(row, C.helper2);
      const blank = a1(row, C.helper3);
      b.set(row, C.helper, formula(list("y")), "hidden");
      b.set(row, C.helper2, formula(list("x")), "hidden");
      b.set(row, C.helper3, formula(list("")), "hidden");
      return [
        [`${yes}<>""`, "not-met", `"试运行期间发生过："&${dropLast(yes)}`],
        [`${invalid}<>""`, "incomplete", `"应填“是”或“否”："&${dropLast(invalid)}`],
        [`${blank}<>""`, "incomplete", `"未回答："&${dropLast(blank)}`],
      ];
    }
  }
}
