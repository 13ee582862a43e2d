/**
 * Which cells every reader sees as dates: a number in a cell whose number format is a date format is a Date in
 * the grid (GridValue), as ExcelJS gives it, whatever the source (a .xlsx through ExcelJS or the fast reader, the
 * open workbook through Office.js `Range.values` + `Range.numberFormat`). One test and one conversion for all, so
 * the task pane names a typed date (`date-input`) exactly where the .xlsx reader does (README: Inputs).
 */

const DAY_MS = 24 * 3600 * 1000;

/**
 * ExcelJS's date-format test (lib/utils/utils.js isDateFmt): any of `y m d h M s b` outside quotes and `[…]`.
 * `"General"`, `"0.0#%"`, `"@"` and an absent format are no date formats; `"yyyy-mm-dd"`, `"m/d/yyyy"`,
 * `"[$-804]yyyy\"年\"m\"月\"d\"日\""` and `"h:mm"` are.
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/**
 * ExcelJS's serial-to-Date conversion (lib/utils/utils.js excelToDate): days since 1899-12-30 UTC, to the
 * millisecond; in the 1904 date system (`date1904`) the serial counts 1462 days later.
 */
export function serialToGridDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}
