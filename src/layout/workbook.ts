/**
 * The whole scoresheet workbook as one layout model: cover, seven table sheets, summary, the evaluation's
 * eligibility, group and procedure sheets, and identity.
 */
import { STANDARD } from "../standard";
import type { Evaluation } from "../engine";
import { applyPlan, emptyEvaluation, planFingerprint, planReasonNote } from "../engine";
import type { Plan, PlanMember } from "../engine";
import { buildCoverSheet } from "./coverSheet";
import { META_SHEET, buildMetaSheet, metaEntries } from "./metaSheet";
import type { MetaKey, WorkbookIdentity } from "./metaSheet";
import { a1, sheetRef } from "./a1";
import type { WorkbookModel } from "./model";
import { STYLES } from "./styles";
import { buildSummarySheet } from "./summarySheet";
import { buildTableSheet } from "./tableSheet";
import { buildEvaluationSheets } from "./evaluationSheets";
import type { EvaluationSheetsInput, GroupMember } from "./evaluationSheets";
import { FIELD_LABELS, ROLE_LABELS, fieldFromText, roleFromText } from "./evaluationSheets";

export interface ScoresheetOptions {
  /** Pre-fills inputs and metadata; blank when absent. */
  readonly evaluation?: Evaluation;
  readonly identity: WorkbookIdentity;
  /** Pre-fills the eligibility (section 5), group (4.2) and procedure (section 6) sheets. */
  readonly evaluationSheets?: EvaluationSheetsInput;
  /**
   * The group's plan (4.3, 7.2): its not-applicable items get a locked 不适用 status, and the identity sheet
   * records the plan and its fingerprint so the merge can check every copy carries the same one. Its members
   * pre-fill the 评估组 sheet (in the plan's order) and its first date the cover's 日期, as ordinary inputs the
   * group can still correct; a group or date the evaluation gives explicitly is kept.
   */
  readonly plan?: Plan;
}

/** Lays out the scoresheet; every writer (ExcelJS, Office.js) renders exactly this. */
export function buildScoresheet(options: ScoresheetOptions): WorkbookModel {
  const plan = options.plan;
  const evaluation = plan
    ? withPlanDate(applyPlan(options.evaluation, plan), plan)
    : (options.evaluation ?? emptyEvaluation());
  const sheets: EvaluationSheetsInput = {
    ...options.evaluationSheets,
    // A plan without members gives an empty group: the sheet's blank rows, as without a plan.
    ...(plan && !options.evaluationSheets?.group ? { group: planGroup(plan.members) } : {}),
  };
  const fixed = new Set(plan?.notApplicable.map((n) => n.item));
  const evaluator = evaluation.meta.evaluator ?? "";
  // 7.2: each plan item's reason note sits in the identity sheet, after plan and planData, for its 检查 formula.
  const planRows: [MetaKey, string][] = plan
    ? [
        ["plan", planFingerprint(plan)],
        ["planData", JSON.stringify(plan)],
        ...plan.notApplicable.map((n): [MetaKey, string] => [
          `planNote:${n.item}`,
          planReasonNote(n.reason),
        ]),
      ]
    : [];
  const firstPlanRow = metaEntries(options.identity, evaluator).length;
  const planNotes = new Map(
    plan?.notApplicable.map((n, i) => [
      n.item,
      `${sheetRef(META_SHEET)}!${a1(firstPlanRow + 2 + i, 1, true)}`,
    ])
  );
  const tables = STANDARD.tables.map((t) => buildTableSheet(t, evaluation, fixed, planNotes));
  const summary = buildSummarySheet(tables, evaluation.meta);
  return {
    sheets: [
      buildCoverSheet(evaluation.meta),
      ...tables.map((t) => t.sheet),
      summary.sheet,
      ...buildEvaluationSheets(sheets),
      buildMetaSheet(options.identity, evaluator, planRows),
    ],
    names: summary.names,
    styles: STYLES,
    properties: {
      title: `标准体系评价确认评分表${evaluation.meta.organization ? ` - ${evaluation.meta.organization}` : ""}`,
      subject: `${STANDARD.id} ${STANDARD.title} 附录A`,
      creator: evaluator || "gridscore",
      keywords: "gridscore 网格化治理 体系评价",
    },
  };
}

/** The evaluation with the plan's date (its start, else its end) on the cover where it has none. */
function withPlanDate(evaluation: Evaluation, plan: Plan): Evaluation {
  const date = plan.dates?.start ?? plan.dates?.end;
  if (evaluation.meta.date !== undefined || date === undefined) return evaluation;
  return { ...evaluation, meta: { ...evaluation.meta, date } };
}

/** A label or a code ("标准化" or "standardization"). */
function codeOf<T extends string>(
  labels: Readonly<Record<T, string>>,
  fromText: (t: string) => T | undefined,
  value: string
): T | undefined {
  return fromText(value) ?? (Object.hasOwn(labels, value.trim()) ? (value.trim() as T) : undefined);
}

/**
 * The plan's members as 评估组 rows, in the plan's order. A field or role the sheet's lists do not offer is
 * kept, as written, in the row's 专家来源/备注 cell rather than dropped.
 */
export function planGroup(members: readonly PlanMember[]): GroupMember[] {
  return members.map((m) => {
    const field = m.field ? codeOf(FIELD_LABELS, fieldFromText, m.field) : undefined;
    const role = m.role ? codeOf(ROLE_LABELS, roleFromText, m.role) : undefined;
    const notes = [
      ...(m.field && !field ? [`领域：${m.field.trim()}`] : []),
      ...(m.role && !role ? [`角色：${m.role.trim()}`] : []),
    ];
    return {
      name: m.name.trim(),
      ...(field ? { field } : {}),
      ...(m.unit?.trim() ? { unit: m.unit.trim() } : {}),
      ...(role ? { role } : {}),
      ...(notes.length ? { source: notes.join("；") } : {}),
    };
  });
}
