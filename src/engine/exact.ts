/**
 * The number model: every score is exact, every shown number has at most 2 decimals.
 *
 * - **Inputs** (deductions, rates, A.7 percentages) are decimals with at most {@link INPUT_DECIMALS} places
 *   (0.5 and 0.25 steps fit). A number with more places is refused as an error and counts 0, as the
 *   workbook's formulas count it.
 * - **One evaluation** is therefore computed in whole hundredths of a point (integers), so
 *   `cap − deductions`, subtotals and the total are exact.
 * - **A consensus** (mean, median, trimmed mean) makes thirds, sevenths and halves of hundredths: it is
 *   computed as exact rationals (fraction.js), and 8.3's verdict (总分大于或等于300分为合格) is decided on the
 *   exact total.
 * - **Display** rounds half up (四舍五入) to at most 2 decimals, only where a number is shown or written as
 *   JSON ({@link round2}, {@link formatScore}). Rounded parts may not add up to the rounded total.
 * - **A total is never shown at or above the pass mark unless it is** ({@link shownTotal}, {@link formatTotal}):
 *   where half up would carry an exact total below the pass mark up to it (89999/300 → 300.00), it is shown
 *   rounded down (299.99), so no shown total contradicts 8.3's verdict.
 */
import Fraction from "fraction.js";

/** Decimal places an input may have: hundredths of a point or of a percent. */
export const INPUT_DECIMALS = 2;
/** Places shown in every printed, written or JSON number. */
export const DISPLAY_DECIMALS = 2;

export { Fraction };

/**
 * The exact decimal a JS number stands for, as typed: the shortest round-trip representation (ECMA-262
 * Number::toString), split into an integer mantissa and a power of ten. `0.1` → { digits: 1n, scale: 1 }.
 * Returns undefined for NaN and ±Infinity.
 */
export function decimalOf(
  x: number
): { readonly digits: bigint; readonly scale: number } | undefined {
  if (!Number.isFinite(x)) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) return undefined;
  const fraction = m[3] ?? "";
  let scale = fraction.length - Number(m[4] ?? 0);
  let digits = BigInt(`${m[1]}${m[2]}${fraction}`);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  return { digits, scale };
}

/** How many decimal places a number has as typed (0.25 → 2, 3 → 0); Infinity for a non-finite number. */
export function decimalPlaces(x: number): number {
  return decimalOf(x)?.scale ?? Infinity;
}

/**
 * A number with at most `places` decimals as an integer count of 10^−places (2.5, 2 → 250), exactly;
 * undefined when it has more places or is not finite.
 */
export function toUnits(x: number, places: number = INPUT_DECIMALS): number | undefined {
  const d = decimalOf(x);
  if (!d || d.scale > places) return undefined;
  return Number(d.digits * 10n ** BigInt(places - d.scale));
}

/** Moves the decimal point exactly: shiftDecimal(0.925, 2) → 92.5, shiftDecimal(92.5, -2) → 0.925. */
export function shiftDecimal(x: number, places: number): number {
  const d = decimalOf(x);
  if (!d) return x;
  const scale = d.scale - places;
  const negative = d.digits < 0n;
  const abs = (negative ? -d.digits : d.digits).toString();
  if (scale <= 0) return Number(`${negative ? "-" : ""}${abs}${"0".repeat(-scale)}`);
  const padded = abs.padStart(scale + 1, "0");
  return Number(
    `${negative ? "-" : ""}${padded.slice(0, padded.length - scale)}.${padded.slice(-scale)}`
  );
}

/** The exact rational a JS number stands for as typed (0.1 → 1/10, not the binary double). */
export function exact(x: number): Fraction {
  const d = decimalOf(x);
  if (!d) throw new RangeError(`not a finite number: ${x}`);
  return new Fraction(d.digits, 10n ** BigInt(d.scale));
}

/** Rounds half up (四舍五入, for the non-negative scores of Appendix A) to 2 decimals, as a number for JSON. */
export function round2(x: number | Fraction): number {
  const f = typeof x === "number" ? exact(x) : x;
  return shiftDecimal(Number(f.mul(100).round(0).toString()), -DISPLAY_DECIMALS);
}

/**
 * A score as shown to people: rounded half up to at most 2 decimals, trailing zeros dropped
 * (300 → "300", 13/3 → "4.33", 4.5 → "4.5"). `fixed` keeps both decimals ("4.50").
 */
export function formatScore(x: number | Fraction, opts: { fixed?: boolean } = {}): string {
  const r = round2(x);
  const s = r.toFixed(DISPLAY_DECIMALS);
  return opts.fixed ? s : s.replace(/\.?0+$/, "");
}

/**
 * A total as shown (README: Numbers): rounded half up to 2 decimals, except that a total below the pass mark is
 * never shown as the pass mark or above: where half up would carry it there (299.995 → 300), it is rounded down
 * instead (299.99). So the shown figure is ≥ the pass mark exactly when the exact total is, and 8.3's verdict
 * never stands beside a figure that contradicts it. Totals at or above the pass mark keep half up (they cannot
 * round below it). Used for every shown total: a unit's, a consensus's, and a roll-up's min, max, median and mean
 * of totals.
 */
export function shownTotal(x: number | Fraction, passMark: number): number {
  const f = typeof x === "number" ? exact(x) : x;
  const r = round2(f);
  if (f.compare(passMark) >= 0 || exact(r).compare(passMark) < 0) return r;
  return shiftDecimal(Number(f.mul(100).floor(0).toString()), -DISPLAY_DECIMALS);
}

/**
 * {@link shownTotal} as text, formatted as {@link formatScore} formats (89999/300 → "299.99", 300 → "300";
 * `fixed` keeps both decimals).
 */
export function formatTotal(
  x: number | Fraction,
  passMark: number,
  opts: { fixed?: boolean } = {}
): string {
  return formatScore(shownTotal(x, passMark), opts);
}

/**
 * The spreadsheet number format of a cell that shows a total (README: Numbers): `0.00`, except that a value from
 * passMark − 0.01 up to just below the pass mark shows as passMark − 0.01 ("299.99"), as {@link shownTotal}
 * shows it, while the cell keeps its exact value for formulas. "Below the pass mark" is the verdict formula's
 * `ROUND(total, 9) < passMark`, so binary noise in a computed exact 300 (299.99999999999994) still shows 300.00:
 * `[>=299.9999999995]0.00;[>=299.99]"299.99";0.00`.
 */
export function totalNumberFormat(passMark: number): string {
  const places = 10;
  const pass = shiftDecimal(toUnits(passMark, places)! - 5, -places);
  const below = shiftDecimal(toUnits(passMark)! - 1, -DISPLAY_DECIMALS);
  return `[>=${pass}]0.00;[>=${below}]"${below.toFixed(DISPLAY_DECIMALS)}";0.00`;
}

/** Whether a displayed (rounded) figure differs from the exact one, so a reader can say so. */
export function isRounded(x: Fraction): boolean {
  return !exact(round2(x)).equals(x);
}

/**
 * A signed percentage as shown to people: "+30.17%", "-0.33%", "0%", rounded half up on its magnitude to at most
 * 2 decimals; the sign is that of the rounded figure, so a deviation that rounds to 0 never shows as "-0%".
 */
export function formatSignedPercent(pct: number | Fraction): string {
  const magnitude = formatScore(typeof pct === "number" ? Math.abs(pct) : pct.abs());
  const negative = typeof pct === "number" ? pct < 0 : pct.compare(0) < 0;
  const sign = magnitude === "0" ? "" : negative ? "-" : "+";
  return `${sign}${magnitude}%`;
}
