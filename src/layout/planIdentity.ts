/**
 * The identity of a remediation plan workbook (整改台账): its hidden identity sheet and the format it records
 * there. Kept in the layout, beside the scoresheet's own identity (metaSheet.ts), so that any reader can tell a
 * plan from a scoresheet; the plan itself is laid out and read in src/report (planSheet.ts, planRead.ts).
 */
import type { GridSource, GridValue } from "./grid";
import { gridDateText } from "./dates";

/** The plan workbook's hidden identity sheet: key in column A, value in column B; row 1 holds the format. */
export const PLAN_META_SHEET = "_gridscore_remediation";
/** The format a plan workbook records in its identity sheet's first row. */
export const REMEDIATION_FORMAT = "gridscore-remediation/1";

/** A plan workbook's cell as text: blank as "", a date as the day it shows, anything else trimmed. */
export function asText(v: GridValue): string {
  if (v === undefined || v === null) return "";
  if (v instanceof Date) return gridDateText(v);
  return String(v).trim();
}

/** Whether a grid is a plan workbook written by gridscore (its hidden identity sheet says so). */
export function isPlanGrid(grid: GridSource): boolean {
  if (!grid.sheetNames().includes(PLAN_META_SHEET)) return false;
  return asText(grid.cell(PLAN_META_SHEET, 0, 1)) === REMEDIATION_FORMAT;
}
