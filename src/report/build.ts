/**
 * Builds the report model from a score report and what surrounds it (notes, eligibility, group, procedure).
 * Pure: the sheet and the Word writer render the result.
 */
import { LEVELS, STANDARD, indexStandard, maxGapNote, totalGapNote } from "../standard";
import type { ItemDef } from "../standard";
import {
  Fraction,
  exact,
  formatScore,
  isRateInput,
  pendingVerdictText,
  rateDeduction,
  round2,
  scoreEvaluation,
  sumExact,
} from "../engine";
import type { Evaluation, ItemScore } from "../engine";
import {
  DATE_FIELDS,
  NOT_ELIGIBLE_PREFIX,
  checkEligibility,
  checkGroup,
  formatDateSpanZh,
  groupCheckText,
} from "../layout/evaluationSheets";
import type { EligibilityInput, EligibilityResult } from "../layout/evaluationSheets";
import { evaluatorText } from "./evaluatorText";
import type { EvaluationSheetsRead } from "../layout/evaluationSheets";
import type {
  Application,
  ReportInput,
  ReportModel,
  ReportNote,
  StatusItem,
  Suggestion,
  SuggestionGroup,
  SuggestionLine,
} from "./types";

/** "2、组织机构图有职责划分"; the split A.4.6 items name their parent. */
export function itemTitle(item: ItemDef): string {
  if (item.kind === "deduction" && item.parentTitle)
    return `${item.number.split(".")[0]}、${item.parentTitle}（${item.number}）${item.title}`;
  return `${item.number}、${item.title}`;
}

/** A score as the report prints it: rounded half up to at most 2 decimals, no trailing zeros (README: Numbers). */
export function points(x: number): string {
  return formatScore(x);
}

function lines(def: ItemDef, input: ReportInput, notes: readonly ReportNote[]): SuggestionLine[] {
  switch (def.kind) {
    case "deduction": {
      const all = def.lines.map((l) => ({
        lineId: l.id,
        requirement:
          l.kind === "deduction" && l.group ? `${l.group}${l.requirement}` : l.requirement,
        rule: l.rule,
        ...(input.lineDeductions?.has(l.id) ? { deduction: input.lineDeductions.get(l.id)! } : {}),
      }));
      const deducted = all.filter((l) => (l.deduction ?? 0) > 0);
      if (deducted.length > 0) return deducted;
      // A consensus knows which lines some expert lost points on: only those are findings.
      const lost = input.lostLines?.get(def.id);
      const lostOnly = lost ? all.filter((l) => lost.includes(l.lineId)) : [];
      if (lostOnly.length > 0) return lostOnly;
      const noted = all.filter((l) => notes.some((n) => n.lineId === l.lineId));
      return noted.length > 0 ? noted : all;
    }
    case "tiered":
      return [
        {
          lineId: def.id,
          requirement: [
            ...def.tiers.map((t) => t.text),
            ...(def.belowText ? [def.belowText] : []),
          ].join("；"),
          rule:
            def.measure === "satisfaction"
              ? "按服务对象满意度（%）分档得分"
              : "按服务效率缩短时间率（%）分档得分",
        },
      ];
    case "level":
      return [
        {
          lineId: def.id,
          requirement: def.options
            .filter((o) => o.fromStandard)
            .map((o) => o.text)
            .join("；"),
          rule: "按获得的等级得分",
        },
      ];
  }
}

function suggestion(score: ItemScore, input: ReportInput, flagged: boolean): Suggestion {
  const def = indexStandard().items.get(score.id)!;
  const notes = input.notesByItem.get(score.id) ?? [];
  return {
    itemId: score.id,
    tableId: score.tableId,
    title: itemTitle(def),
    cap: score.cap,
    score: score.score,
    pointsLost: round2(sumExact([score.cap, -score.score])),
    exactLost: exact(score.cap)
      .sub(new Fraction(input.exactScores?.get(score.id) ?? exact(score.score)))
      .toFraction(),
    lines: lines(def, input, notes),
    notes,
    flagged,
  };
}

const byLoss = (a: Suggestion, b: Suggestion): number => b.pointsLost - a.pointsLost;

/**
 * Whether an item lost anything, exactly: a consensus item losing under 0.005 (a mean of 0.01, 0 and 0 loses 1/300)
 * shows its cap as its score, yet lost, and its loss counts in the total.
 */
function lostAny(i: ItemScore, input: ReportInput): boolean {
  const e = input.exactScores?.get(i.id);
  return e === undefined ? i.score < i.cap : new Fraction(e).compare(i.cap) < 0;
}

function statusItems(input: ReportInput, status: "na" | "absent"): StatusItem[] {
  const index = indexStandard();
  const evaluator = input.meta.evaluator?.trim();
  return input.report.items
    .filter((i) => i.status === status)
    .map((i) => ({
      itemId: i.id,
      tableId: i.tableId,
      title: itemTitle(index.items.get(i.id)!),
      cap: i.cap,
      status,
      decidedBy:
        status === "na" ? (input.naDecidedBy?.get(i.id) ?? (evaluator ? [evaluator] : [])) : [],
      notes: input.notesByItem.get(i.id) ?? [],
    }));
}

/** A date as people read it ("2026年6月2日"), or a range of the experts' dates ("2026年6月2日至6月3日"). */
const dateText = (v: string | undefined): string => formatDateSpanZh(v);

function application(input: ReportInput, eligibility: EligibilityResult | undefined): Application {
  const { total, passMark, pass } = input.report;
  const reasons: string[] = [];
  if (!pass) reasons.push(`自我评价总分${points(total)}分，低于合格线${passMark}分`);
  if (!eligibility) reasons.push("未填写评价条件（第5章），不能确认是否满足");
  else if (eligibility.verdict === "not-eligible")
    reasons.push(eligibility.text.slice(NOT_ELIGIBLE_PREFIX.length));
  return reasons.length === 0
    ? {
        verdict: "may-apply",
        text: `自我评价总分${points(total)}分（合格线${passMark}分），且满足第5章评价条件，可以申请评估`,
      }
    : { verdict: "may-not-apply", text: `不宜申请评估：${reasons.join("；")}`, reasons };
}

/** Builds the report: subtotals, verdict, improvement suggestions ordered by points lost, 应有未有 and 不适用. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { meta, report } = input;
  const kind = meta.role === "self" ? "self" : "expert";
  const flaggedIds = new Set(input.flaggedItems ?? []);
  const index = indexStandard();
  const scores = new Map(report.items.map((i) => [i.id, i]));
  const flagged = [...flaggedIds]
    .map((id) => scores.get(id))
    .filter((s): s is ItemScore => s !== undefined)
    .map((s) => suggestion(s, input, true))
    .sort(byLoss);
  const suggestions: SuggestionGroup[] = STANDARD.tables
    .map((t) => ({
      tableId: t.id,
      title: t.title,
      items: report.items
        .filter((i) => i.tableId === t.id && i.status === "normal" && lostAny(i, input))
        .filter((i) => !flaggedIds.has(i.id))
        .map((i) => suggestion(i, input, false))
        .sort(byLoss),
    }))
    .filter((g) => g.items.length > 0);
  const eligibilityInput: EligibilityInput | undefined =
    input.eligibility && kind === "self" && input.eligibility.selfEvaluationScore === undefined
      ? { ...input.eligibility, selfEvaluationScore: report.total }
      : input.eligibility;
  const eligibility = eligibilityInput ? checkEligibility(eligibilityInput) : undefined;
  const members = input.group?.filter((m) => m.name.trim() !== "");
  const warnings = members ? checkGroup(members) : [];
  const leader = members?.find((m) => m.role === "leader")?.name ?? "";
  const errors = report.errors.length;
  const verdictShown = errors > 0 ? pendingVerdictText(errors, "zh-CN") : report.verdict;
  const evaluator = evaluatorText(input);
  return {
    kind,
    title: kind === "self" ? "自我评价报告" : "评估报告",
    basis: `依据 ${STANDARD.id}《${STANDARD.title}》`,
    organization: meta.organization ?? "",
    level: meta.level ? LEVELS[meta.level].zh : "",
    evaluator,
    date: meta.date ?? "",
    dates: [
      { label: kind === "self" ? "自我评价日期" : "评估日期", value: dateText(meta.date) },
      ...(input.eligibility
        ? DATE_FIELDS.map((d) => ({
            label: d.label,
            value: dateText(input.eligibility?.[d.field]),
          }))
        : []),
    ],
    ...(members ? { group: { members, warnings, check: groupCheckText(warnings) } } : {}),
    ...(input.procedure ? { procedure: input.procedure } : {}),
    ...(input.consensus ? { consensus: input.consensus } : {}),
    total: report.total,
    max: report.max,
    declaredMax: report.declaredMax,
    passMark: report.passMark,
    pass: report.pass,
    verdict: report.verdict,
    verdictText: `总分${points(report.total)}分（各项满分合计${report.max}分，标准标注${report.declaredMax}分），合格线${report.passMark}分，评价结果：${verdictShown}`,
    subtotals: report.tables.map((t) => {
      const note = maxGapNote(index.tables.get(t.id)!);
      return {
        tableId: t.id,
        title: t.title,
        score: t.score,
        max: t.max,
        declaredMax: t.declaredMax,
        ...(note ? { note } : {}),
      };
    }),
    ...(totalGapNote() ? { totalNote: totalGapNote()! } : {}),
    flagged,
    suggestions,
    absent: statusItems(input, "absent"),
    notApplicable: statusItems(input, "na"),
    ...(eligibility ? { eligibility } : {}),
    ...(kind === "self" ? { application: application(input, eligibility) } : {}),
    scoreErrors: errors,
    verdictShown,
    signatures: {
      leader,
      members: (members ?? []).filter((m) => m.name !== leader).map((m) => m.name),
    },
  };
}

function lineDeductions(evaluation: Evaluation): Map<string, number> {
  const out = new Map<string, number>();
  const index = indexStandard();
  for (const input of Object.values(evaluation.items)) {
    for (const [lineId, raw] of Object.entries(input.lines ?? {})) {
      const line = index.lines.get(lineId)?.line;
      if (!line) continue;
      const value = isRateInput(raw) ? raw.rate : raw;
      const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
      if (!Number.isFinite(n) || value === "" || value === null) continue;
      out.set(lineId, line.kind === "rate" ? rateDeduction(line, n) : n);
    }
  }
  return out;
}

/** The report input of one evaluation (its own notes and deductions), with what the evaluation sheets hold. */
export function reportInputFromEvaluation(
  evaluation: Evaluation,
  sheets: Omit<EvaluationSheetsRead, "problems"> = {}
): ReportInput {
  const evaluator = evaluation.meta.evaluator ?? "";
  const notesByItem = new Map<string, ReportNote[]>();
  for (const [itemId, input] of Object.entries(evaluation.items)) {
    const notes = Object.entries(input.notes ?? {})
      .filter(([, note]) => note.trim() !== "")
      .map(([key, note]) => ({ evaluator, ...(key !== itemId ? { lineId: key } : {}), note }));
    if (notes.length > 0) notesByItem.set(itemId, notes);
  }
  return {
    meta: evaluation.meta,
    report: scoreEvaluation(evaluation),
    notesByItem,
    lineDeductions: lineDeductions(evaluation),
    ...(sheets.eligibility ? { eligibility: sheets.eligibility } : {}),
    ...(sheets.group ? { group: sheets.group } : {}),
    ...(sheets.procedure ? { procedure: sheets.procedure } : {}),
  };
}
