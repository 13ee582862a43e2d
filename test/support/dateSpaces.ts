/**
 * Date texts with whitespace around them or around their parts, generated from a fixed seed, for the tests that
 * check the eligibility sheet's date formulas read them as the one date reader does (src/engine/dates.ts
 * readDateText, whose `\s` and `trim()` take tabs, line breaks, NBSP U+00A0, the ideographic space U+3000, the
 * em space U+2003 and the rest of Unicode's white space). Expected values come from the reader, the reference.
 */
import { readDateText } from "../../src/engine";
import {
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  buildEligibilitySheet,
  dateFromCell,
  isoToSerial,
} from "../../src/layout/evaluationSheets";
import type { GridSource, GridValue } from "../../src/layout";
import { rowOf } from "../report/support";

/** White space a cell can carry in an .xlsx (XML 1.0 has no U+000B or U+000C; a CR is read back as LF). */
export const SPACES = ["\t", "\n", "\u00a0", "\u3000", "\u2003", "\u202f", "\ufeff", " "] as const;

/** Dates in the reader's forms, a date written right that names no real day, and texts that are no date. */
const BASES: readonly (readonly string[])[] = [
  ["2026", "-", "06", "-", "02"],
  ["2026", "/", "6", "/", "2"],
  ["2026", "年", "6", "月", "2", "日"],
  ["2025", "-", "02", "-", "29"],
  ["2026", "年", "13", "月", "1", "日"],
  ["2026", "-", "6"],
  ["去年", "年底"],
];

/** A small deterministic generator (LCG), so a failure names the same inputs each run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * `count` texts: each base's parts joined with, at each gap and at either end, nothing or one or two white-space
 * characters picked at random; plus texts of white space alone (blank to the reader).
 */
export function spacedDates(count: number, seed = 20261201): string[] {
  const next = lcg(seed);
  const pick = (): string => SPACES[Math.floor(next() * SPACES.length)]!;
  const gap = (): string => {
    const r = next();
    return r < 0.4 ? "" : r < 0.8 ? pick() : pick() + pick();
  };
  const out: string[] = ["\u00a0", "\u3000\t", "\n \u3000"];
  for (let i = 0; out.length < count; i++) {
    const parts = BASES[i % BASES.length]!;
    out.push(gap() + parts.map((p, k) => (k === 0 ? p : gap() + p)).join("") + gap());
  }
  return out;
}

/**
 * What the one date reader makes of a typed text, in the eligibility helper's terms: the serial of a real day,
 * "" for blank, "d" for a date written right that names no real day, "x" for no date.
 */
export function readerSays(text: string): number | string {
  const v = dateFromCell(text);
  if (v === undefined) return "";
  const read = readDateText(v);
  if (read.kind === "date") return isoToSerial(read.iso);
  return read.kind === "no-such-day" ? "d" : "x";
}

/** A text with its white space spelled out (\t, \n, U+00A0), for a test's name and a failure's message. */
export function visible(text: string): string {
  return Array.from(text)
    .map((ch) =>
      /\s/.test(ch) && ch !== " " ? `\\u${ch.codePointAt(0)!.toString(16).padStart(4, "0")}` : ch
    )
    .join("");
}

/**
 * A fresh 评价条件 sheet, as a grid a reader reads, whose 运行起始日期 (operation start) input holds `value`: a date
 * typed as text, a serial, or a Date as ExcelJS gives a date-formatted cell.
 */
export function eligibilityGrid(value: GridValue): GridSource {
  const sheet = buildEligibilitySheet();
  const row = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
  return {
    sheetNames: () => [sheet.name],
    rowCount: () => 60,
    cell: (_s, r, c) => {
      if (r === row && c === ELIGIBILITY_COL.input) return value;
      const cell = sheet.cells.find((x) => x.row === r && x.col === c);
      return cell?.content.kind === "text" ? cell.content.text : undefined;
    },
  };
}
