/**
 * Which number formats make a cell a date for every reader (ExcelJS's test, shared by the fast .xlsx reader and the
 * Office.js grid), and the Date a date-formatted serial becomes.
 */
import { isDateFormat, serialToGridDate } from "../../src/layout/dateFormat";
import { gridDateSerial, gridDateText } from "../../src/layout/dates";

describe("isDateFormat: ExcelJS's date test", () => {
  test.each([
    ["yyyy-mm-dd"],
    ["yyyy/m/d"],
    ["m/d/yyyy"],
    ["d-mmm-yy"],
    ["h:mm"],
    ["mm:ss"],
    ['[$-804]yyyy"年"m"月"d"日"'],
    ["B2yyyy/mm/dd"],
    ["[h]:mm:ss"],
  ])("%s is a date format", (fmt) => {
    expect(isDateFormat(fmt)).toBe(true);
  });

  test.each([
    [undefined],
    [""],
    ["General"],
    ["0"],
    ["0%"],
    ["0.0#%"],
    ["@"],
    ["#,##0.00"],
    ["[Red]0.00"],
    ['0.0 "days"'],
    ["0.00E+00"],
  ])("%s is no date format", (fmt) => {
    expect(isDateFormat(fmt)).toBe(false);
  });
});

describe("serialToGridDate: the Date ExcelJS gives for a serial", () => {
  test.each([
    [25569, "1970-01-01T00:00:00.000Z"],
    [46027, "2026-01-05T00:00:00.000Z"],
    [46027.5, "2026-01-05T12:00:00.000Z"],
    [1, "1899-12-31T00:00:00.000Z"],
  ])("serial %d is %s (1900 system)", (serial, iso) => {
    expect(serialToGridDate(serial).toISOString()).toBe(iso);
  });

  it("counts 1462 days later in the 1904 date system", () => {
    expect(serialToGridDate(0, true).toISOString()).toBe("1904-01-01T00:00:00.000Z");
    expect(serialToGridDate(44565, true).toISOString()).toBe(
      serialToGridDate(44565 + 1462).toISOString()
    );
  });

  it("rounds to the millisecond and reads back as the day Excel shows and its serial", () => {
    const d = serialToGridDate(46027.0000000001);
    expect(d.getTime() % 1).toBe(0);
    expect(gridDateText(d)).toBe("2026-01-05");
    expect(gridDateSerial(serialToGridDate(46027))).toBe(46027);
    expect(gridDateText(serialToGridDate(61))).toBe("1900-03-01");
  });
});
