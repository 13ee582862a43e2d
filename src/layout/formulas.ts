/**
 * Formula text shared by the sheets. Only functions Excel 2010+, LibreOffice and WPS all know
 * (IF, AND, OR, NOT, ISNUMBER, IFERROR, VALUE, TRIM, SUM, MIN, MAX, ROUND, COUNTIF): no IFS, XLOOKUP, LET.
 */
import type { AwardTier, RateTier } from "../standard";
import { STATUS_LABELS } from "./labels";

/** A cell's numeric value with numbers typed as text accepted, as the reader accepts them. */
export function numeric(cell: string): string {
  return `IF(ISNUMBER(${cell}),${cell},VALUE(${cell}))`;
}

/** Nested IFs over tiers ordered from the highest min (以上 includes the number). */
export function tierChain(
  x: string,
  tiers: readonly { min: number; result: number }[],
  below: number
): string {
  return tiers.reduceRight((acc, t) => `IF(${x}>=${t.min},${t.result},${acc})`, String(below));
}

/** The deduction a rate cell counts for (blank → 0, not a number → 0). */
export function rateDeductionFormula(
  cell: string,
  tiers: readonly RateTier[],
  belowAll: number
): string {
  const chain = tierChain(
    `${numeric(cell)}`,
    tiers.map((t) => ({ min: t.min, result: t.deduction })),
    belowAll
  );
  return `IF(${cell}="",0,IFERROR(${chain},0))`;
}

/** The deduction a plain deduction cell counts for (blank or not a number → 0). */
export function deductionFormula(cell: string): string {
  return `IF(${cell}="",0,IFERROR(${numeric(cell)},0))`;
}

/** 7.2 around an inner score: 不适用 → cap, 应有未有 → 0. */
export function withStatus(status: string, cap: string, inner: string): string {
  return `ROUND(IF(${status}="${STATUS_LABELS.na}",${cap},IF(${status}="${STATUS_LABELS.absent}",0,${inner})),6)`;
}

/** 7.3: cap − deductions, never below 0 nor above the cap. */
export function deductionItemFormula(status: string, cap: string, counted: string): string {
  return withStatus(status, cap, `MIN(${cap},MAX(0,${cap}-SUM(${counted})))`);
}

/** A.7.1 / A.7.2: points by tier, blank or not a number → 0. */
export function tieredItemFormula(
  status: string,
  cap: string,
  cell: string,
  tiers: readonly AwardTier[]
): string {
  const chain = tierChain(
    numeric(cell),
    tiers.map((t) => ({ min: t.min, result: t.points })),
    0
  );
  return withStatus(status, cap, `IF(${cell}="",0,IFERROR(${chain},0))`);
}

/** A.7.3 / A.7.4: points by the chosen label, anything else → 0. */
export function levelItemFormula(
  status: string,
  cap: string,
  cell: string,
  options: readonly { label: string; points: number }[]
): string {
  const chain = options.reduceRight((acc, o) => `IF(${cell}="${o.label}",${o.points},${acc})`, "0");
  return withStatus(status, cap, chain);
}

/** A text literal for a formula ("" doubled). */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
