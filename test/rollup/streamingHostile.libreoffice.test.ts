/**
 * The hostile roll-up (streamingHostile.test.ts) through LibreOffice: both writers' packages open, and every
 * organization and refused file name comes back as the text it was (never a formula, number or date), after
 * LibreOffice saves the workbook again as .xlsx. The names are the hostile ones LibreOffice itself does not change
 * when it saves (LIBREOFFICE_KEEPS, test/support/rollupUnits.ts).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { REFUSED_SHEET, buildRollup, buildRollupWorkbook } from "../../src/rollup";
import type { RollupUnit } from "../../src/rollup";
import { UNITS_FIRST_ROW, UNITS_SHEET, U } from "../../src/rollup/unitsSheet";
import { writeXlsx } from "../../src/writers/xlsx";
import type { XlsxWriteMode } from "../../src/writers/xlsx/writeXlsx";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { LIBREOFFICE_KEEPS, rollupUnit, tablesOf } from "../support/rollupUnits";

const soffice = requireProgram("soffice", "LibreOffice opens the hostile roll-up of both writers");
const maybe = soffice ? describe : describe.skip;

const unit = (i: number, organization: string): RollupUnit =>
  rollupUnit({
    file: `returns/${i}/${organization}.xlsx`,
    sha256: "ab".repeat(32),
    organization,
    level: "county",
    date: "2026-11-01",
    tables: tablesOf("10"),
    exactTotal: "70",
    verdict: "不合格",
  });

const MODES: readonly XlsxWriteMode[] = ["document", "streaming"];

maybe("the hostile roll-up through LibreOffice", () => {
  const model = buildRollupWorkbook(
    buildRollup(
      LIBREOFFICE_KEEPS.map((n, i) => unit(i, n)),
      LIBREOFFICE_KEEPS.map((n) => ({
        file: n,
        reasons: ["不是评分表"],
        reasonsEn: ["not a scoresheet"],
      }))
    )
  );
  const saved = new Map<XlsxWriteMode, ExcelJS.Workbook>();

  beforeAll(async () => {
    const dir = outputDir("rollup-hostile");
    const files = await Promise.all(
      MODES.map(async (mode) => {
        const file = path.join(dir, `hostile-${mode}.xlsx`);
        fs.writeFileSync(file, await writeXlsx(model, mode));
        return file;
      })
    );
    const converted = libreOfficeConvert(soffice!, files, "xlsx", path.join(dir, "saved"));
    for (const [k, mode] of MODES.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(converted[k]!);
      saved.set(mode, wb);
    }
  });

  /** A cell as LibreOffice saved it: its text, or a description of what else it became. */
  const shown = (v: ExcelJS.CellValue): string => {
    if (typeof v === "string") return v;
    if (v !== null && typeof v === "object" && "richText" in v)
      return v.richText.map((r) => r.text).join("");
    return `not text: ${JSON.stringify(v)}`;
  };

  it.each(MODES)("%s writer: every organization and refused file stays its text", (mode) => {
    const wb = saved.get(mode)!;
    const units = wb.getWorksheet(UNITS_SHEET)!;
    const refused = wb.getWorksheet(REFUSED_SHEET)!;
    const wrong = LIBREOFFICE_KEEPS.flatMap((name, k) => {
      const want = name;
      const got = [
        units.getCell(UNITS_FIRST_ROW + k + 1, U.organization + 1).value,
        refused.getCell(3 + k, 1).value,
      ];
      return got
        .filter((v) => shown(v) !== want)
        .map((v) => [k, JSON.stringify(want).slice(0, 40), JSON.stringify(v).slice(0, 40)]);
    });
    expect(wrong).toEqual([]);
  });
});
