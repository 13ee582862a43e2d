/**
 * The entries of the evaluation sheets (评价条件, 评估组, 评价程序) as read from the workbook, turned back into
 * the layout's input, so that rebuilding the scoresheet writes them again instead of blank sheets.
 */
import type { EvaluationSheetsInput, EvaluationSheetsRead } from "../layout/evaluationSheets";

/** What was read, as the input that lays the same entries out again (nothing for a sheet that is not there). */
export function keptSheets(read: EvaluationSheetsRead): EvaluationSheetsInput {
  const procedure = read.procedure
    ? Object.fromEntries(
        read.procedure.map((step) => [
          step.id,
          {
            ...(step.date !== undefined ? { date: step.date } : {}),
            ...(step.people !== undefined ? { people: step.people } : {}),
            ...(step.notes !== undefined ? { notes: step.notes } : {}),
          },
        ])
      )
    : undefined;
  return {
    ...(read.eligibility ? { eligibility: read.eligibility } : {}),
    ...(read.group ? { group: read.group } : {}),
    ...(procedure ? { procedure } : {}),
  };
}
