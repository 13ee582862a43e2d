import { loadExample } from "../support/example";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { main } from "../../src/cli/main";
import { processIo } from "../../src/cli/io";
import { readXlsxScoresheet } from "../../src/writers/xlsx";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { validEvaluation } from "../support/arbitraries";

const soffice = requireProgram(
  "soffice",
  "LibreOffice (libreoffice-calc-nogui) recalculates the generated workbooks"
);
const maybe = soffice ? describe : describe.skip;

async function cachedByName(file: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, unknown> = {};
  for (const name of ["Total", "Verdict", ...[1, 2, 3, 4, 5, 6, 7].map((i) => `Subtotal_A${i}`)]) {
    const ref = wb.definedNames.getRanges(name).ranges[0]!;
    const [sheet, cell] = ref.split("!");
    const v = wb.getWorksheet(sheet!.replace(/^'|'$/g, ""))!.getCell(cell!.replace(/\$/g, ""))
      .value as ExcelJS.CellFormulaValue;
    out[name] = v.result;
  }
  return out;
}

maybe("LibreOffice recalculates generated workbooks to the engine's numbers", () => {
  const dir = outputDir("libreoffice");
  const evaluations: Evaluation[] = [
    loadExample(),
    ...fc.sample(validEvaluation, { numRuns: 5, seed: 20261128 }),
  ];
  const files: string[] = [];
  let converted: string[] = [];

  beforeAll(async () => {
    for (const [i, e] of evaluations.entries()) {
      const json = path.join(dir, `e${i}.json`);
      const xlsx = path.join(dir, `e${i}.xlsx`);
      fs.writeFileSync(json, JSON.stringify(e));
      fs.rmSync(xlsx, { force: true });
      const code = await main(["new", xlsx, "--inputs", json], {
        ...processIo,
        out: () => undefined,
      });
      expect(code).toBe(0);
      files.push(xlsx);
    }
    converted = libreOfficeConvert(soffice!, files, "xlsx", path.join(dir, "recalculated"));
  });

  test("Total, Subtotal_A1…A7 and Verdict equal the engine's after recalculation", async () => {
    for (const [i, e] of evaluations.entries()) {
      const report = scoreEvaluation(e);
      const cached = await cachedByName(converted[i]!);
      expect(cached.Total).toBeCloseTo(report.total, 6);
      expect(cached.Verdict).toBe(report.verdict);
      // ExcelJS reads a cached 0 (<v>0</v>) back as "no result", so a missing result stands for 0 only when 0 is expected.
      report.tables.forEach((t) =>
        expect(
          cached[`Subtotal_${t.id.replace(".", "")}`] ?? (t.score === 0 ? 0 : "missing")
        ).toBeCloseTo(t.score, 6)
      );
    }
  });

  test("the file LibreOffice saved reads back to the same evaluation, with cached results that agree", async () => {
    for (const [i, e] of evaluations.entries()) {
      const result = await readXlsxScoresheet(fs.readFileSync(converted[i]!), converted[i]!);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(
        result.sheet.errors.filter(
          (p) => p.code === "cached-mismatch" || p.code === "formula-overwritten"
        )
      ).toEqual([]);
      expect(result.sheet.report.total).toBeCloseTo(scoreEvaluation(e).total, 6);
    }
  });

  const pdftotext = requireProgram("pdftotext", "poppler-utils reads the workbook PDF's text");
  (pdftotext ? test : test.skip)(
    "a generated workbook converts to PDF whose text holds the sheets, the example's notes and its total",
    () => {
      const [pdf] = libreOfficeConvert(soffice!, [files[0]!], "pdf", path.join(dir, "pdf"));
      const flat = execFileSync(pdftotext!, [pdf!, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
      expect(flat).toContain("标准体系评价确认评分表");
      expect(flat).toContain("组织机构图有职责划分");
      expect(flat).toContain("机构图未含标准化机构");
      expect(flat).toContain(String(scoreEvaluation(evaluations[0]!).total));
    }
  );
});
