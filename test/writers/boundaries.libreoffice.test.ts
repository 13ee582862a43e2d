/**
 * The boundary cases of support/boundaries, written by the .xlsx writer and recalculated by LibreOffice in one batch:
 * the verdict at 300 / 299.99 / 300.01, every tier edge, a line's maximum and an item's cap, as a real spreadsheet
 * application computes them. Expected figures are hand-written; the engine must agree too.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { buildScoresheet, colLetter } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { BOUNDARY_CASES } from "../support/boundaries";
import { checkBoundaryCase } from "../support/boundaryCheck";
import type { RecalculatedWorkbook } from "../support/boundaryCheck";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";

const soffice = requireProgram(
  "soffice",
  "LibreOffice (libreoffice-calc-nogui) recalculates the boundary-case workbooks"
);
const maybe = soffice ? describe : describe.skip;

const identity = {
  workbookId: "boundaries",
  createdAt: "2026-11-28T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};

/** A recalculated file's cached results. ExcelJS reads a cached 0 (<v>0</v>) back as "no result": that is 0 here. */
function cachedResults(wb: ExcelJS.Workbook): RecalculatedWorkbook {
  const result = (sheet: string, ref: string): unknown => {
    const v = wb.getWorksheet(sheet)?.getCell(ref).value;
    if (v !== null && typeof v === "object" && "formula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      return r === undefined ? 0 : r;
    }
    return v;
  };
  return {
    cell: (sheet, row, col) => result(sheet, `${colLetter(col)}${row + 1}`),
    name: (name) => {
      const ref = wb.definedNames.getRanges(name).ranges[0];
      if (!ref) return undefined;
      const [sheet, cell] = ref.split("!");
      return result(sheet!.replace(/^'|'$/g, ""), cell!.replace(/\$/g, ""));
    },
  };
}

maybe("boundary cases by construction, through LibreOffice", () => {
  const dir = outputDir("boundaries");
  const models: WorkbookModel[] = [];
  const recalculated: RecalculatedWorkbook[] = [];

  beforeAll(async () => {
    const files: string[] = [];
    for (const [i, c] of BOUNDARY_CASES.entries()) {
      const model = buildScoresheet({ evaluation: c.evaluation, identity });
      models.push(model);
      const file = path.join(dir, `case${String(i).padStart(2, "0")}.xlsx`);
      fs.writeFileSync(file, await writeXlsx(model));
      files.push(file);
    }
    const converted = libreOfficeConvert(soffice!, files, "xlsx", path.join(dir, "recalculated"));
    for (const file of converted) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      recalculated.push(cachedResults(wb));
    }
  });

  test.each(BOUNDARY_CASES.map((c, i) => [c.name, i] as const))("%s", (_, i) => {
    expect(checkBoundaryCase(BOUNDARY_CASES[i]!, models[i]!, recalculated[i]!)).toEqual([]);
  });
});
