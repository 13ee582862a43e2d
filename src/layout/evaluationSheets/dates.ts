/**
 * Calendar dates as the eligibility rule counts them: ISO "YYYY-MM-DD" strings, Excel serials, and EDATE.
 */
import { isIsoDate, readDateText } from "../../engine";
import { cellDateText, formatDateZh, gridDateText } from "../dates";
import type { GridValue } from "../read";

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Days in a month (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * EDATE: the same day N months later, or the last day of that month when it has no such day
 * (2023-11-30 + 3 → 2024-02-29; 2022-11-30 + 3 → 2023-02-28). The rule of every spreadsheet application.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** The Excel 1900 serial of an ISO date (valid from 1900-03-01 on, which every date here is). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY);
}

/**
 * A date typed as text, to ISO: "2024-01-05", "2024/1/5", "2024年1月5日" (what DATEVALUE reads in a
 * Chinese locale), read by the one date reader (`readDateText`); undefined when the text is no real date.
 */
export function parseDateText(text: string): string | undefined {
  const read = readDateText(text);
  return read.kind === "date" ? read.iso : undefined;
}

/**
 * The date a text most likely means when it is no date as typed: full-width digits and separators
 * (２０２５－１１－３０), dots (2025.11.30) or spaces between the parts; undefined when it means none. Only a
 * suggestion for a message: such text is not read as a date (the sheet's DATEVALUE does not read it either).
 */
export function suggestDate(text: string): string | undefined {
  const plain = text.normalize("NFKC").replace(/[.。]/g, "-");
  const m = /^\s*(\d{4})\s*(?:[-/年]|\s)\s*(\d{1,2})\s*(?:[-/月]|\s)\s*(\d{1,2})\s*日?\s*$/.exec(
    plain
  );
  if (!m) return undefined;
  const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * What a date input cell holds, as the sheet's formulas see it: a number is a date serial and a Date (ExcelJS's
 * date-formatted cell) is one too, each read as the day Excel shows (`cellDateText`: serials 1–59 are January and
 * February 1900, serial 60 is the 1900-02-29 that never was, which the one date reader refuses as no such day);
 * text is parsed; blank → undefined, anything unreadable is returned as typed (the rule reports it).
 */
export function dateFromCell(value: GridValue): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return gridDateText(value);
  if (typeof value === "number") return cellDateText(value) ?? String(value);
  const text = String(value).trim();
  if (text === "") return undefined;
  return parseDateText(text) ?? text;
}

/**
 * An evaluation's date as people read it: "2026年6月2日", or a consensus's span of the experts' dates
 * ("2026-06-02 至 2026-06-03") as "2026年6月2日至6月3日"; `none` when there is none. Every document and the
 * CLI's text show dates this way; only JSON keeps ISO.
 */
export function formatDateSpanZh(v: string | undefined, none = "未填写"): string {
  if (v === undefined || v.trim() === "") return none;
  const [from, to] = v.split(" 至 ");
  const readable = (d: string): string => {
    const iso = parseDateText(d);
    return iso ? formatDateZh(iso) : formatDateZh(d);
  };
  if (to === undefined) return readable(from!);
  const a = readable(from!);
  const b = readable(to);
  const year = /^\d{4}年/.exec(a)?.[0];
  return `${a}至${year && b.startsWith(year) ? b.slice(year.length) : b}`;
}
