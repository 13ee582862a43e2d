/**
 * Excel date serials, for date cells written and read by every writer.
 */

/** Excel's 1900 date serial to YYYY-MM-DD. */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** YYYY-MM-DD to Excel's 1900 date serial, so a pre-filled date is a real date in every application. */
export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y!, m! - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}
