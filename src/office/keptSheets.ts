/**
 * The entries of the evaluation sheets (评价条件, 评估组, 评价程序) as read from the workbook, turned back into
 * the layout's input, so that rebuilding the scoresheet writes them again instead of blank sheets.
 */
import { recordedPlan } from "../engine";
import type { LocatedProblem, Plan } from "../engine";
import type { MetaKey } from "../layout";
import { sheetEntryNotKept, sheetProblemLosesOnRebuild } from "../layout/evaluationSheets";
import type { EvaluationSheetsInput, EvaluationSheetsRead } from "../layout/evaluationSheets";
import { fail, ok } from "./failures";
import type { AdapterResult } from "./types";

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

/**
 * The group's plan (7.2) a plan copy records in its identity sheet (`plan`, `planData`), for a rebuild to write it
 * again with its 不适用 lock, reason notes and 检查 formulas, as `gridscore new --plan` wrote it; undefined for a
 * scoresheet made without a plan. An item the plan fixed as 不适用 whose status or reason was typed over
 * (`plan-overridden`, at its cell) refuses the rebuild (`entries-not-kept`): writing the plan again would set it
 * back over what was typed; put the plan's status and reason back, or ask the group leader to change the plan.
 * A plan record that cannot be read back (`plan-record-corrupt`, at its identity-sheet cell, as the reader names it)
 * refuses it too: writing the copy again without its plan would drop the group's plan without a word.
 */
export function keptPlan(read: {
  readonly identity: Partial<Record<MetaKey, string>>;
  readonly problems: readonly LocatedProblem[];
}): AdapterResult<Plan | undefined> {
  const corrupt = read.problems.filter((p) => p.code === "plan-record-corrupt");
  if (corrupt.length > 0) return fail({ kind: "entries-not-kept", problems: corrupt });
  const plan = recordedPlan(read.identity.plan, read.identity.planData);
  if (!plan) return ok(undefined);
  const overridden = read.problems.filter((p) => p.code === "plan-overridden");
  return overridden.length > 0
    ? fail({ kind: "entries-not-kept", problems: overridden })
    : ok(plan);
}
