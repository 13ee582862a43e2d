/**
 * The deliberation in real programs (issue 12): LibreOffice recalculates a consensus workbook whose group entered
 * an agreed score, and its consensus, total and verdict follow it; the Word report of that workbook, converted to
 * PDF, names the resolution, the dissent, the expert who explains in writing and the group's α.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { Fraction } from "../../src/engine";
import { writeXlsx } from "../../src/writers/xlsx";
import { libreOfficeConvert, outputDir, requireProgram } from "../support/external";
import { runCli } from "../support/cli";
import { consensusOf, groupOf, headerCol, itemRow, labelRow } from "./deliberationSupport";

const soffice = requireProgram("soffice", "LibreOffice recalculates the consensus workbook");
const pdftotext = requireProgram("pdftotext", "poppler-utils reads the report's PDF text");
const maybe = soffice && pdftotext ? describe : describe.skip;

const NAMES = ["甲", "乙", "丙"];
// Totals 300, 305, 295: mean exactly 300 (合格); the item where the losses end scores 15, 20, 10 of 30 (mean 15).
const base = consensusOf(groupOf(NAMES, [195, 190, 200]));
const differing = base.result.items.find((i) => i.spread > 0)!;
const agreed = new Fraction(differing.exactConsensus).sub(1).valueOf();
const row = itemRow(base.model, "共识", differing.id);
const col = (h: string): number => headerCol(base.model, "共识", h);
const limitRow = labelRow(base.model, "共识汇总", "偏离限值（%）");
const expertsRow = labelRow(base.model, "共识汇总", "专家");

type Edit = (ws: ExcelJS.Worksheet, summary: ExcelJS.Worksheet) => void;

async function writeEdited(file: string, edit: Edit): Promise<void> {
  const bytes = await writeXlsx(base.model);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
  edit(wb.getWorksheet("共识")!, wb.getWorksheet("共识汇总")!);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

const resolved: Edit = (ws, summary) => {
  ws.getCell(row + 1, col("评议后得分") + 1).value = agreed;
  ws.getCell(row + 1, col("评议理由") + 1).value = "现场核查台账缺两个月";
  ws.getCell(row + 1, col("不同意见") + 1).value = "乙：台账已补齐，应维持原分";
  summary.getCell(limitRow + 1, 3).value = 1;
  summary.getCell(expertsRow + 3, 7).value = "按现场佐证逐项扣分";
};

// The tester's repro (H1): an expert cell corrected to the text "１５", A.4.9 (cap 10) to 25, another to 7.333.
const [textItem, decimalsItem] = base.result.items.filter((i) => i.id !== "A.4.9" && i.cap >= 15);
const expertErrors: Edit = (ws) => {
  ws.getCell(itemRow(base.model, "共识", textItem!.id) + 1, col("甲") + 1).value = "１５";
  ws.getCell(itemRow(base.model, "共识", "A.4.9") + 1, col("乙") + 1).value = 25;
  ws.getCell(itemRow(base.model, "共识", decimalsItem!.id) + 1, col("丙") + 1).value = 7.333;
};

maybe("a consensus workbook with the group's deliberation, in LibreOffice", () => {
  const dir = outputDir("merge/deliberation");
  const files = {
    plain: path.join(dir, "consensus.xlsx"),
    resolved: path.join(dir, "consensus-resolved.xlsx"),
    noReason: path.join(dir, "consensus-no-reason.xlsx"),
    expertErrors: path.join(dir, "consensus-expert-errors.xlsx"),
  };
  const recalculated = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    fs.writeFileSync(files.plain, await writeXlsx(base.model));
    await writeEdited(files.resolved, resolved);
    await writeEdited(files.noReason, (ws) => {
      ws.getCell(row + 1, col("评议后得分") + 1).value = agreed;
    });
    await writeEdited(files.expertErrors, expertErrors);
    const out = libreOfficeConvert(
      soffice!,
      Object.values(files),
      "xlsx",
      path.join(dir, "recalculated")
    );
    for (const [i, key] of Object.keys(files).entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out[i]!);
      recalculated.set(key, wb);
    }
  });

  const cached = (key: string, sheet: string, r: number, c: number): unknown => {
    const v = recalculated
      .get(key)!
      .getWorksheet(sheet)!
      .getCell(r + 1, c + 1).value;
    // ExcelJS reads a cached 0 or "" as no result: those come back as undefined.
    return v !== null && typeof v === "object" && "formula" in v ? v.result : v;
  };
  const totalRow = labelRow(base.model, "共识汇总", "合计");
  const verdictRow = labelRow(base.model, "共识汇总", "结论");
  const finalRow = labelRow(base.model, "共识汇总", "结论（定稿）");

  test("without deliberation: the method's result, total 300, 合格", () => {
    expect(cached("plain", "共识", row, col("共识"))).toBe(15);
    expect(cached("plain", "共识汇总", totalRow, 2)).toBe(300);
    expect(cached("plain", "共识汇总", verdictRow, 2)).toBe("合格");
    expect(cached("plain", "共识汇总", finalRow, 2)).toBe("合格");
    // Deviations +0%, +1.67%, −1.67%: none beyond the 30% limit.
    expect([1, 2, 3].map((k) => cached("plain", "共识汇总", expertsRow + k, 4) ?? 0)).toEqual([
      0, 1.67, -1.67,
    ]);
    expect([1, 2, 3].map((k) => cached("plain", "共识汇总", expertsRow + k, 5) ?? "")).toEqual([
      "",
      "",
      "",
    ]);
  });

  test("the agreed score 14 with its reason: consensus 14, total 299, 不合格; the limit cell 1% marks two experts", () => {
    expect(agreed).toBe(14);
    expect(cached("resolved", "共识", row, col("共识"))).toBe(14);
    expect(cached("resolved", "共识", row, col("方法结果"))).toBe(15);
    expect(cached("resolved", "共识", row, col("评议检查"))).toBe("已评议：采用评议后得分");
    expect(cached("resolved", "共识汇总", totalRow, 2)).toBe(299);
    expect(cached("resolved", "共识汇总", verdictRow, 2)).toBe("不合格");
    expect(cached("resolved", "共识汇总", finalRow, 2)).toBe("不合格");
    expect([1, 2, 3].map((k) => cached("resolved", "共识汇总", expertsRow + k, 5) ?? "")).toEqual([
      "",
      "需书面说明",
      "需书面说明",
    ]);
  });

  test("the agreed score without a reason: applied, but 评议检查 names the item and the verdict is pending", () => {
    expect(cached("noReason", "共识汇总", totalRow, 2)).toBe(299);
    expect(cached("noReason", "共识", row, col("评议检查"))).toBe(
      `错误：${differing.id} 评议后得分已填写，但未填写评议理由（6.6）；`
    );
    expect(cached("noReason", "共识汇总", finalRow, 2)).toBe("结论待定：有1个错误");
  });

  test('corrected expert scores: text "１５", 25 over A.4.9\'s cap of 10 and 7.333 are named in 评议检查, counted, the verdict pending', () => {
    const check = (id: string): unknown =>
      cached("expertErrors", "共识", itemRow(base.model, "共识", id), col("评议检查"));
    expect(check(textItem!.id)).toBe(`错误：${textItem!.id} 专家“甲”的分数是文本不是数字，按0计；`);
    expect(check("A.4.9")).toBe("错误：A.4.9 专家“乙”的分数应在0到本项分值10之间；");
    expect(check(decimalsItem!.id)).toBe(
      `错误：${decimalsItem!.id} 专家“丙”的分数超过两位小数，按所填数值计入；`
    );
    expect(
      cached("expertErrors", "共识汇总", labelRow(base.model, "共识汇总", "评议错误"), 2)
    ).toBe(3);
    expect(cached("expertErrors", "共识汇总", finalRow, 2)).toBe("结论待定：有3个错误");
    // The text counts 0 in the item's consensus (every expert counts), as the CLI's message says (按0计).
    const others = textItem!.scores.slice(1).reduce((a, b) => a + b, 0);
    const textConsensus = cached(
      "expertErrors",
      "共识",
      itemRow(base.model, "共识", textItem!.id),
      col("共识")
    );
    expect(Number(textConsensus ?? 0)).toBeCloseTo(others / 3, 9);
  });

  test("the report of the resolved workbook names the resolution, the dissent, the explanation and α in its PDF", async () => {
    const docx = path.join(dir, "report.docx");
    fs.rmSync(docx, { force: true });
    const r = await runCli(["report", files.resolved, "-o", docx]);
    expect(r.code).toBe(0);
    const [pdf] = libreOfficeConvert(soffice!, [docx], "pdf", dir);
    const flat = execFileSync(pdftotext!, [pdf!, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    expect(flat).toContain("评价结果：不合格");
    expect(flat).toContain("评估组评议改定的项目（1项，6.6）");
    expect(flat).toContain(
      `${differing.id}：共识方法结果15分→评议后得分14分（评议理由：现场核查台账缺两个月）`
    );
    expect(flat).toContain(`不同意见（1条）：${differing.id}：乙：台账已补齐，应维持原分`);
    expect(flat).toContain(
      "乙（总分305分，偏离均值+1.67%，超过±1%）：书面说明：按现场佐证逐项扣分"
    );
    expect(flat).toContain("丙（总分295分，偏离均值-1.67%，超过±1%）：未提交书面说明");
    expect(flat).toContain(`评估组一致性Krippendorffα=${base.result.agreement.alpha}`);
    expect(flat).toContain(base.result.agreement.reading.replace(/\s+/g, ""));
    expect(flat).toContain("持不同意见的成员（签字并写明理由）");
  });
});
