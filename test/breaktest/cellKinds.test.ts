/**
 * A number input holding TRUE/FALSE or an error value (#N/A) was reported as "是文本，不是数字" (is text). The reader
 * now says what the cell really holds (布尔值 / a boolean; 错误值 #N/A / an error value), and so does the
 * workbook's own 检查 formula (ISLOGICAL before the text test; ISERROR already came first).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { describeProblem, scoreEvaluation } from "../../src/engine";
import { COL, locateProblem, readScoresheet } from "../../src/layout";
import {
  BOOLEAN_NOT_NUMBER,
  ERROR_NOT_NUMBER,
  TEXT_NOT_NUMBER,
  numberCheck,
} from "../../src/layout/formulas";
import { readFastWorkbook } from "../../src/writers/xlsx/fastGrid";
import { editableGrid } from "../support/editableGrid";
import { runCli, tmpDir } from "../followup/support";

/** Every engine problem of a grid, located as the readers locate them. */
function problemsOf(grid: ReturnType<typeof editableGrid>["grid"]) {
  const read = readScoresheet(grid);
  const report = scoreEvaluation(read.evaluation);
  return [...report.errors].map((p) => locateProblem(p, read.locations));
}

describe("the reader names a boolean or an error value as such", () => {
  test.each<[string, ExcelJS.CellValue & (string | boolean), string]>([
    [
      "TRUE",
      true,
      "TRUE 是布尔值（TRUE/FALSE），不是数字，工作簿和本工具都按0计；请删除后直接输入数字",
    ],
    [
      "FALSE",
      false,
      "FALSE 是布尔值（TRUE/FALSE），不是数字，工作簿和本工具都按0计；请删除后直接输入数字",
    ],
    [
      "#DIV/0! (a source that cannot tell errors from text: Office.js values)",
      "#DIV/0!",
      "是错误值 #DIV/0!，不是数字，工作簿和本工具都按0计；请删除后直接输入数字（不要用公式）",
    ],
  ])("%s", (_, value, words) => {
    const g = editableGrid();
    const at = g.row("A.1.2.1");
    g.set(at.sheet, at.row, COL.input, value);
    const [p] = problemsOf(g.grid).filter((x) => x.code === "number-as-text");
    expect(p).toMatchObject({
      lineId: "A.1.2.1",
      found: typeof value === "boolean" ? "boolean" : "error",
    });
    expect(describeProblem(p!)).toContain(words);
    expect(describeProblem(p!)).not.toContain("是文本");
  });

  test("text stays text", () => {
    const g = editableGrid();
    const at = g.row("A.1.2.1");
    g.set(at.sheet, at.row, COL.input, "2分");
    const [p] = problemsOf(g.grid).filter((x) => x.code === "number-as-text");
    expect(p!.found).toBeUndefined();
    expect(describeProblem(p!)).toContain('"2分" 是文本，不是数字');
  });
});

describe("a workbook through the CLI, and both .xlsx grids", () => {
  test("TRUE in G7, #N/A (an error value) in G9, the text #N/A in G10", async () => {
    const dir = tmpDir();
    const blank = path.join(dir, "blank.xlsx");
    expect((await runCli(["new", blank])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    const ws = wb.getWorksheet("A.1")!;
    ws.eachRow((r) => {
      const id = r.getCell(COL.id + 1).text;
      const input = r.getCell(COL.input + 1);
      if (id === "A.1.2.1") input.value = true;
      if (id === "A.1.2.3") input.value = { error: "#N/A" };
      if (id === "A.1.3.1") input.value = "#N/A";
    });
    const file = path.join(dir, "kinds.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await runCli(["score", file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /单元格 G7：[^\n]*A\.1\.2\.1[^\n]*：TRUE 是布尔值（TRUE\/FALSE），不是数字/
    );
    expect(r.err).toMatch(/cell G7: [^\n]*: TRUE is a boolean \(TRUE\/FALSE\), not a number/);
    expect(r.err).toMatch(/单元格 G9：[^\n]*A\.1\.2\.3[^\n]*：是错误值 #N\/A，不是数字/);
    expect(r.err).toMatch(/cell G9: [^\n]*: holds the error value #N\/A, not a number/);
    expect(r.err).toMatch(/A\.1\.3\.1[^\n]*："#N\/A" 是文本，不是数字/);
    const fast = readFastWorkbook(fs.readFileSync(file)).grid;
    const rows = new Map<string, number>();
    for (let row = 0; row < fast.rowCount("A.1"); row++)
      rows.set(String(fast.cell("A.1", row, COL.id)), row);
    expect(fast.isError!("A.1", rows.get("A.1.2.3")!, COL.input)).toBe(true);
    expect(fast.isError!("A.1", rows.get("A.1.3.1")!, COL.input)).toBe(false);
    expect(fast.cell("A.1", rows.get("A.1.2.1")!, COL.input)).toBe(true);
  });
});

describe("the workbook's 检查 formula says the same", () => {
  function check(value: RawCellContent): unknown {
    const hf = HyperFormula.buildFromArray(
      [[value, `=${numberCheck("A1", 2, "A1>10", "错误：超出范围；", '""')}`]],
      { licenseKey: "gpl-v3", useArrayArithmetic: false }
    );
    try {
      return hf.getCellValue({ sheet: 0, row: 0, col: 1 });
    } finally {
      hf.destroy();
    }
  }
  test.each<[string, RawCellContent, string]>([
    ["TRUE", true, BOOLEAN_NOT_NUMBER],
    ["an error value", "=NA()", ERROR_NOT_NUMBER],
    ["text", "'2分", TEXT_NOT_NUMBER],
  ])("%s", (_, value, text) => {
    expect(check(value)).toBe(text);
  });
  test("the texts", () => {
    expect(BOOLEAN_NOT_NUMBER).toBe(
      "错误：是布尔值（TRUE/FALSE）不是数字，按0计，请直接输入数字；"
    );
    expect(ERROR_NOT_NUMBER).toBe("错误：是错误值不是数字，按0计，请直接输入数字；");
  });
});
