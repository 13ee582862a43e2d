/**
 * A new user's finding 4: a 评议理由 typed on 共识 without a 评议后得分 was dropped silently by readConsensus and the
 * report. It is kept: the workbook's 评议检查 names it (HyperFormula), the reader warns at its cell and keeps it,
 * and the report shows it beside the method's result, which still counts.
 */
import ExcelJS from "exceljs";
import { formatProblem } from "../../src/engine";
import { applyDeliberation, readConsensusXlsx } from "../../src/merge";
import { consensusFacts } from "../../src/report/consensus";
import { writeXlsx } from "../../src/writers/xlsx";
import { evaluateModel } from "../support/hfWorkbook";
import { consensusOf, groupOf, headerCol, itemRow, labelRow } from "../merge/deliberationSupport";

const NAMES = ["甲", "乙", "丙"];
// 甲 loses 5 on A.1.1 (cap 5), the others nothing: A.1.1's mean is (0 + 5 + 5) / 3 = 10/3, shown 3.33.
const base = consensusOf(groupOf(NAMES, [5, 0, 0]));
const REASON = "现场复核后维持方法结果";

describe("a reason without an agreed score is kept and named", () => {
  test("the workbook's 评议检查 says so as a hint; the total keeps the method's result; the verdict stays final", () => {
    const { model } = base;
    const wb = evaluateModel(model);
    const row = itemRow(model, "共识", "A.1.1");
    const col = (h: string): number => headerCol(model, "共识", h);
    wb.set("共识", row, col("评议理由"), REASON);
    expect(wb.value("共识", row, col("评议检查"))).toBe(
      "提示：A.1.1 已填写评议理由，但未填写评议后得分，按方法结果计；"
    );
    expect(wb.value("共识", row, col("共识"))).toBeCloseTo(10 / 3, 9);
    expect(wb.value("共识汇总", labelRow(model, "共识汇总", "结论（定稿）"), 2)).toBe("合格");
    wb.set("共识", row, col("评议理由"), null);
    expect(wb.value("共识", row, col("评议检查"))).toBe("");
    wb.destroy();
  });

  test("readConsensus keeps it, warns at the reason's cell, and the report shows it", async () => {
    const wb = new ExcelJS.Workbook();
    const buf = await writeXlsx(base.model);
    await wb.xlsx.load(
      buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
    );
    const row = itemRow(base.model, "共识", "A.1.1") + 1;
    const reasonCol = headerCol(base.model, "共识", "评议理由") + 1;
    wb.getWorksheet("共识")!.getCell(row, reasonCol).value = REASON;
    const read = await readConsensusXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "共识.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const item = read.result.items.find((i) => i.id === "A.1.1")!;
    expect(item.resolution).toBeUndefined();
    expect(item.unappliedReason).toBe(REASON);
    expect(item.exactConsensus).toBe("10/3");
    const warning = read.result.warnings.find((w) => w.code === "reason-without-agreed")!;
    expect(warning.where).toEqual({
      file: "共识.xlsx",
      sheet: "共识",
      cell: `${String.fromCharCode(64 + reasonCol)}${row}`,
    });
    expect(formatProblem(warning, "zh-CN")).toContain(
      `A.1.1「标准化方针、目标」：填写了评议理由“${REASON}”，但未填写评议后得分，本项仍按共识方法的结果计`
    );
    expect(formatProblem(warning, "en-US")).toContain("was entered without an agreed score");
    expect(consensusFacts(read.result).resolutions).toEqual([
      `A.1.1：未填写评议后得分，按共识方法结果3.33分计（评议理由：${REASON}）`,
    ]);

    // The pane re-applying the deliberation keeps it too; an agreed score then settles it.
    const again = applyDeliberation(read.result, new Map());
    expect(again.items.find((i) => i.id === "A.1.1")!.unappliedReason).toBe(REASON);
    const settled = applyDeliberation(
      read.result,
      new Map([["A.1.1", { agreed: 4, reason: REASON }]])
    );
    expect(settled.warnings.some((w) => w.code === "reason-without-agreed")).toBe(false);
    expect(settled.items.find((i) => i.id === "A.1.1")!.resolution?.agreed).toBe(4);
  });
});
