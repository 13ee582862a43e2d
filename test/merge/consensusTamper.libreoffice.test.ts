/**
 * A consensus workbook saved by LibreOffice (recalculated, with cached results and its own way of writing
 * formulas) passes the consensus tamper check with no error and no stale warning, also after the group entered an
 * agreed score, a corrected expert score and another deviation limit; a constant typed over a figure of the
 * LibreOffice copy is still refused.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { libreOfficeConvert, requireProgram } from "../support/external";
import { runCli } from "../support/cli";
import { writeExpertWorkbooks } from "../support/finishScenario";

const soffice = requireProgram("soffice", "LibreOffice saves the consensus workbook");
const maybe = soffice ? describe : describe.skip;

const NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静"];
const CHECKS = /formula-|公式被|cached|未重新计算/;

maybe("a consensus workbook saved by LibreOffice", () => {
  let dir: string;
  let saved: { plain: string; deliberated: string; tampered: string };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-consensus-lo-"));
    const experts = await writeExpertWorkbooks(path.join(dir, "experts"), NAMES);
    const plain = path.join(dir, "plain.xlsx");
    const merged = await runCli(["merge", ...experts, "-o", plain]);
    if (merged.code !== 0) throw new Error(merged.err);
    // The group's work, typed into the inputs: an agreed score with its reason on the first item row, an expert's
    // corrected score on the second, another deviation limit.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plain);
    const ws = wb.getWorksheet("共识")!;
    const header = (h: string): number => {
      let col = 0;
      ws.getRow(3).eachCell((c, n) => {
        if (c.value === h && col === 0) col = n;
      });
      return col;
    };
    ws.getCell(4, header("评议后得分")).value = 1;
    ws.getCell(4, header("评议理由")).value = "现场核查缺佐证";
    ws.getCell(5, header(NAMES[1]!)).value = 0.5;
    const summary = wb.getWorksheet("共识汇总")!;
    summary.eachRow((row) => {
      if (row.getCell(1).value === "偏离限值（%）") row.getCell(3).value = 1;
    });
    const deliberated = path.join(dir, "deliberated.xlsx");
    await wb.xlsx.writeFile(deliberated);
    const [lo, loDeliberated] = libreOfficeConvert(
      soffice!,
      [plain, deliberated],
      "xlsx",
      path.join(dir, "lo")
    );
    const t = new ExcelJS.Workbook();
    await t.xlsx.readFile(lo!);
    t.getWorksheet("共识汇总")!.getCell("C11").value = 250;
    const tampered = path.join(dir, "lo-tampered.xlsx");
    await t.xlsx.writeFile(tampered);
    saved = { plain: lo!, deliberated: loDeliberated!, tampered };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["plain", "deliberated"] as const)(
    "%s: report reads it with no tamper error and no stale warning",
    async (key) => {
      const r = await runCli(["report", saved[key], "-o", path.join(dir, `${key}.docx`)]);
      expect(r.err).not.toMatch(CHECKS);
      expect(r.code).toBe(0);
    }
  );

  test("a constant over the LibreOffice copy's total is refused at 共识汇总!C11", async () => {
    const r = await runCli(["report", saved.tampered, "-o", path.join(dir, "t.docx")]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("工作表 共识汇总，单元格 C11");
    expect(r.err).toContain("固定值 250");
  });
});
