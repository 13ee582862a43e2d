/**
 * Section 5 (评价的条件) as a pure rule: the same checks, in the same order and with the same words, as the
 * formulas of the eligibility sheet (评价条件), so the report, the CLI and the workbook never disagree.
 */
import { STANDARD } from "../../standard";
import { readDateText } from "../../engine";
import { addMonths } from "./dates";
import { CONDITION_IDS } from "./clauses";
import type { ConditionId } from "./clauses";

export type DateField = "operationStart" | "selfEvaluationDate" | "applicationDate";
export type IncidentId =
  "quality" | "safety" | "environment" | "otherAccident" | "criticism" | "sanction" | "media";

/** The dates of section 5, in the order the sheet lists them. */
export const DATE_FIELDS: readonly { readonly field: DateField; readonly label: string }[] = [
  { field: "operationStart", label: "体系运行开始日期" },
  { field: "selfEvaluationDate", label: "自我评价完成日期" },
  { field: "applicationDate", label: "申请日期" },
];
export const SCORE_LABEL = "自查总分";

/** 5.3's list, split into one 是/否 question per occurrence it names. */
export const INCIDENTS: readonly { readonly id: IncidentId; readonly label: string }[] = [
  { id: "quality", label: "重大质量事故" },
  { id: "safety", label: "重大安全事故" },
  { id: "environment", label: "重大环保事故" },
  { id: "otherAccident", label: "其他重大事故" },
  { id: "criticism", label: "通报批评" },
  { id: "sanction", label: "处分" },
  { id: "media", label: "媒体曝光" },
];

/** The rows an evidence note can belong to. */
export type EvidenceKey = DateField | "selfEvaluationScore" | IncidentId;

/** A 5.3 answer: 是 (it happened), 否, or what was typed instead. */
export type IncidentAnswer = "yes" | "no" | { readonly invalid: string };
export const ANSWER_YES = "是";
export const ANSWER_NO = "否";

/** What the unit declares for section 5. Dates are ISO "YYYY-MM-DD"; other text counts as no date. */
export interface EligibilityInput {
  readonly operationStart?: string;
  readonly selfEvaluationDate?: string;
  readonly applicationDate?: string;
  /** The self-check's total (5.2: 自查合格的…提出评估申请), a number or what was typed. */
  readonly selfEvaluationScore?: number | string;
  readonly incidents?: Readonly<Partial<Record<IncidentId, IncidentAnswer>>>;
  /** Evidence notes (证明材料) by field or incident id. */
  readonly evidence?: Readonly<Partial<Record<EvidenceKey, string>>>;
}

export type ConditionStatus = "met" | "not-met" | "incomplete";
export const STATUS_WORDS: Readonly<Record<ConditionStatus, string>> = {
  met: "满足",
  "not-met": "不满足",
  incomplete: "待填写",
};

export interface ConditionResult {
  readonly id: ConditionId;
  readonly status: ConditionStatus;
  /** Why it is not met or not complete (the first failing check); "" when met. */
  readonly reason: string;
}

export type EligibilityVerdict = "eligible" | "not-eligible";
export interface EligibilityResult {
  readonly conditions: readonly ConditionResult[];
  readonly verdict: EligibilityVerdict;
  /** "可以申请评估" or "不宜申请评估：<reasons>", as the sheet's overall cell shows it. */
  readonly text: string;
}

export const ELIGIBLE_TEXT = "可以申请评估";
export const NOT_ELIGIBLE_PREFIX = "不宜申请评估：";

type DateRead =
  | { kind: "date"; iso: string }
  | { kind: "missing" }
  | { kind: "invalid" }
  | { kind: "no-such-day" };

/** The first day a spreadsheet holds as a date (serial 1): an earlier one is no date to the sheet's formulas. */
export const FIRST_SHEET_DATE = "1900-01-01";

/**
 * An eligibility date as the rule and the sheet's formulas read it (the one date reader, `readDateText`): a
 * real day from 1900 on; `no-such-day` when written as a date but the day does not exist (2026-02-30, or the
 * 1900-02-29 of Excel's serial 60); `invalid` for anything else, a year before 1900 included (the sheet's
 * formulas hold no date before it).
 */
export function readEligibilityDate(value: string | undefined): DateRead {
  if (value === undefined || value.trim() === "") return { kind: "missing" };
  const read = readDateText(value);
  if (read.kind === "no-such-day") return { kind: "no-such-day" };
  return read.kind === "date" && read.iso >= FIRST_SHEET_DATE
    ? { kind: "date", iso: read.iso }
    : { kind: "invalid" };
}

const readDate = readEligibilityDate;

/** The reason a date that names no real day gives, in the rule and in the sheet's formulas alike. */
export function noSuchDayReason(label: string): string {
  return `${label}是不存在的日期`;
}

type Step = { status: Exclude<ConditionStatus, "met">; reason: string } | undefined;

function dateProblem(field: DateField, read: DateRead): Step {
  const label = DATE_FIELDS.find((d) => d.field === field)!.label;
  switch (read.kind) {
    case "missing":
      return { status: "incomplete", reason: `未填写${label}` };
    case "invalid":
      return { status: "incomplete", reason: `${label}不是有效日期` };
    case "no-such-day":
      return { status: "incomplete", reason: noSuchDayReason(label) };
    case "date":
      return undefined;
  }
}

/**
 * Rounds a score below the pass mark for a message the way the sheet does (MIN(ROUND(x,2), 299.99)): never shown as
 * the pass mark it is below (299.996 is 299.99, not 300: README: Numbers).
 */
function shown(x: number): string {
  return String(
    Math.min(Math.round(x * 100) / 100, (Math.round(STANDARD.passMark * 100) - 1) / 100)
  );
}

/** 自查总分 as the sheet's formula reads it: a number, "missing" (blank) or "invalid" (text that is no number). */
export function scoreFromInput(v: number | string | undefined): number | "missing" | "invalid" {
  return readScore(v);
}

function readScore(v: number | string | undefined): number | "missing" | "invalid" {
  if (v === undefined) return "missing";
  if (typeof v === "number") return Number.isFinite(v) ? v : "invalid";
  const t = v.trim();
  if (t === "") return "missing";
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : "invalid";
}

function first(...steps: (() => Step)[]): Step {
  for (const s of steps) {
    const r = s();
    if (r) return r;
  }
  return undefined;
}

function periodStep(startIso: string, applicationIso: string, months: number): Step {
  const due = addMonths(startIso, months);
  return due > applicationIso
    ? {
        status: "not-met",
        reason: `至申请日期体系运行不满${months}个月（满${months}个月之日为${due}）`,
      }
    : undefined;
}

function condition(id: ConditionId, input: EligibilityInput): ConditionResult {
  const s = readDate(input.operationStart);
  const e = readDate(input.selfEvaluationDate);
  const a = readDate(input.applicationDate);
  let step: Step;
  switch (id) {
    case "5.1":
      step = first(
        () => dateProblem("operationStart", s),
        () => dateProblem("selfEvaluationDate", e),
        () => dateProblem("applicationDate", a),
        () => {
          if (s.kind !== "date" || e.kind !== "date" || a.kind !== "date") return undefined;
          if (e.iso < s.iso)
            return { status: "not-met", reason: "自我评价完成日期早于体系运行开始日期" };
          if (e.iso > a.iso) return { status: "not-met", reason: "申请日期前尚未完成自我评价" };
          return periodStep(s.iso, a.iso, 3);
        }
      );
      break;
    case "5.2":
      step = first(
        () => dateProblem("operationStart", s),
        () => dateProblem("applicationDate", a),
        () => (s.kind === "date" && a.kind === "date" ? periodStep(s.iso, a.iso, 6) : undefined),
        () => {
          const score = readScore(input.selfEvaluationScore);
          if (score === "missing") return { status: "incomplete", reason: `未填写${SCORE_LABEL}` };
          if (score === "invalid")
            return { status: "incomplete", reason: `${SCORE_LABEL}不是数字` };
          return score < STANDARD.passMark
            ? {
                status: "not-met",
                reason: `${SCORE_LABEL}${shown(score)}分，低于合格线${STANDARD.passMark}分（自查不合格）`,
              }
            : undefined;
        }
      );
      break;
    case "5.3":
      step = incidentsStep(input.incidents ?? {});
      break;
  }
  return step ? { id, ...step } : { id, status: "met", reason: "" };
}

function incidentsStep(answers: Readonly<Partial<Record<IncidentId, IncidentAnswer>>>): Step {
  const names = (pick: (a: IncidentAnswer | undefined) => boolean): string =>
    INCIDENTS.filter((i) => pick(answers[i.id]))
      .map((i) => i.label)
      .join("、");
  const yes = names((a) => a === "yes");
  if (yes) return { status: "not-met", reason: `试运行期间发生过：${yes}` };
  const invalid = names((a) => typeof a === "object");
  if (invalid) return { status: "incomplete", reason: `应填“是”或“否”：${invalid}` };
  const blank = names((a) => a === undefined);
  if (blank) return { status: "incomplete", reason: `未回答：${blank}` };
  return undefined;
}

/** Checks 5.1–5.3 with the eligibility sheet's rule; the result's text is what the sheet's overall cell shows. */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const conditions = CONDITION_IDS.map((id) => condition(id, input));
  const failing = conditions.filter((c) => c.status !== "met");
  return failing.length === 0
    ? { conditions, verdict: "eligible", text: ELIGIBLE_TEXT }
    : {
        conditions,
        verdict: "not-eligible",
        text: NOT_ELIGIBLE_PREFIX + failing.map((c) => `${c.id} ${c.reason}`).join("；"),
      };
}

/** A 5.3 answer from a cell's text (是/否, blank → unanswered). */
export function answerFromText(text: string): IncidentAnswer | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (t === ANSWER_YES) return "yes";
  if (t === ANSWER_NO) return "no";
  return { invalid: text };
}
