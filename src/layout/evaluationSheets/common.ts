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

/**
 * The white space the readers trim (JavaScript's `trim()` and `\s`, as the one date reader `readDateText` and the
 * answer and score readers use them): tab, line feed, vertical tab, form feed and carriage return as CHAR codes;
 * NBSP (U+00A0), U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, the ideographic space U+3000 and U+FEFF
 * as string literals (UNICHAR would need Excel's `_xlfn.` prefix, and LibreOffice reads it unprefixed as #NAME?).
 * CHAR(1) too: LibreOffice 7.4 holds a text with a line break as edit text, where a tab is a field its formulas see
 * as U+0001 (measured: CODE gives 1), so a tab beside a line break would be no space to it. A cell cannot hold a
 * real U+0001 (XML 1.0 forbids it; only an `_x0001_` escape could), so nothing else reads differently.
 */
const READER_SPACES: readonly string[] = [
  ...[1, 9, 10, 11, 12, 13].map((code) => `CHAR(${code})`),
  ...[
    0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
    0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
  ].map((code) => `"${String.fromCodePoint(code)}"`),
];

/**
 * A cell's text trimmed as the readers trim it: every white space of {@link READER_SPACES} made a plain space,
 * then TRIM (which drops leading and trailing spaces and makes each run inside one space, as the readers' `\s*`
 * around a date's parts allows). Plain TRIM takes only U+0020, so a date with a tab or U+3000 around it was no
 * date to the sheet while the reader accepted it.
 *
 * @param c the cell (A1) or a formula giving text
 * @returns a formula giving the trimmed text
 */
export function readerTrim(c: string): string {
  return `TRIM(${READER_SPACES.reduce((acc, s) => `SUBSTITUTE(${acc},${s}," ")`, c)})`;
}

/**
 * Whether a text already trimmed by {@link readerTrim} (in cell `t`) is a number as the readers take a typed one
 * (eligibility.ts readScore: `[+-]?(\d+(\.\d*)?|\.\d+)`): with its digits removed, what is left is nothing, one
 * decimal point, or a leading sign with or without one, and at least one digit was there. VALUE alone takes more
 * ("3e2", "300%", "1,000", "$300"), which the reader refuses.
 *
 * @param t the cell (A1) holding the trimmed text
 * @returns a formula giving TRUE or FALSE
 */
export function decimalTextForm(t: string): string {
  const rest = [..."0123456789"].reduce((acc, d) => `SUBSTITUTE(${acc},"${d}","")`, t);
  const signed = `AND(OR(${rest}="+",${rest}="-",${rest}="+.",${rest}="-."),LEFT(${t},1)=LEFT(${rest},1))`;
  return `AND(LEN(${rest})<LEN(${t}),OR(${rest}="",${rest}=".",${signed}))`;
}
