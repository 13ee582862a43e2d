/**
 * A date, a boolean and an error value typed in a consensus workbook's expert score or 评议后得分 cell: what the
 * 共识 sheet's own formulas (HyperFormula) compute and flag for it, and what the reader says of it, agree. A date is
 * the serial number the formulas count (ISNUMBER is true for it), named as a date; TRUE counts 1 in the sheet's N()
 * and is refused by both; #N/A spreads to the consensus and total, and the message says so (not 按0计).
 */
import { formatProblem } from "../../src/engine";
import type { LocatedProblem } from "../../src/engine";
import { readLoadedConsensus } from "../../src/merge";
import { evaluateModel } from "../support/hfWorkbook";
import type { EvaluatedWorkbook } from "../support/hfWorkbook";
import { edited, loadedConsensus } from "./consensusGrid";
import { groupOf, headerCol, itemRow } from "./deliberationSupport";

/** A.1.2 is worth 10 points; every expert gives it full marks (no losses). */
const ITEM = "A.1.2";
const CAP = 10;
const FIRST_EXPERT = 4; // column E: 甲 (D is 分值)
/** 2026-01-05 as ExcelJS gives a date-formatted cell, and its 1900-system serial (45658 = 2025-01-01, + 369). */
const JAN5 = new Date(Date.UTC(2026, 0, 5));
const JAN5_SERIAL = 46027;

async function setUp(): Promise<{
  wb: EvaluatedWorkbook;
  row: number;
  col: (header: string) => number;
  read: (col: number, value: Date | boolean | string | number, reason?: string) => LocatedProblem[];
}> {
  const { model, loaded } = await loadedConsensus(groupOf(["甲", "乙", "丙"], [0, 0, 0]));
  const row = itemRow(model, "共识", ITEM);
  const col = (header: string): number => headerCol(model, "共识", header);
  const read = (c: number, value: Date | boolean | string | number, reason?: string) => {
    const edits = [{ row, col: c, value }];
    if (reason !== undefined) edits.push({ row, col: col("评议理由"), value: reason });
    const r = readLoadedConsensus(edited(loaded, edits));
    return r.ok ? [] : [...r.errors];
  };
  return { wb: evaluateModel(model), row, col, read };
}

describe("an expert's score cell on 共识", () => {
  test("TRUE: the sheet counts 1 and flags a boolean; the reader refuses it in the same words, saying it counts 1", async () => {
    const { wb, row, col, read } = await setUp();
    wb.set("共识", row, FIRST_EXPERT, true);
    // Mean of 1, 10, 10 = 7 (the sheet's N(TRUE) is 1).
    expect(wb.value("共识", row, col("方法结果"))).toBe(7);
    expect(wb.value("共识", row, col("评议检查"))).toContain(
      `错误：${ITEM} 专家“甲”的分数是布尔值（TRUE/FALSE）不是数字；`
    );
    wb.destroy();
    const errors = read(FIRST_EXPERT, true);
    expect(errors).toEqual([
      expect.objectContaining({
        code: "number-as-text",
        itemId: ITEM,
        value: "TRUE",
        found: "boolean",
        inConsensus: true,
        where: { file: "c.xlsx", sheet: "共识", cell: "E5" },
      }),
    ]);
    const zh = formatProblem(errors[0]!, "zh-CN");
    expect(zh).toContain("是布尔值（TRUE/FALSE）不是数字");
    expect(zh).toContain("公式按1计");
    expect(zh).not.toContain("按0计");
    expect(formatProblem(errors[0]!, "en-US")).toContain("count it as 1");
  });

  test("#N/A: the sheet's consensus and total show #N/A; the message says so, not 按0计", async () => {
    const { wb, row, col, read } = await setUp();
    wb.set("共识", row, FIRST_EXPERT, "=NA()");
    expect(String(wb.value("共识", row, col("共识")))).toBe("#N/A");
    expect(String(wb.name("Total"))).toBe("#N/A");
    expect(wb.value("共识", row, col("评议检查"))).toContain(`专家“甲”的分数是错误值；`);
    wb.destroy();
    const errors = read(FIRST_EXPERT, "#N/A");
    expect(errors).toEqual([
      expect.objectContaining({ code: "number-as-text", value: "#N/A", found: "error" }),
    ]);
    const zh = formatProblem(errors[0]!, "zh-CN");
    expect(zh).toContain("共识、小计、总分和结论都显示该错误值");
    expect(zh).not.toContain("按0计");
    expect(formatProblem(errors[0]!, "en-US")).not.toContain("count 0");
  });

  test("a date: the sheet counts its serial and flags the range; the reader names the date and the serial", async () => {
    const { wb, row, col, read } = await setUp();
    wb.set("共识", row, FIRST_EXPERT, JAN5_SERIAL);
    // (46027 + 10 + 10) / 3 = 15349.
    expect(wb.value("共识", row, col("方法结果"))).toBe(15349);
    expect(wb.value("共识", row, col("评议检查"))).toContain(
      `专家“甲”的分数应在0到本项分值${CAP}之间；`
    );
    wb.destroy();
    const errors = read(FIRST_EXPERT, JAN5);
    expect(errors).toEqual([
      expect.objectContaining({
        code: "score-out-of-range",
        value: JAN5_SERIAL,
        cap: CAP,
        date: "2026-01-05",
      }),
    ]);
    expect(formatProblem(errors[0]!, "zh-CN")).toContain(
      `：专家得分是日期 2026-01-05，不是分数；共识工作表按其序列号 46027 计入，并在“评议检查”列标为应在0到本项分值 10 之间；请删除后直接输入分数`
    );
  });

  test("a date and time (13:00 is 13/24 of a day): the sheet flags its decimals; the reader says the same", async () => {
    const { wb, row, col, read } = await setUp();
    wb.set("共识", row, FIRST_EXPERT, JAN5_SERIAL + 13 / 24);
    expect(wb.value("共识", row, col("评议检查"))).toContain(
      "专家“甲”的分数超过两位小数，按所填数值计入；"
    );
    wb.destroy();
    const errors = read(FIRST_EXPERT, new Date(Date.UTC(2026, 0, 5, 13)));
    expect(errors).toEqual([
      expect.objectContaining({ code: "too-many-decimals", asTyped: true, date: "2026-01-05" }),
    ]);
    const p = errors[0]!;
    expect(p.code === "too-many-decimals" && p.value).toBeCloseTo(46027.541667, 5);
    expect(formatProblem(p, "zh-CN")).toContain("是日期时间 2026-01-05，不是分数");
    expect(formatProblem(p, "zh-CN")).toContain("“评议检查”列标为“超过两位小数”");
  });
});

describe("an agreed score (评议后得分) cell on 共识", () => {
  test("a date: the sheet judges its serial out of range and keeps the method's result; the reader names the date", async () => {
    const { wb, row, col, read } = await setUp();
    wb.set("共识", row, col("评议后得分"), JAN5_SERIAL);
    wb.set("共识", row, col("评议理由"), "理由");
    expect(wb.value("共识", row, col("共识"))).toBe(10);
    expect(wb.value("共识", row, col("评议检查"))).toBe(
      `错误：${ITEM} 评议后得分应在0到本项分值${CAP}之间，未采用，按方法结果计；`
    );
    wb.destroy();
    const errors = read(col("评议后得分"), JAN5, "理由");
    expect(errors).toEqual([
      expect.objectContaining({
        code: "agreed-score-invalid",
        value: JAN5_SERIAL,
        why: "range",
        date: "2026-01-05",
      }),
    ]);
    const zh = formatProblem(errors[0]!, "zh-CN");
    expect(zh).toContain(
      `：评议后得分是日期 2026-01-05，不是分数；共识工作表按其序列号 46027 判断：不在0到本项分值 10 之间，未采用，本项仍按共识方法的结果计；请删除后直接输入分数`
    );
    expect(zh).not.toContain("文本");
  });

  test("a date whose serial fits (1900-01-05 is 5): the sheet applies 5, and so does the reader", async () => {
    const { loaded, model } = await loadedConsensus(groupOf(["甲", "乙", "丙"], [0, 0, 0]));
    const row = itemRow(model, "共识", ITEM);
    const agreedCol = headerCol(model, "共识", "评议后得分");
    const reasonCol = headerCol(model, "共识", "评议理由");
    const wb = evaluateModel(model);
    wb.set("共识", row, agreedCol, 5);
    wb.set("共识", row, reasonCol, "理由");
    expect(wb.value("共识", row, headerCol(model, "共识", "共识"))).toBe(5);
    wb.destroy();
    // ExcelJS counts from 1899-12-30: serial 5 is given as 1900-01-04 UTC.
    const r = readLoadedConsensus(
      edited(loaded, [
        { row, col: agreedCol, value: new Date(Date.UTC(1900, 0, 4)) },
        { row, col: reasonCol, value: "理由" },
      ])
    );
    expect(r.ok && r.result.items.find((i) => i.id === ITEM)?.consensus).toBe(5);
  });
});
