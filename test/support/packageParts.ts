/**
 * Comparing the two .xlsx writers' packages (test/rollup): the workbook model ExcelJS reads back, and the parts.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";

/** The workbook's model as ExcelJS reads it back, without the write times and the data bars' random ids. */
export async function readBack(bytes: Uint8Array): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  const { created: _c, modified: _m, ...model } = wb.model;
  return JSON.parse(JSON.stringify(model, (k, v: unknown) => (k === "x14Id" ? undefined : v)));
}

/** The package's parts (not its folder entries, which only the document writer's zip library writes). */
export const parts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(
    Object.entries(unzipSync(bytes))
      .filter(([k]) => !k.endsWith("/"))
      .map(([k, v]) => [k, strFromU8(v)])
  );
