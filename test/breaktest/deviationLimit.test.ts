/**
 * 共识汇总's 偏离限值 cell typed with no valid limit (text, 0, above 100, 3 decimals, a boolean, blank) fell back to
 * 30 % without a word, while the sheet's own hint said so. Every reader of a consensus (the CLI's report, plan,
 * rollup and the pane's report/compare sources) now warns, naming the file, sheet, cell, the value, the allowed
 * range and that 30 is used; a valid limit is used as typed, with no warning.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, tmpDir } from "../followup/support";
import { writeExpertWorkbooks } from "../support/finishScenario";
import { readCompareSource } from "../../src/taskpane/files/compareFiles";
import { readConsensusXlsx } from "../../src/merge";

const dir = tmpDir();
let consensus = "";

beforeAll(async () => {
  const experts = await writeExpertWorkbooks(path.join(dir, "experts"), ["甲", "乙", "丙"]);
  consensus = path.join(dir, "共识.xlsx");
  const merged = await runCli(["merge", ...experts, "-o", consensus]);
  if (merged.code !== 0) throw new Error(merged.err);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the consensus with its 偏离限值 cell set; returns the copy and the cell's address. */
async function withLimit(
  value: ExcelJS.CellValue,
  name: string
): Promise<{ file: string; cell: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(consensus);
  const ws = wb.getWorksheet("共识汇总")!;
  let cell = "";
  ws.eachRow((row, n) => {
    if (row.getCell(1).text === "偏离限值（%）") {
      row.getCell(3).value = value;
      cell = `C${n}`;
    }
  });
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return { file, cell };
}

describe("an invalid 偏离限值 warns, and 30 is used", () => {
  test.each<[string, ExcelJS.CellValue, string, string]>([
    ["text", "三十", "是文本“三十”", 'is the text "三十"'],
    ["zero", 0, "为 0", "is 0"],
    ["above100", 150, "为 150", "is 150"],
    ["decimals", 12.345, "为 12.345", "is 12.345"],
    ["boolean", true, "是布尔值 TRUE", "is a boolean (TRUE)"],
    ["blank", null, "为空", "is blank"],
  ])("%s", async (name, value, zh, en) => {
    const { file, cell } = await withLimit(value, name);
    const read = await readConsensusXlsx(fs.readFileSync(file), file);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.result.deviationLimit).toBe(30);
    const r = await runCli(["report", file, "-o", path.join(dir, `${name}.docx`)]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      `提示：文件 ${file}，工作表 共识汇总，单元格 ${cell}：偏离限值${zh}，无效：应为大于0、不超过100、最多两位小数的百分数（如 30 表示 ±30%）；现按默认 30% 计（与该工作表的提示一致），请改填有效的限值`
    );
    expect(r.err).toContain(
      `warning: file ${file}, sheet 共识汇总, cell ${cell}: the deviation limit ${en}, which is invalid: it must be a percent above 0 and at most 100 with at most 2 decimals (30 means ±30%); the default 30% is used`
    );
    // The pane reads a consensus for its report and compare views through the same reader, and shows its warnings.
    const pane = await readCompareSource(file, fs.readFileSync(file));
    expect(pane.ok).toBe(true);
    if (pane.ok)
      expect(pane.warnings).toContainEqual({
        code: "deviation-limit-invalid",
        value: value === true ? true : value,
        used: 30,
        where: { file, sheet: "共识汇总", cell },
      });
  });
});

test("a valid 偏离限值 is used as typed, with no warning", async () => {
  const { file } = await withLimit(12.5, "valid");
  const read = await readConsensusXlsx(fs.readFileSync(file), file);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  expect(read.result.deviationLimit).toBe(12.5);
  expect(read.result.warnings.map((w) => w.code)).not.toContain("deviation-limit-invalid");
  const r = await runCli(["plan", file, "-o", path.join(dir, "valid-plan.xlsx")]);
  expect(r.code).toBe(0);
  expect(r.err).not.toContain("偏离限值");
});
