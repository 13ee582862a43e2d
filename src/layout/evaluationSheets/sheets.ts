/**
 * The three evaluation sheets together, in the order a workbook shows them after the summary.
 */
import type { SheetModel } from "../model";
import type { EligibilityInput } from "./eligibility";
import { buildEligibilitySheet } from "./eligibilitySheet";
import type { GroupMember } from "./group";
import { buildGroupSheet } from "./groupSheet";
import { buildProcedureSheet } from "./procedure";
import type { ProcedureRecord } from "./procedure";

export interface EvaluationSheetsInput {
  readonly eligibility?: EligibilityInput;
  readonly group?: readonly GroupMember[];
  readonly procedure?: ProcedureRecord;
}

/** 评价条件, 评估组, 评价程序: one call for `gridscore new`, the add-in and the consensus workbook. */
export function buildEvaluationSheets(input: EvaluationSheetsInput = {}): SheetModel[] {
  return [
    buildEligibilitySheet(input.eligibility),
    buildGroupSheet(input.group),
    buildProcedureSheet(input.procedure),
  ];
}
