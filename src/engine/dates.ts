/**
 * The one reader of typed dates, for every reader (evaluation JSON, plan JSON, the cover sheet, the evaluation
 * sheets) and Excel's 1900 date serials: a date that is written right but names no real day (2026-02-30,
 * 2026-13-01, 2025-02-29, Excel's fictitious 1900-02-29) is told so, rather than that its format is wrong.
 */

/** What a typed date is: a real day, a day that does not exist, or no date at all. */
export type DateRead =
  | { readonly kind: "date"; readonly iso: string }
  | {
      readonly kind: "no-such-day";
      readonly year: number;
      /** As typed: 13 in 2026-13-01. */
      readonly month: number;
      readonly day: number;
    }
  | { readonly kind: "not-a-date" };

/**
 * The forms a date may be typed in (what DATEVALUE reads in a Chinese locale): "2026-06-02", "2026/6/2",
 * "2026年6月2日", with spaces around the parts.
 */
const DATE_FORMS = /^\s*(\d{4})\s*(?:[-/]|年)\s*(\d{1,2})\s*(?:[-/]|月)\s*(\d{1,2})\s*日?\s*$/;

/** Days in a month of the Gregorian calendar (month 1–12). */
export function monthDays(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * A typed date in any form of DATE_FORMS, to ISO "YYYY-MM-DD"; `no-such-day` when the form is right but the
 * month is not 1–12 or the day is not in that month; `not-a-date` for anything else. `isoOnly` accepts only
 * "YYYY-MM-DD" (what a JSON holds).
 */
export function readDateText(text: string, isoOnly = false): DateRead {
  const m = isoOnly ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : DATE_FORMS.exec(text);
  if (!m) return { kind: "not-a-date" };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > monthDays(year, month))
    return { kind: "no-such-day", year, month, day };
  return { kind: "date", iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** Excel's serial 60: the 1900 date system counts a 1900-02-29 that never was (Lotus 1-2-3's leap year). */
export const FICTITIOUS_SERIAL = 60;

/**
 * Why a date value names no real day, in Chinese and English, naming the value and what to do; undefined when
 * it is a real day or no date at all. Takes a typed text (any form of DATE_FORMS) or an Excel serial.
 */
export function noSuchDayWords(value: unknown): { zh: string; en: string } | undefined {
  if (typeof value === "number" && Math.floor(value) === FICTITIOUS_SERIAL)
    return {
      zh: `Excel 日期序号 60 是 1900年2月29日，这一天并不存在（1900年不是闰年，Excel 沿用了 Lotus 1-2-3 的错误）；请输入实有的日期，如 2026-06-02`,
      en: `Excel's date serial 60 is 1900-02-29, a day that never was (1900 is no leap year; Excel keeps Lotus 1-2-3's error); enter a real date, e.g. 2026-06-02`,
    };
  if (typeof value !== "string") return undefined;
  const read = readDateText(value);
  if (read.kind !== "no-such-day") return undefined;
  const { year, month, day } = read;
  const shown = `“${value.trim()}”`;
  const shownEn = `"${value.trim()}"`;
  if (month < 1 || month > 12)
    return {
      zh: `${shown} 的格式可以，但没有${month}月这个月份（月份为1–12）；请改为实有的日期`,
      en: `${shownEn} is written right, but there is no month ${month} (months are 1–12); enter a date that exists`,
    };
  const days = monthDays(year, month);
  const leap =
    month === 2 && day === 29
      ? { zh: `（${year}年不是闰年）`, en: ` (${year} is no leap year)` }
      : { zh: "", en: "" };
  return {
    zh: `${shown} 的格式可以，但这一天不存在：${year}年${month}月只有${days}天${leap.zh}；请改为实有的日期`,
    en: `${shownEn} is written right, but that day does not exist: ${year}-${pad(month)} has ${days} days${leap.en}; enter a date that exists`,
  };
}

/**
 * What a JSON path holding a date expects, for a `bad-structure` problem: "YYYY-MM-DD", or, when the value is
 * written so (YYYY-MM-DD, the only form a JSON takes) but names no real day, a bilingual "a date that exists (why this one is not)".
 */
export function dateExpected(value: unknown): string {
  const iso = typeof value === "string" && readDateText(value, true).kind === "no-such-day";
  const w = iso ? noSuchDayWords(value) : undefined;
  return w ? `实有的日期（${w.zh}） / a date that exists (${w.en})` : "YYYY-MM-DD";
}
