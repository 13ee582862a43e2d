/**
 * The entries of the evaluation sheets (评价条件, 评估组, 评价程序) as read from the workbook, turned back into
 * the layout's input, so that rebuilding the scoresheet writes them again instead of blank sheets.
 */
import type { LocatedProblem } from "../engine";
import { sheetEntryNotKept, sheetProblemLosesOnRebuild } from "../layout/evaluationSheets";
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

/**
 * What a rebuild cannot write again as typed (a 领域 or 组内角色 off the list, a row with a unit but no name, a
 * copied row), as `sheet-entry-not-kept` errors at their sheet and cell: the pane then writes nothing, as
 * `gridscore migrate` and `export` refuse them (a date that is no date is written again as typed, so kept).
 */
export function entriesNotKept(read: EvaluationSheetsRead): LocatedProblem[] {
  return read.problems.filter(sheetProblemLosesOnRebuild).map((p) => sheetEntryNotKept(p));
}
