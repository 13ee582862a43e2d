/**
 * Excel date serials, for date cells written and read by every writer.
 */
import { FICTITIOUS_SERIAL } from "../engine";

const DAY_MS = 86400000;
/** Excel's largest date serial: 9999-12-31. */
const LAST_SERIAL = 2958465;

/**
 * Excel's 1900 date serial to YYYY-MM-DD: the day it falls on (a time of day is dropped, as Excel shows the
 * date). The 1900 date system counts a 1900-02-29 that never was (serial 60, kept from Lotus 1-2-3): serials
 * 1–59 are 1900-01-01 to 1900-02-28 and 61 on are one day later than a plain count (61 is 1900-03-01, 45658 is
 * 2025-01-01). Undefined for serial 60 (no real day: `noSuchDayWords` says why), below 1, beyond 9999-12-31 or
 * not finite.
 */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return undefined;
  const day = Math.floor(serial);
  if (day === FICTITIOUS_SERIAL) return undefined;
  const epoch = day < FICTITIOUS_SERIAL ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * YYYY-MM-DD to Excel's 1900 date serial, so a pre-filled date is a real date in every application: the
 * inverse of `excelSerialToIso` (1900-01-01 is 1, 1900-02-28 is 59, 1900-03-01 is 61).
 */
export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = (Date.UTC(y!, m! - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS;
  return days <= FICTITIOUS_SERIAL ? days - 1 : days;
}

/**
 * A date as ExcelJS gives a date-formatted cell (it counts days from 1899-12-30 without the fictitious
 * 1900-02-29), back to Excel's serial and then to the day Excel shows; undefined for serial 60.
 */
export function gridDateToIso(d: Date): string | undefined {
  return excelSerialToIso(gridDateSerial(d));
}

/** Excel's 1900 serial of a date as ExcelJS gives a date-formatted cell (days since 1899-12-30; a time is the fraction). */
export function gridDateSerial(d: Date): number {
  return 25569 + d.getTime() / DAY_MS;
}

/** What Excel shows for serial 60, the day that never was; every date reader refuses it as no such day. */
export const FICTITIOUS_DATE = "1900-02-29";

/**
 * A date-formatted cell (a Date from ExcelJS) as text, the day Excel shows: `gridDateToIso`, serial 60 as
 * {@link FICTITIOUS_DATE} (which every date reader then refuses, saying why); a serial before 1 (a time of day
 * alone) as the plain count's day. Every reader that turns a cell's Date into text goes through here, never
 * `toISOString`, which is one day early before 1900-03-01.
 */
export function gridDateText(d: Date): string {
  const serial = gridDateSerial(d);
  if (Math.floor(serial) === FICTITIOUS_SERIAL) return FICTITIOUS_DATE;
  return gridDateToIso(d) ?? (Number.isFinite(d.getTime()) ? d.toISOString().slice(0, 10) : "");
}

/**
 * A date cell's value (a serial number, or a Date as ExcelJS gives a date-formatted cell) to the day Excel shows:
 * YYYY-MM-DD, {@link FICTITIOUS_DATE} for serial 60, undefined for a number that is no date serial (below 1, beyond
 * 9999-12-31).
 */
export function cellDateText(v: number | Date): string | undefined {
  const serial = v instanceof Date ? gridDateSerial(v) : v;
  if (Number.isFinite(serial) && Math.floor(serial) === FICTITIOUS_SERIAL) return FICTITIOUS_DATE;
  return excelSerialToIso(serial);
}

/**
 * The time zone documents show times in. The standard and its evaluations are Chinese, and a consensus is signed
 * in China, so printed times are China Standard Time whatever zone the machine that merged is set to (a
 * secretary's laptop in another zone would otherwise print a different hour than a colleague's).
 */
export const DOCUMENT_TIME_ZONE = "Asia/Shanghai";
const ZONE_OFFSET_MINUTES = 8 * 60; // Asia/Shanghai has had no daylight saving since 1991.

function zoned(iso: string): Date | undefined {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms + ZONE_OFFSET_MINUTES * 60000) : undefined;
}

/** An ISO timestamp as people read it: "2026年11月29日 17:42" (Asia/Shanghai); the text itself when not a time. */
export function formatDateTimeZh(iso: string): string {
  const d = zoned(iso);
  if (!d) return iso;
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
}

/** A date (YYYY-MM-DD, or an ISO timestamp) as "2026年6月3日"; the text itself when not a date. */
export function formatDateZh(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (m) return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
  const d = zoned(text);
  if (!d || !/^\d{4}-\d{2}-\d{2}T/.test(text)) return text;
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
