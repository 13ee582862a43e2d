/**
 * The whole scoresheet workbook as one layout model: cover, seven table sheets, summary, the evaluation's
 * eligibility, group and procedure sheets, and identity.
 */
import { STANDARD } from "../standard";
import type { Evaluation } from "../engine";
import { applyPlan, emptyEvaluation, planFingerprint } from "../engine";
import type { Plan } from "../engine";
import { buildCoverSheet } from "./coverSheet";
import { buildMetaSheet } from "./metaSheet";
import type { WorkbookIdentity } from "./metaSheet";
import type { WorkbookModel } from "./model";
import { STYLES } from "./styles";
import { buildSummarySheet } from "./summarySheet";
import { buildTableSheet } from "./tableSheet";
import { buildEvaluationSheets } from "./evaluationSheets";
import type { EvaluationSheetsInput } from "./evaluationSheets";

export interface ScoresheetOptions {
  /** Pre-fills inputs and metadata; blank when absent. */
  readonly evaluation?: Evaluation;
  readonly identity: WorkbookIdentity;
  /** Pre-fills the eligibility (section 5), group (4.2) and procedure (section 6) sheets. */
  readonly evaluationSheets?: EvaluationSheetsInput;
  /**
   * The group's plan (4.3, 7.2): its not-applicable items get a locked 不适用 status, and the identity sheet
   * records the plan and its fingerprint so the merge can check every copy carries the same one.
   */
  readonly plan?: Plan;
}

/** Lays out the scoresheet; every writer (ExcelJS, Office.js) renders exactly this. */
export function buildScoresheet(options: ScoresheetOptions): WorkbookModel {
  const plan = options.plan;
  const evaluation = plan
    ? applyPlan(options.evaluation, plan)
    : (options.evaluation ?? emptyEvaluation());
  const fixed = new Set(plan?.notApplicable.map((n) => n.item) ?? []);
  const tables = STANDARD.tables.map((t) => buildTableSheet(t, evaluation, fixed));
  const summary = buildSummarySheet(tables);
  const evaluator = evaluation.meta.evaluator ?? "";
  return {
    sheets: [
      buildCoverSheet(evaluation.meta),
      ...tables.map((t) => t.sheet),
      summary.sheet,
      ...buildEvaluationSheets(options.evaluationSheets),
      buildMetaSheet(
        options.identity,
        evaluator,
        plan
          ? [
              ["plan", planFingerprint(plan)],
              ["planData", JSON.stringify(plan)],
            ]
          : []
      ),
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
