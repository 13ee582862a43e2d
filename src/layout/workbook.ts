/**
 * The whole scoresheet workbook as one layout model: cover, seven table sheets, summary, the evaluation's
 * eligibility, group and procedure sheets, and identity.
 */
import { STANDARD } from "../standard";
import type { Evaluation } from "../engine";
import { emptyEvaluation } from "../engine";
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
}

/** Lays out the scoresheet; every writer (ExcelJS, Office.js) renders exactly this. */
export function buildScoresheet(options: ScoresheetOptions): WorkbookModel {
  const evaluation = options.evaluation ?? emptyEvaluation();
  const tables = STANDARD.tables.map((t) => buildTableSheet(t, evaluation));
  const summary = buildSummarySheet(tables);
  const evaluator = evaluation.meta.evaluator ?? "";
  return {
    sheets: [
      buildCoverSheet(evaluation.meta),
      ...tables.map((t) => t.sheet),
      summary.sheet,
      ...buildEvaluationSheets(options.evaluationSheets),
      buildMetaSheet(options.identity, evaluator),
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
