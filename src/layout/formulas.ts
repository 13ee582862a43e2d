/**
 * Formula text shared by the sheets. Only functions Excel 2010+, LibreOffice and WPS all know
 * (IF, AND, OR, NOT, ISNUMBER, IFERROR, VALUE, TRIM, SUM, MIN, MAX, ROUND, COUNTIF): no IFS, XLOOKUP, LET.
 */
import type { AwardTier, RateTier } from "../standard";
import { INPUT_DECIMALS, shiftDecimal } from "../engine";
import { STATUS_LABELS } from "./labels";

/**
 * The input model in formula form (README: Inputs). Only a number counts: text (even "2", "２" or "2　") is
 * refused, as the reader refuses it. A number with more decimals than `places` is refused too. Nested IFs,
 * not AND(), so ROUND never sees a text (AND would propagate its #VALUE!).
 */
export function countedValue(cell: string, places: number, inner: string = cell): string {
  return `IF(${isNumber(cell)},IF(ROUND(${cell},${places})=${cell},${inner},0),0)`;
}

/**
 * Whether a cell holds a number, the same in every application: LibreOffice stores TRUE/FALSE as numbers (its
 * ISNUMBER(TRUE) is TRUE, Excel's FALSE), so a boolean is excluded explicitly, as the reader excludes it.
 */
export function isNumber(cell: string): string {
  return `AND(ISNUMBER(${cell}),NOT(ISLOGICAL(${cell})))`;
}

/**
 * Whether a cell counts as empty, as the reader counts it: empty or "" (an error value or a boolean is not empty;
 * LibreOffice would otherwise propagate the error, or compare FALSE with "" as a number).
 */
export function isBlank(cell: string): string {
  // 0, not the literal FALSE: HyperFormula (the simulated host) reads a bare FALSE as an unknown name.
  return `AND(NOT(ISLOGICAL(${cell})),IFERROR(${cell}="",0))`;
}

/** A status cell as text: an error value becomes "#" and a number its digits, so every comparison is safe. */
export function statusText(cell: string): string {
  return `IFERROR(${cell}&"","#")`;
}

/**
 * Whether a note counts as missing, as the engine counts it (JavaScript's trim): only spaces, tabs, line breaks,
 * no-break spaces (U+00A0) and ideographic spaces (U+3000). Excel's TRIM removes only the ASCII space.
 */
export function noteBlank(text: string): string {
  const chars = [`" "`, "CHAR(9)", "CHAR(10)", "CHAR(13)", `"\u00a0"`, `"\u3000"`];
  return `${chars.reduce((acc, c) => `SUBSTITUTE(${acc},${c},"")`, text)}=""`;
}

/** Decimal places a rate cell's fraction may have: hundredths of a percent. */
export const FRACTION_DECIMALS = INPUT_DECIMALS + 2;

/** A percent threshold as the fraction a %-formatted cell stores (90 → "0.9"), exact (README: Numbers). */
export function fractionLiteral(percent: number): string {
  return String(shiftDecimal(percent, -2));
}

/** Nested IFs over tiers ordered from the highest min (以上 includes the number). */
export function tierChain(
  x: string,
  tiers: readonly { min: string; result: number }[],
  below: number
): string {
  return tiers.reduceRight((acc, t) => `IF(${x}>=${t.min},${t.result},${acc})`, String(below));
}

/**
 * The deduction a rate cell counts for. The cell is %-formatted and holds a fraction (typing 45% stores
 * 0.45), so the tiers compare with fractions; blank, text or too many decimals → 0.
 */
export function rateDeductionFormula(
  cell: string,
  tiers: readonly RateTier[],
  belowAll: number
): string {
  const chain = tierChain(
    cell,
    tiers.map((t) => ({ min: fractionLiteral(t.min), result: t.deduction })),
    belowAll
  );
  return countedValue(cell, FRACTION_DECIMALS, chain);
}

/** The deduction a plain deduction cell counts for (blank, text or more than 2 decimals → 0). */
export function deductionFormula(cell: string): string {
  return countedValue(cell, INPUT_DECIMALS);
}

/** 7.2 around an inner score: 不适用 → cap, 应有未有 → 0. */
export function withStatus(status: string, cap: string, inner: string): string {
  // ROUND(…, 2) loses nothing (every input has at most 2 decimals) and keeps binary noise out of cached values.
  // Any other status (blank, invalid, an error value) scores normally, as in the engine.
  const t = statusText(status);
  return `ROUND(IF(${t}="${STATUS_LABELS.na}",${cap},IF(${t}="${STATUS_LABELS.absent}",0,${inner})),${INPUT_DECIMALS})`;
}

/** 7.3: cap − deductions, never below 0 nor above the cap. */
export function deductionItemFormula(status: string, cap: string, counted: string): string {
  return withStatus(status, cap, `MIN(${cap},MAX(0,${cap}-SUM(${counted})))`);
}

/** A.7.1 / A.7.2: points by tier over the %-formatted cell's fraction; blank, text or too many decimals → 0. */
export function tieredItemFormula(
  status: string,
  cap: string,
  cell: string,
  tiers: readonly AwardTier[]
): string {
  const chain = tierChain(
    cell,
    tiers.map((t) => ({ min: fractionLiteral(t.min), result: t.points })),
    0
  );
  return withStatus(status, cap, countedValue(cell, FRACTION_DECIMALS, chain));
}

/** A.7.3 / A.7.4: points by the chosen label, anything else → 0. */
export function levelItemFormula(
  status: string,
  cap: string,
  cell: string,
  options: readonly { label: string; points: number }[]
): string {
  const chain = options.reduceRight((acc, o) => `IF(${cell}="${o.label}",${o.points},${acc})`, "0");
  return withStatus(status, cap, `IF(ISERROR(${cell}),0,${chain})`);
}

/** A text literal for a formula ("" doubled). */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The 检查 text for text in a number cell: it counts 0 in the workbook and in the reader. */
export const TEXT_NOT_NUMBER = "错误：是文本不是数字，按0计，请直接输入数字；";

/** The 检查 text for an error value (#N/A, #DIV/0!) in a number cell: it counts 0 in the workbook and in the reader. */
export const ERROR_NOT_NUMBER = "错误：是错误值不是数字，按0计，请直接输入数字；";

/** The 检查 text for TRUE/FALSE in a number cell: it counts 0 in the workbook and in the reader. */
export const BOOLEAN_NOT_NUMBER = "错误：是布尔值（TRUE/FALSE）不是数字，按0计，请直接输入数字；";

/**
 * The 检查 formula of a number input: an error value → {@link ERROR_NOT_NUMBER}, a boolean →
 * {@link BOOLEAN_NOT_NUMBER}, blank → "", text → {@link TEXT_NOT_NUMBER}, too many decimals, out of range
 * (`outOfRange` is a condition on the cell), then `ok` (a formula giving the hint text, or ""). An error value or a
 * boolean is not a number (README: Inputs), in Excel and LibreOffice alike, and each is named as what it is, as
 * the reader names it.
 */
export function numberCheck(
  cell: string,
  places: number,
  outOfRange: string,
  rangeMessage: string,
  ok: string
): string {
  const decimals =
    places === INPUT_DECIMALS ? "错误：最多两位小数；" : "错误：百分数最多两位小数（如 92.25%）；";
  return `IF(ISERROR(${cell}),"${ERROR_NOT_NUMBER}",IF(ISLOGICAL(${cell}),"${BOOLEAN_NOT_NUMBER}",IF(${isBlank(cell)},"",IF(NOT(${isNumber(cell)}),"${TEXT_NOT_NUMBER}",IF(ROUND(${cell},${places})<>${cell},"${decimals}",IF(${outOfRange},"${rangeMessage}",${ok}))))))`;
}
