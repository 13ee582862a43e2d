/**
 * Whether a plan workbook picked in the pane's 对比 section belongs to the earlier evaluation, as `gridscore compare
 * --plan-status` and `new --from --plan-status` check it (src/cli/planFile.ts): another unit's plan is refused
 * (`remediation-other-unit`, an error), another evaluation's of the same unit or one that records nothing is used
 * with a warning (`remediation-other-evaluation`). Kept out of compareFiles.ts so the panel needs no ExcelJS for it.
 */
import type { LocatedProblem } from "../../engine";
import { planSourceProblems } from "../../report/planIdentity";
import type { PlanSourceFacts } from "../../report/planIdentity";
import type { ReportInput } from "../../report/types";

/**
 * The plan's source problems against the earlier evaluation (its unit, level code, date and total, as the CLI
 * passes them), each located at the plan's file.
 *
 * @param file the plan's file name, @param facts what its identity sheet records, @param before the earlier evaluation
 */
export function planSourceCheck(
  file: string,
  facts: PlanSourceFacts,
  before: { readonly meta: ReportInput["meta"]; readonly report: { readonly total: number } }
): LocatedProblem[] {
  const { organization, level, date } = before.meta;
  return planSourceProblems(facts, {
    ...(organization ? { organization } : {}),
    ...(level ? { level } : {}),
    ...(date ? { date } : {}),
    total: before.report.total,
  }).map((p) => ({ ...p, where: { file } }));
}
