/**
 * A new user's finding 12: on 共识, a corrected expert score with more than 2 decimals is counted as typed by the
 * sheet's formulas (N keeps a number) while the reader's message said "按0计". The sheet's 评议检查, the reader and
 * so the report now say the same: counted as typed, flagged, the verdict pending.
 */
import ExcelJS from "exceljs";
import { formatProblem } from "../../src/engine";
import { readConsensusXlsx } from "../../src/merge";
import { writeXlsx } from "../../src/writers/xlsx";
import { evaluateModel } from "../support/hfWorkbook";
import { consensusOf, groupOf, headerCol, itemRow, labelRow } from "../merge/deliberationSupport";

const NAMES = ["甲", "乙", "丙"];
const base = consensusOf(groupOf(NAMES, [0, 0, 0]));
// A.1.1 (cap 5): every expert 5; 丙's corrected to 4.125.
const expert = (k: number): number => headerCol(base.model, "共识", NAMES[k]!);

describe("an expert score with more than 2 decimals on 共识", () => {
  test("the sheet counts it as typed and says so; the verdict is pending", () => {
    const { model } = base;
    const wb = evaluateModel(model);
    const row = itemRow(model, "共识", "A.1.1");
    wb.set("共识", row, expert(2), 4.125);
    // (5 + 5 + 4.125) / 3 = 4.708333…: 4.125 counts as typed, not 0 (which would give 10/3).
    expect(wb.value("共识", row, headerCol(model, "共识", "共识"))).toBeCloseTo(14.125 / 3, 9);
    expect(wb.value("共识", row, headerCol(model, "共识", "评议检查"))).toBe(
      "错误：A.1.1 专家“丙”的分数超过两位小数，按所填数值计入；"
    );
    expect(wb.value("共识汇总", labelRow(model, "共识汇总", "结论（定稿）"), 2)).toBe(
      "结论待定：有1个错误"
    );
    wb.destroy();
  });

  test("the reader refuses the file with a message that says the same, never 按0计", async () => {
    const buf = await writeXlsx(base.model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
    );
    wb
      .getWorksheet("共识")!
      .getCell(itemRow(base.model, "共识", "A.1.1") + 1, expert(2) + 1).value = 4.125;
    const read = await readConsensusXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "共识.xlsx");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const [problem] = read.errors;
    const zh = formatProblem(problem!, "zh-CN");
    expect(zh).toContain(
      "：专家得分 4.125 超过2位小数；共识工作表按所填数值计入并在“评议检查”列标为错误，结论待定；请改为最多2位小数"
    );
    expect(zh).not.toContain("按0计");
    expect(formatProblem(problem!, "en-US")).toContain("the consensus sheet counts it as typed");
  });
});
