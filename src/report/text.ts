/**
 * The words the report sheet and the Word report share, so both say the same thing.
 */
import { FIELD_LABELS, ROLE_LABELS, STATUS_WORDS } from "../layout/evaluationSheets";
import type { GroupMember } from "../layout/evaluationSheets";
import { points } from "./build";
import type { ConsensusFacts, ReportModel, ReportNote, Suggestion, SuggestionLine } from "./types";

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Numbers the sections that the model has: "一、基本情况", "二、评估组", … */
export function sectionTitles(model: ReportModel): Record<SectionId, string | undefined> {
  const present: [SectionId, string, boolean][] = [
    ["basics", "基本情况", true],
    ["group", "评估组", model.group !== undefined],
    ["scores", "评分结果", true],
    [
      "eligibility",
      "评价条件（第5章）",
      model.eligibility !== undefined || model.application !== undefined,
    ],
    ["suggestions", "改进意见和建议", true],
    ["absent", "应有未有的项目（7.2，计0分）", true],
    ["na", "不适用的项目（7.2，经评估小组界定，按满分计）", true],
    ["procedure", "评价程序（第6章）", model.procedure !== undefined],
  ];
  const out = {} as Record<SectionId, string | undefined>;
  let n = 0;
  for (const [id, title, shown] of present)
    out[id] = shown ? `${NUMERALS[n++] ?? String(n)}、${title}` : undefined;
  return out;
}

export type SectionId =
  "basics" | "group" | "scores" | "eligibility" | "suggestions" | "absent" | "na" | "procedure";

/** Label/value rows of the basics section. */
export function basicsRows(model: ReportModel): [string, string][] {
  return [
    ["被评单位", model.organization || "（未填写）"],
    ["层级", model.level || "（未填写）"],
    [model.kind === "self" ? "填报人" : "评估人", model.evaluator || "（未填写）"],
    ...model.dates.map((d): [string, string] => [d.label, d.value]),
  ];
}

/** One member's cells: name, field, unit, role, source. */
export function memberCells(m: GroupMember): [string, string, string, string, string] {
  return [
    m.name,
    m.field ? FIELD_LABELS[m.field] : "",
    m.unit ?? "",
    m.role ? ROLE_LABELS[m.role] : "",
    m.source ?? "",
  ];
}

/** "失分4分（得分6/10）" */
export function lossText(s: Suggestion): string {
  return `失分${points(s.pointsLost)}分（得分${points(s.score)}/${points(s.cap)}）`;
}

/** "扣分标准：…（本行扣2分）" */
export function ruleText(l: SuggestionLine): string {
  return `扣分标准：${l.rule}${l.deduction !== undefined && l.deduction > 0 ? `（本行扣${points(l.deduction)}分）` : ""}`;
}

/** "评估意见（张三，A.1.2.1）：…" */
export function noteText(n: ReportNote, kind: ReportModel["kind"]): string {
  const who = [n.evaluator, n.lineId].filter((x) => x && x.trim() !== "").join("，");
  return `${kind === "self" ? "说明" : "评估意见"}${who ? `（${who}）` : ""}：${n.note}`;
}

/** The condition rows: "5.1 满足" / "5.2 不满足：…" */
export function conditionTexts(model: ReportModel): string[] {
  return (model.eligibility?.conditions ?? []).map(
    (c) => `${c.id} ${STATUS_WORDS[c.status]}${c.reason ? `：${c.reason}` : ""}`
  );
}

/** The signature lines at the end. */
export function signatureLines(model: ReportModel): string[] {
  if (model.kind === "self")
    return [
      "单位负责人（签字）：____________________",
      `填报人（签字）：____________________${model.evaluator ? `（${model.evaluator}）` : ""}`,
      "单位（盖章）                    日期：________年____月____日",
    ];
  const leader = model.signatures.leader;
  return [
    `评估组组长（签字）：____________________${leader ? `（${leader}）` : ""}`,
    `评估组成员（签字）：${
      model.signatures.members.length > 0
        ? model.signatures.members.map((m) => `____________（${m}）`).join("  ")
        : "________________________________________"
    }`,
    // Room for members who dissent (issue 12): they sign with their reasons.
    ...(model.consensus
      ? [
          `持不同意见的成员（签字并写明理由）：${
            model.consensus.dissents && model.consensus.dissents.length > 0
              ? `（不同意见${model.consensus.dissents.length}条，见“评分结果”）`
              : ""
          }`,
          "________________________________________________________________",
        ]
      : []),
    "日期：________年____月____日",
  ];
}

/** What the report says when the scores carry errors. */
export function provisionalText(model: ReportModel): string | undefined {
  return model.scoreErrors > 0
    ? `注意：评分数据有${model.scoreErrors}个错误（见 gridscore score 的输出），以上结果仅供参考，改正后请重新生成报告。`
    : undefined;
}

/** The consensus paragraph and its notes: method and experts, where they differed, rounding. */
export function consensusTexts(c: ConsensusFacts): string[] {
  return [
    `本结果为评估组${c.experts.length}位专家（${c.experts.join("、")}）评分的共识，共识方法：${c.method}。`,
    c.differences.length > 0
      ? `专家意见分歧的项目（${c.differences.length}项，见第“改进意见和建议”部分）：${c.differences.join("；")}。`
      : "各项目专家评分无明显分歧。",
    ...(c.roundingNote ? [c.roundingNote] : []),
    ...(c.agreement ? [c.agreement] : []),
    ...(c.resolutions
      ? c.resolutions.length > 0
        ? [`评估组评议改定的项目（${c.resolutions.length}项，6.6）：`, ...c.resolutions]
        : ["评估组评议未改定任何项目的共识结果。"]
      : []),
    ...(c.dissents && c.dissents.length > 0
      ? [`不同意见（${c.dissents.length}条）：`, ...c.dissents]
      : []),
    ...(c.explanations && c.explanations.length > 0
      ? [
          `总分偏离全组平均总分超过限值、须书面说明的专家（${c.explanations.length}位）：`,
          ...c.explanations,
        ]
      : []),
  ];
}
