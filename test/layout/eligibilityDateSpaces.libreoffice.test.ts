/**
 * The eligibility sheet's date formulas in a real spreadsheet application: dates with tabs, line breaks, NBSP
 * (U+00A0), the ideographic space (U+3000) and other white space around them or their parts (generated,
 * test/support/dateSpaces.ts), written by the .xlsx writer, three per file (one per date row), and recalculated by
 * LibreOffice. Each row's hidden helper, as LibreOffice computes it, says what the one date reader says: the
 * serial of a real day, "" for blank, "d" for a day that does not exist, "x" for no date. The reader is read from
 * the same files (dateFromCell through the .xlsx grid), so what the file really holds is what both see.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { buildScoresheet } from "../../src/layout";
import type { SheetModel, WorkbookModel } from "../../src/layout";
import {
  DATE_FIELDS,
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  ELIGIBILITY_SHEET,
} from "../../src/layout/evaluationSheets";
import { writeXlsx } from "../../src/writers/xlsx";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { readerSays, spacedDates, visible } from "../support/dateSpaces";
import { rowOf } from "../report/support";

const soffice = requireProgram(
  "soffice",
  "LibreOffice recalculates the eligibility sheet's date formulas"
);
const maybe = soffice ? describe : describe.skip;

const INPUTS = spacedDates(30);

/** A workbook of the eligibility sheet alone, its date rows holding `texts` (one each, in DATE_FIELDS order). */
function fileWith(base: WorkbookModel, texts: readonly string[]): WorkbookModel {
  const sheet = base.sheets.find((s) => s.name === ELIGIBILITY_SHEET)!;
  const rows = DATE_FIELDS.map((d) => rowOf(sheet, ELIGIBILITY_IDS.date(d.field)));
  const cells = sheet.cells.map((c) => {
    const k = rows.indexOf(c.row);
    return k >= 0 && k < texts.length && c.col === ELIGIBILITY_COL.input
      ? { ...c, content: { kind: "text" as const, text: texts[k]! } }
      : c;
  });
  const edited: SheetModel = { ...sheet, cells };
  return { ...base, sheets: [edited], names: [] };
}

maybe("dates with white space around them in LibreOffice and in the reader", () => {
  const dir = outputDir("eligibility-date-spaces");
  const sheetSays: [string, unknown][] = [];
  const readerSaid: [string, unknown][] = [];

  beforeAll(async () => {
    const base = buildScoresheet({
      identity: {
        workbookId: "wb-date-spaces",
        createdAt: "-",
        generator: "test",
        kind: "scoresheet",
      },
    });
    const sheet = base.sheets.find((s) => s.name === ELIGIBILITY_SHEET)!;
    const rows = DATE_FIELDS.map((d) => rowOf(sheet, ELIGIBILITY_IDS.date(d.field)));
    const files: string[] = [];
    const groups: string[][] = [];
    for (let i = 0; i < INPUTS.length; i += rows.length) {
      const texts = INPUTS.slice(i, i + rows.length);
      const bytes = await writeXlsx(fileWith(base, texts));
      const file = path.join(dir, `dates-${files.length}.xlsx`);
      fs.writeFileSync(file, bytes);
      files.push(file);
      groups.push(texts);
      // What the reader takes from the file as written (its text after the XML round trip; the file has no
      // identity sheet, so it is read with ExcelJS as loadXlsx's grid reads a cell).
      const written = new ExcelJS.Workbook();
      await written.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
      );
      const ws = written.getWorksheet(ELIGIBILITY_SHEET)!;
      texts.forEach((t, k) => {
        const v = ws.getCell(rows[k]! + 1, ELIGIBILITY_COL.input + 1).value;
        readerSaid.push([visible(t), readerSays(typeof v === "string" ? v : "")]);
      });
    }
    const converted = libreOfficeConvert(soffice!, files, "xlsx", path.join(dir, "recalculated"));
    for (const [f, file] of converted.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(ELIGIBILITY_SHEET)!;
      groups[f]!.forEach((t, k) => {
        const v = ws.getCell(rows[k]! + 1, ELIGIBILITY_COL.helper + 1).value;
        const result = v !== null && typeof v === "object" && "formula" in v ? v.result : v;
        sheetSays.push([visible(t), result ?? ""]);
      });
    }
  }, 300_000);

  test("every generated input: LibreOffice's helper says what the reader says", () => {
    expect(sheetSays).toHaveLength(INPUTS.length);
    expect(sheetSays).toEqual(readerSaid);
  });

  test("the inputs include dates the old TRIM refused: NBSP, U+3000 and a tab around a real day", () => {
    const accepted = readerSaid.filter(
      ([t, v]) => typeof v === "number" && /\\u(00a0|3000|0009)/.test(t)
    );
    expect(accepted.length).toBeGreaterThan(0);
  });
});
