/**
 * src/engine/dates.ts, left unchecked by engine-rest's mutation run (2aac6f5): the default reader takes every
 * form of DATE_FORMS while `isoOnly` takes exactly "YYYY-MM-DD"; a month 0 or 13, a day 0 and a day past the
 * month's last are no real day, the last day and January are; Excel's serial 60 (and only 60, with any time of
 * day) is the fictitious 1900-02-29; the words for a day that does not exist name the value as typed without
 * its blanks, the month out of 1–12 or the month's length, and the leap year only for a 29 February; and a
 * JSON's expected date names a day that does not exist only when it is written "YYYY-MM-DD".
 */
import { dateExpected, noSuchDayWords, readDateText } from "../../src/engine/dates";

describe("readDateText", () => {
  it("reads every typed form by default, and only YYYY-MM-DD with isoOnly", () => {
    expect(readDateText("2026/6/2")).toStrictEqual({ kind: "date", iso: "2026-06-02" });
    expect(readDateText("2026年6月2日")).toStrictEqual({ kind: "date", iso: "2026-06-02" });
    expect(readDateText("2026/6/2", true)).toStrictEqual({ kind: "not-a-date" });
    expect(readDateText("2026-06-02", true)).toStrictEqual({ kind: "date", iso: "2026-06-02" });
  });

  it("with isoOnly, takes nothing before or after the date", () => {
    expect(readDateText("x2026-06-02", true)).toStrictEqual({ kind: "not-a-date" });
    expect(readDateText("2026-06-02x", true)).toStrictEqual({ kind: "not-a-date" });
    expect(readDateText("12026-06-02", true)).toStrictEqual({ kind: "not-a-date" });
    expect(readDateText("2026-06-021", true)).toStrictEqual({ kind: "not-a-date" });
  });

  it("tells a month 0 or 13 as no such day, naming the month as typed", () => {
    expect(readDateText("2026-13-01")).toStrictEqual({
      kind: "no-such-day",
      year: 2026,
      month: 13,
      day: 1,
    });
    expect(readDateText("2026-00-01")).toStrictEqual({
      kind: "no-such-day",
      year: 2026,
      month: 0,
      day: 1,
    });
    expect(readDateText("2026-13-01", true)).toStrictEqual({
      kind: "no-such-day",
      year: 2026,
      month: 13,
      day: 1,
    });
  });

  it("tells a day 0 and a day past the month's last as no such day, and keeps the first and last days", () => {
    expect(readDateText("2026-06-00")).toStrictEqual({
      kind: "no-such-day",
      year: 2026,
      month: 6,
      day: 0,
    });
    expect(readDateText("2026-06-31")).toStrictEqual({
      kind: "no-such-day",
      year: 2026,
      month: 6,
      day: 31,
    });
    expect(readDateText("2026-06-30")).toStrictEqual({ kind: "date", iso: "2026-06-30" });
    expect(readDateText("2026-06-01")).toStrictEqual({ kind: "date", iso: "2026-06-01" });
    expect(readDateText("2024-02-29")).toStrictEqual({ kind: "date", iso: "2024-02-29" });
  });

  it("reads January and December as months", () => {
    expect(readDateText("2026-01-15")).toStrictEqual({ kind: "date", iso: "2026-01-15" });
    expect(readDateText("2026/12/31")).toStrictEqual({ kind: "date", iso: "2026-12-31" });
  });
});

const SERIAL_60 = {
  zh: "Excel 日期序号 60 是 1900年2月29日，这一天并不存在（1900年不是闰年，Excel 沿用了 Lotus 1-2-3 的错误）；请输入实有的日期，如 2026-06-02",
  en: "Excel's date serial 60 is 1900-02-29, a day that never was (1900 is no leap year; Excel keeps Lotus 1-2-3's error); enter a real date, e.g. 2026-06-02",
};

describe("noSuchDayWords", () => {
  it("names Excel's serial 60 as the 1900-02-29 that never was, at any time of that day", () => {
    expect(noSuchDayWords(60)).toStrictEqual(SERIAL_60);
    expect(noSuchDayWords(60.75)).toStrictEqual(SERIAL_60);
  });

  it("says nothing of any other serial, nor of the text 60", () => {
    expect(noSuchDayWords(61)).toBeUndefined();
    expect(noSuchDayWords(59.99)).toBeUndefined();
    expect(noSuchDayWords(46175)).toBeUndefined();
    expect(noSuchDayWords("60")).toBeUndefined();
  });

  it("names a month above 12 and the value as typed, without the blanks around it", () => {
    expect(noSuchDayWords("\u3000 2026年13月1日 ")).toStrictEqual({
      zh: "“2026年13月1日” 的格式可以，但没有13月这个月份（月份为1–12）；请改为实有的日期",
      en: '"2026年13月1日" is written right, but there is no month 13 (months are 1–12); enter a date that exists',
    });
  });

  it("names a month 0 as no month, not by its days", () => {
    expect(noSuchDayWords("2026-00-10")).toStrictEqual({
      zh: "“2026-00-10” 的格式可以，但没有0月这个月份（月份为1–12）；请改为实有的日期",
      en: '"2026-00-10" is written right, but there is no month 0 (months are 1–12); enter a date that exists',
    });
  });

  it("names the days of January and December, which are months", () => {
    expect(noSuchDayWords("2026-01-32")).toStrictEqual({
      zh: "“2026-01-32” 的格式可以，但这一天不存在：2026年1月只有31天；请改为实有的日期",
      en: '"2026-01-32" is written right, but that day does not exist: 2026-01 has 31 days; enter a date that exists',
    });
    expect(noSuchDayWords(" 2026/12/32 ")).toStrictEqual({
      zh: "“2026/12/32” 的格式可以，但这一天不存在：2026年12月只有31天；请改为实有的日期",
      en: '"2026/12/32" is written right, but that day does not exist: 2026-12 has 31 days; enter a date that exists',
    });
  });

  it("adds the leap year only for a 29 February", () => {
    expect(noSuchDayWords("2025-02-29")).toStrictEqual({
      zh: "“2025-02-29” 的格式可以，但这一天不存在：2025年2月只有28天（2025年不是闰年）；请改为实有的日期",
      en: '"2025-02-29" is written right, but that day does not exist: 2025-02 has 28 days (2025 is no leap year); enter a date that exists',
    });
    expect(noSuchDayWords("2024-02-30")).toStrictEqual({
      zh: "“2024-02-30” 的格式可以，但这一天不存在：2024年2月只有29天；请改为实有的日期",
      en: '"2024-02-30" is written right, but that day does not exist: 2024-02 has 29 days; enter a date that exists',
    });
    expect(noSuchDayWords("2026-04-31")).toStrictEqual({
      zh: "“2026-04-31” 的格式可以，但这一天不存在：2026年4月只有30天；请改为实有的日期",
      en: '"2026-04-31" is written right, but that day does not exist: 2026-04 has 30 days; enter a date that exists',
    });
  });
});

describe("dateExpected", () => {
  it("names a YYYY-MM-DD that is no real day, in both languages", () => {
    expect(dateExpected("2025-02-29")).toBe(
      "实有的日期（“2025-02-29” 的格式可以，但这一天不存在：2025年2月只有28天（2025年不是闰年）；请改为实有的日期） / " +
        'a date that exists ("2025-02-29" is written right, but that day does not exist: 2025-02 has 28 days (2025 is no leap year); enter a date that exists)'
    );
  });

  it("asks for YYYY-MM-DD when a JSON's date is in another form, even one that names no real day", () => {
    expect(dateExpected("2026/2/30")).toBe("YYYY-MM-DD");
    expect(dateExpected("2026年13月1日")).toBe("YYYY-MM-DD");
    expect(dateExpected("2026-06-02")).toBe("YYYY-MM-DD");
  });

  it("asks for YYYY-MM-DD for a value that is no text, without reading it as one", () => {
    expect(dateExpected(60)).toBe("YYYY-MM-DD");
    expect(dateExpected(null)).toBe("YYYY-MM-DD");
    // A symbol cannot be turned into text: it must not be handed to the text reader at all.
    expect(dateExpected(Symbol("2025-02-29"))).toBe("YYYY-MM-DD");
  });
});
