/**
 * What the three evaluation sheets share: the hidden id column the reader finds rows by, the ids themselves,
 * and formula helpers.
 */
import type { StyleId } from "../model";

/** Every evaluation sheet carries its row ids in this hidden column (as the table sheets use COL.id). */
export const EVAL_ID_COL = 6;

/**
 * The style of date inputs. The shared style table has no date style yet, so dates use the input style:
 * a date typed in Excel, WPS or LibreOffice gets a date format as it is typed; pre-filled dates are written
 * as ISO text, which the formulas read with DATEVALUE.
 */
export const DATE_STYLE: StyleId = "input";

export const SHEET_IDS = {
  eligibility: "eligibility.",
  group: "group.",
  procedure: "procedure.",
} as const;

/** Nested IFs: the value of the first step whose condition holds, else the last value. */
export function chain(steps: readonly (readonly [string, string])[], otherwise: string): string {
  return steps.reduceRight((acc, [when, value]) => `IF(${when},${value},${acc})`, otherwise);
}

/** A formula joining "X；Y；" parts built in `helper`, without the trailing separator. */
export function dropLast(helper: string): string {
  return `LEFT(${helper},LEN(${helper})-1)`;
}
