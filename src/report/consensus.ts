/**
 * The report input of a consensus (gridscore merge): the group's agreed scores, every expert's notes, the
 * items to discuss first, and who marked each 不适用.
 */
import type { EvaluationMeta, ItemStatus, ScoreReport } from "../engine";
import type { MergeResult } from "../merge";
import type { EvaluationSheetsRead } from "../layout/evaluationSheets";
import { METHOD_ZH } from "../merge/consensusRecord";
import { planNotApplicableReason } from "../merge/deliberation";
import { roundingNote } from "../merge/rounding";
import { formatScore, formatSignedPercent, planReasonNote } from "../engine";
import { agreementText } from "../merge/consensusSummary";
import type { ConsensusFacts, ReportInput, ReportNote } from "./types";

/** How the consensus was reached: the method, the experts, where they differed and the rounding note. */
export function consensusFacts(result: MergeResult): ConsensusFacts {
  const { method, applied } = result.record;
  const note = roundingNote(result);
  return {
    method:
      applied === method
        ? METHOD_ZH[method]
        : `${METHOD_ZH[applied]}（所选${METHOD_ZH[method]}需至少5位专家）`,
    experts: result.experts.map((e) => e.evaluator),
    differences: result.items
      .filter((i) => i.flagged)
      .map(
        (i) =>
          `${i.id}：共识${formatScore(i.consensus)}分，最低${formatScore(i.min)}分（${i.lowest.join("、")}），最高${formatScore(i.max)}分（${i.highest.join("、")}）${i.statusConflict ? (i.resolution ? "，状态判断不一致（已评议）" : "，状态判断不一致") : ""}`
      ),
    ...(note ? { roundingNote: note } : {}),
    ...deliberationFacts(result),
  };
}

/** The group's agreement, its resolutions, dissents and the experts who explain in writing (issue 12). */
function deliberationFacts(
  result: MergeResult
): Pick<ConsensusFacts, "agreement" | "resolutions" | "dissents" | "explanations"> {
  return {
    agreement: agreementText(result),
    resolutions: result.items.flatMap((i) =>
      i.resolution
        ? [
            `${i.id}：共识方法结果${formatScore(i.resolution.methodResult)}分 → 评议后得分${formatScore(i.resolution.agreed)}分（评议理由：${i.resolution.reason.trim() || "未填写"}）`,
          ]
        : i.unappliedReason
          ? [
              `${i.id}：未填写评议后得分，按共识方法结果${formatScore(i.consensus)}分计（评议理由：${i.unappliedReason.trim()}）`,
            ]
          : []
    ),
    dissents: result.items.flatMap((i) => (i.dissent ? [`${i.id}：${i.dissent}`] : [])),
    explanations: result.experts
      .filter((e) => e.needsExplanation)
      .map(
        (e) =>
          `${e.evaluator}（总分${formatScore(e.total)}分，偏离均值${formatSignedPercent(e.deviationPct)}，超过±${formatScore(result.deviationLimit)}%）：${e.explanation ? `书面说明：${e.explanation}` : "未提交书面说明"}`
      ),
  };
}

/** One status for the group: the experts' common one, else normal (the consensus number decides). */
function groupStatus(statuses: readonly ItemStatus[]): ItemStatus {
  const first = statuses[0];
  return first !== undefined && statuses.every((s) => s === first) ? first : "normal";
}

/** Builds the report input of a merge result; meta names the unit and the group's leader as evaluator. */
export function reportInputFromConsensus(
  result: MergeResult,
  meta: EvaluationMeta,
  sheets: Omit<EvaluationSheetsRead, "problems"> = {}
): ReportInput {
  const report: ScoreReport = {
    tables: result.tables,
    items: result.items.map((i) => ({
      id: i.id,
      tableId: i.tableId,
      status: groupStatus(i.statuses),
      deduction: 0,
      score: i.consensus,
      cap: i.cap,
    })),
    total: result.total,
    max: result.max,
    declaredMax: result.declaredMax,
    passMark: result.passMark,
    pass: result.pass,
    verdict: result.verdict,
    errors: [],
    warnings: result.warnings,
  };
  const experts = result.experts.map((e) => e.evaluator);
  const notesByItem = new Map<string, ReportNote[]>();
  const naDecidedBy = new Map<string, string[]>();
  const lostLines = new Map<string, readonly string[]>();
  for (const i of result.items) {
    if (i.lostLines) lostLines.set(i.id, i.lostLines);
    // An item the group's plan fixed as 不适用 carries the plan's reason in every copy: cited once, as the group's.
    const planReason = planNotApplicableReason(i.id, i.statuses, i.notes);
    const planNote = planReason === undefined ? undefined : planReasonNote(planReason);
    const notes: ReportNote[] = [
      ...(planNote !== undefined ? [{ evaluator: "评估方案", note: planNote }] : []),
      ...i.notes
        .filter((n) => !(n.id === i.id && n.note === planNote))
        .map((n) => ({
          evaluator: n.evaluator,
          ...(n.id !== i.id ? { lineId: n.id } : {}),
          note: n.note,
        })),
    ];
    if (notes.length > 0) notesByItem.set(i.id, notes);
    const na = experts.filter((_, k) => i.statuses[k] === "na");
    if (na.length > 0) naDecidedBy.set(i.id, na);
  }
  return {
    meta: { ...meta, role: "expert" },
    report,
    notesByItem,
    ...(lostLines.size > 0 ? { lostLines } : {}),
    exactScores: new Map(result.items.map((i) => [i.id, i.exactConsensus])),
    flaggedItems: result.items.filter((i) => i.flagged).map((i) => i.id),
    naDecidedBy,
    ...(sheets.eligibility ? { eligibility: sheets.eligibility } : {}),
    // The group: its 评估组 sheet when filled, else the experts who scored (an older consensus workbook).
    group: sheets.group?.some((m) => m.name.trim() !== "")
      ? sheets.group
      : result.experts.map((e) => ({ name: e.evaluator })),
    ...(sheets.procedure ? { procedure: sheets.procedure } : {}),
    consensus: consensusFacts(result),
  };
}
