/**
 * Dates (src/layout/dates.ts): Excel's 1900 date system (serial 61 is 1 March 1900, the first day after Excel's
 * fictitious 29 February 1900; 45,658 is 1 January 2025), and times shown in China Standard Time (UTC+8, no
 * daylight saving since 1991) whatever zone the machine is set to, as "2026年11月29日 17:42".
 */
import {
  COVER_COL,
  DOCUMENT_TIME_ZONE,
  excelSerialToIso,
  formatDateTimeZh,
  formatDateZh,
  isoToExcelSerial,
  readScoresheet,
} from "../../src/layout";
import { dateFromCell } from "../../src/layout/evaluationSheets";
import { editableGrid } from "../support/editableGrid";

describe("Excel serials", () => {
  test.each<[string, number]>([
    ["1900-03-01", 61],
    ["2024-01-01", 45292],
    ["2024-02-29", 45351],
    ["2025-01-01", 45658],
    ["2026-01-01", 46023],
    ["2026-12-01", 46357],
    ["2026-12-31", 46387],
  ])("%s is %d, both ways", (iso, serial) => {
    expect(isoToExcelSerial(iso)).toBe(serial);
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  test.each<[number]>([[0], [0.5], [-1], [NaN], [Infinity], [-Infinity]])(
    "%p is no date",
    (serial) => {
      expect(excelSerialToIso(serial)).toBeUndefined();
    }
  );
});

describe("a serial with a time of day is the date of its day, as Excel shows it", () => {
  test.each<[number, string]>([
    [46357.25, "2026-12-01"],
    [46357.5, "2026-12-01"],
    [46357.75, "2026-12-01"],
    [46357.999988, "2026-12-01"],
    [46358, "2026-12-02"],
  ])("%d is %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
    // The evaluation sheets' date cells read it so already.
    expect(dateFromCell(serial)).toBe(iso);
  });

  test("the cover's 日期 typed as 2026-12-01 18:00 reads as 2026-12-01", () => {
    const g = editableGrid();
    const { sheet, row } = g.metaRow("date");
    g.set(sheet, row, COVER_COL.value, 46357.75);
    const read = readScoresheet(g.grid);
    expect(read.problems).toEqual([]);
    expect(read.evaluation.meta.date).toBe("2026-12-01");
  });
});

describe("times and dates as people read them, in China Standard Time", () => {
  test("the zone", () => {
    expect(DOCUMENT_TIME_ZONE).toBe("Asia/Shanghai");
  });

  test.each<[string, string]>([
    ["2026-11-29T09:42:00Z", "2026年11月29日 17:42"],
    ["2026-11-29T09:42:59.999Z", "2026年11月29日 17:42"],
    ["2026-11-29T20:05:00Z", "2026年11月30日 04:05"],
    ["2026-12-31T16:00:00Z", "2027年1月1日 00:00"],
    ["2026-06-03T01:02:00+08:00", "2026年6月3日 01:02"],
    ["2026-07-04T23:59:00-05:00", "2026年7月5日 12:59"],
    ["2026-11-29", "2026年11月29日 08:00"],
    ["昨天下午", "昨天下午"],
    ["", ""],
  ])("formatDateTimeZh(%p) is %p", (iso, shown) => {
    expect(formatDateTimeZh(iso)).toBe(shown);
  });

  test.each<[string, string]>([
    ["2026-06-03", "2026年6月3日"],
    [" 2026-06-03 ", "2026年6月3日"],
    ["2026-12-10", "2026年12月10日"],
    ["2026-11-29T10:00:00Z", "2026年11月29日"],
    ["2026-11-29T16:00:00Z", "2026年11月30日"],
    ["2026-11-29T15:59:59Z", "2026年11月29日"],
    ["2026-13-45T00:00:00Z", "2026-13-45T00:00:00Z"],
    ["2026/06/03", "2026/06/03"],
    ["2026-6-3", "2026-6-3"],
    ["Jun 3 2026", "Jun 3 2026"],
    ["未填写", "未填写"],
  ])("formatDateZh(%p) is %p", (text, shown) => {
    expect(formatDateZh(text)).toBe(shown);
  });
});
