/**
 * Dates at their edges (src/layout/dates.ts): Excel's 1900 date system ends at serial 2,958,465 (9999-12-31) and
 * counts a 1900-02-29 that never was (serial 60), so 1900-01-01 is 1 and 1900-02-28 is 59; a date cell before
 * serial 1 shows the plain count's day; a date shown in Chinese is a whole YYYY-MM-DD or an ISO timestamp that
 * begins with one, anything else is shown as it is.
 */
import { excelSerialToIso, formatDateZh, gridDateText, isoToExcelSerial } from "../../src/layout";

describe("the last day Excel has", () => {
  it.each<[number, string | undefined]>([
    [2958464, "9999-12-30"],
    [2958465, "9999-12-31"],
    [2958465.999, "9999-12-31"],
    [2958466, undefined],
    [2958466.5, undefined],
  ])("serial %d is %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });
});

describe("days before Excel's fictitious 1900-02-29 count one less", () => {
  it.each<[string, number]>([
    ["1900-01-01", 1],
    ["1900-01-31", 31],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
  ])("%s is serial %d", (iso, serial) => {
    expect(isoToExcelSerial(iso)).toBe(serial);
    expect(excelSerialToIso(serial)).toBe(iso);
  });
});

describe("a date cell before serial 1", () => {
  it.each<[string, Date, string]>([
    [
      "noon of serial 0.5 is the plain count's day",
      new Date(Date.UTC(1899, 11, 30, 12)),
      "1899-12-30",
    ],
    ["a day before it too", new Date(Date.UTC(1899, 11, 29)), "1899-12-29"],
    ["an invalid date is empty", new Date(NaN), ""],
  ])("%s", (_, d, text) => {
    expect(gridDateText(d)).toBe(text);
  });
});

describe("formatDateZh", () => {
  it.each<[string, string]>([
    ["2026-06-03", "2026年6月3日"],
    [" 2026-06-03 ", "2026年6月3日"],
    ["2026-06-03T10:00:00Z", "2026年6月3日"],
    // A date must be the whole text, a timestamp must begin with its date.
    ["x2026-06-03", "x2026-06-03"],
    ["12026-06-03", "12026-06-03"],
    ["+002026-06-03T10:00:00Z", "+002026-06-03T10:00:00Z"],
  ])("%p is %p", (text, shown) => {
    expect(formatDateZh(text)).toBe(shown);
  });
});
