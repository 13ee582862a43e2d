/**
 * The group's deliberation on a consensus (issue 12): an agreed score inside and outside [0, cap], a missing
 * reason, the workbook's live formulas (HyperFormula) against the engine, deviation exactly at the limit, and the
 * reader taking it all back from an edited .xlsx.
 */
import ExcelJS from "exceljs";
import { Fraction, formatProblem } from "../../src/engine";
import { checkAgreed, readConsensusXlsx } from "../../src/merge";
import { writeXlsx } from "../../src/writers/xlsx";
import type { WorkbookModel } from "../../src/layout";
import { evaluateModel } from "../support/hfWorkbook";
import { consensusOf, groupOf, headerCol, itemRow, labelRow } from "./deliberationSupport";

const NAMES = ["甲", "乙", "丙"];

describe("checkAgreed: an agreed score counts only as a number with ≤ 2 decimals within [0, cap]", () => {
  test.each([0, 10, 7.25])("%p of a 10-point item is applied", (v) => {
    expect(checkAgreed("A.1.2", 10, v, "复核佐证后改定")).toEqual({ agreed: v, problems: [] });
  });

  test.each([
    [-0.5, "range"],
    [10.01, "range"],
    [8.125, "decimals"],
    ["8", "text"],
  ] as const)("%p is not applied (%s), named by its item", (v, why) => {
    const r = checkAgreed("A.1.2", 10, v, "理由");
    expect(r.agreed).toBeUndefined();
    expect(r.problems).toEqual([
      {
        code: "agreed-score-invalid",
        itemId: "A.1.2",
        value: typeof v === "number" ? v : String(v),
        cap: 10,
        why,
      },
    ]);
    expect(formatProblem(r.problems[0]!, "zh-CN")).toContain("A.1.2");
  });

  // TRUE/FALSE and an error value are named as what they are, never as text (the sheet's 评议检查 names them so).
  test.each([
    [true, "TRUE", "boolean", "：评议后得分是布尔值 TRUE（TRUE/FALSE），不是数字，未采用"],
    [false, "FALSE", "boolean", "评议后得分是布尔值 FALSE（TRUE/FALSE），不是数字"],
    [{ error: "#N/A" }, "#N/A", "error", "：评议后得分是错误值 #N/A，不是数字，未采用"],
    [{ error: "#DIV/0!" }, "#DIV/0!", "error", "评议后得分是错误值 #DIV/0!，不是数字"],
  ] as const)("%p is not applied: %s is named as a %s", (v, value, why, zh) => {
    const r = checkAgreed("A.1.2", 10, v, "理由");
    expect(r.agreed).toBeUndefined();
    expect(r.problems).toEqual([
      { code: "agreed-score-invalid", itemId: "A.1.2", value, cap: 10, why },
    ]);
    const text = formatProblem(r.problems[0]!, "zh-CN");
    expect(text).toContain(zh);
    expect(text).not.toContain("文本");
    expect(formatProblem(r.problems[0]!, "en-US")).not.toContain("text");
  });

  test.each([undefined, null, ""])("a blank cell (%p) is no deliberation", (v) => {
    expect(checkAgreed("A.1.2", 10, v, "")).toEqual({ problems: [] });
  });

  test("an agreed score without a reason is applied but is an error naming the item", () => {
    const r = checkAgreed("A.1.2", 10, 8, " \u3000");
    expect(r).toEqual({
      agreed: 8,
      problems: [{ code: "agreed-without-reason", itemId: "A.1.2", value: 8 }],
    });
    expect(formatProblem(r.problems[0]!, "zh-CN")).toBe(
      "错误：A.1.2「组织机构图有职责划分」：填写了评议后得分 8，但未填写评议理由；请写明评估组改定的理由（6.6）"
    );
    expect(formatProblem(r.problems[0]!, "en-US")).toContain("A.1.2");
  });
});

// Losses 195, 190, 200: totals 300, 305, 295, mean exactly 300 (合格); one item differs between the experts.
const LOSSES = [195, 190, 200];

/**
 * The group of LOSSES, its consensus and workbook model, the item that differs, and the columns of 共识, built
 * inside the test that calls it: Stryker credits a test only with the code run while the test runs, not in
 * `describe` or `beforeAll` (README, Mutation testing), so each test builds what it checks.
 */
function built() {
  const base = consensusOf(groupOf(NAMES, LOSSES));
  const differing = base.result.items.find((i) => i.spread > 0)!;
  const col = (h: string): number => headerCol(base.model, "共识", h);
  const expert = (k: number): number => col(NAMES[k]!);
  return { base, differing, col, expert };
}

describe("the consensus follows an agreed score, in the engine and in the workbook's formulas", () => {
  test("the group as built: total 300, 合格, one item differing", () => {
    const { base, differing } = built();
    expect(base.result.exactTotal).toBe("300");
    expect(base.result.verdict).toBe("合格");
    // The item where the losses end: 15, 20 and 10 of 30 (mean 15).
    expect([differing.cap, differing.scores, differing.consensus]).toEqual([30, [15, 20, 10], 15]);
  });

  test("an agreed score 1 below the method's result makes the total 299, 不合格, and records the resolution", () => {
    const { differing } = built();
    const agreed = new Fraction(differing.exactConsensus).sub(1).valueOf();
    const { result, model } = consensusOf(
      groupOf(NAMES, LOSSES, {
        [differing.id]: {
          agreed,
          reason: "现场核查佐证不足",
          dissent: "乙：佐证已补充，应维持原分",
        },
      })
    );
    const item = result.items.find((i) => i.id === differing.id)!;
    expect(item.consensus).toBe(agreed);
    expect(item.resolution).toEqual({
      methodResult: differing.consensus,
      exactMethodResult: differing.exactConsensus,
      agreed,
      reason: "现场核查佐证不足",
    });
    expect(item.dissent).toBe("乙：佐证已补充，应维持原分");
    expect(result.exactTotal).toBe("299");
    expect(result.verdict).toBe("不合格");

    const wb = evaluateModel(model);
    const row = itemRow(model, "共识", differing.id);
    expect(wb.value("共识", row, headerCol(model, "共识", "共识"))).toBe(agreed);
    expect(wb.value("共识", row, headerCol(model, "共识", "方法结果"))).toBe(differing.consensus);
    expect(wb.value("共识", row, headerCol(model, "共识", "评议检查"))).toBe(
      "已评议：采用评议后得分"
    );
    expect(wb.name("Total")).toBeCloseTo(299, 9);
    expect(wb.name("Verdict")).toBe("不合格");
    wb.destroy();
  });

  test("in the workbook: inside [0, cap] counts; outside, text or without a reason, the 评议检查 names the item", () => {
    const { base, differing } = built();
    const { model } = base;
    const wb = evaluateModel(model);
    const row = itemRow(model, "共识", differing.id);
    const col = (h: string): number => headerCol(model, "共识", h);
    const check = (): unknown => wb.value("共识", row, col("评议检查"));
    const finalRow = labelRow(model, "共识汇总", "结论（定稿）");
    const final = (): unknown => wb.value("共识汇总", finalRow, 2);
    const method = differing.consensus;

    wb.set("共识", row, col("评议后得分"), differing.cap + 1);
    wb.set("共识", row, col("评议理由"), "理由");
    expect(wb.value("共识", row, col("共识"))).toBe(method);
    expect(check()).toBe(
      `错误：${differing.id} 评议后得分应在0到本项分值${differing.cap}之间，未采用，按方法结果计；`
    );
    expect(final()).toBe("结论待定：有1个错误");

    wb.set("共识", row, col("评议后得分"), "'3"); // text, as a cell holds it
    expect(wb.value("共识", row, col("共识"))).toBe(method);
    expect(check()).toBe(`错误：${differing.id} 评议后得分是文本不是数字，未采用，按方法结果计；`);

    // A boolean and an error value are named as what they are, as the reader names them (never "文本").
    wb.set("共识", row, col("评议后得分"), true);
    expect(wb.value("共识", row, col("共识"))).toBe(method);
    expect(check()).toBe(
      `错误：${differing.id} 评议后得分是布尔值（TRUE/FALSE）不是数字，未采用，按方法结果计；`
    );
    wb.set("共识", row, col("评议后得分"), "=NA()");
    expect(wb.value("共识", row, col("共识"))).toBe(method);
    expect(check()).toBe(
      `错误：${differing.id} 评议后得分是错误值不是数字，未采用，按方法结果计；`
    );

    wb.set("共识", row, col("评议后得分"), 0);
    expect(wb.value("共识", row, col("共识"))).toBe(0);
    expect(check()).toBe("已评议：采用评议后得分");
    expect(final()).toBe("不合格");

    wb.set("共识", row, col("评议理由"), null);
    expect(check()).toBe(`错误：${differing.id} 评议后得分已填写，但未填写评议理由（6.6）；`);
    expect(final()).toBe("结论待定：有1个错误");

    wb.set("共识", row, col("评议后得分"), null);
    expect(check()).toBe("");
    expect(wb.name("Total")).toBeCloseTo(300, 9);
    expect(final()).toBe("合格");
    wb.destroy();
  });

  test("the 畸高畸低 column computes the merge's outliers", () => {
    const { result, model } = consensusOf(groupOf(NAMES, [0, 0, 10]));
    const wb = evaluateModel(model);
    for (const item of result.items)
      expect([
        item.id,
        wb.value("共识", itemRow(model, "共识", item.id), headerCol(model, "共识", "畸高畸低")),
      ]).toEqual([item.id, item.outliers.join("、")]);
    expect(result.items.some((i) => i.outliers.length > 0)).toBe(true);
    wb.destroy();
  });
});

describe("a corrected expert score: one rule (0 to the cap, ≤ 2 decimals, a number) for every expert cell of 共识", () => {
  test("every expert score cell has a decimal validation from 0 to the item's cap, with a stop alert naming it", () => {
    const { base, expert } = built();
    const sheet = base.model.sheets.find((s) => s.name === "共识")!;
    for (const item of base.result.items) {
      const row = itemRow(base.model, "共识", item.id);
      NAMES.forEach((_, k) => {
        const rules = sheet.validations.filter(
          (v) =>
            row >= v.range.row &&
            row < v.range.row + v.range.rows &&
            expert(k) >= v.range.col &&
            expert(k) < v.range.col + v.range.cols
        );
        expect(rules).toHaveLength(1);
        const rule = rules[0]!;
        if (rule.kind !== "decimal") throw new Error(`${item.id}: ${rule.kind}`);
        expect([rule.min, rule.max]).toEqual([0, item.cap]);
        expect(rule.errorMessage).toContain(item.id);
        expect(rule.errorMessage).toContain(`0到本项分值${item.cap}`);
      });
    }
  });

  test('text "１５", 25 over a cap of 10 and 7.333 are each named in 评议检查 and counted; the verdict is pending', () => {
    const { base, col, expert } = built();
    const { result, model } = base;
    const wb = evaluateModel(model);
    const check = (id: string): unknown =>
      wb.value("共识", itemRow(model, "共识", id), col("评议检查"));
    const consensus = (id: string): unknown =>
      wb.value("共识", itemRow(model, "共识", id), col("共识"));
    const errorsRow = labelRow(model, "共识汇总", "评议错误");
    const finalRow = labelRow(model, "共识汇总", "结论（定稿）");
    const capped = result.items.find((i) => i.id === "A.4.9")!;
    expect(capped.cap).toBe(10);
    const [textItem, decimalsItem] = result.items.filter((i) => i.id !== "A.4.9" && i.cap >= 15);
    expect(wb.value("共识汇总", finalRow, 2)).toBe("合格");

    wb.set("共识", itemRow(model, "共识", textItem!.id), expert(0), "'１５");
    wb.set("共识", itemRow(model, "共识", capped.id), expert(1), 25);
    wb.set("共识", itemRow(model, "共识", decimalsItem!.id), expert(2), 7.333);

    expect(check(textItem!.id)).toBe(`错误：${textItem!.id} 专家“甲”的分数是文本不是数字，按0计；`);
    expect(check(capped.id)).toBe(`错误：A.4.9 专家“乙”的分数应在0到本项分值10之间；`);
    expect(check(decimalsItem!.id)).toBe(
      `错误：${decimalsItem!.id} 专家“丙”的分数超过两位小数，按所填数值计入；`
    );
    expect(wb.value("共识汇总", errorsRow, 2)).toBe(3);
    expect(wb.value("共识汇总", finalRow, 2)).toBe("结论待定：有3个错误");
    // The text counts 0 in the item's consensus, as in the expert's total and in the reader: every expert counts.
    const others = textItem!.scores.slice(1).reduce((a, b) => a + b, 0);
    expect(consensus(textItem!.id)).toBeCloseTo(others / 3, 9);
    wb.destroy();
  });

  test("the reader refuses the same cells, and its message for the text says what the sheet does (按0计)", async () => {
    const { base, expert } = built();
    const { model, result } = base;
    const buf = await writeXlsx(model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
    );
    const ws = wb.getWorksheet("共识")!;
    const textItem = result.items.filter((i) => i.id !== "A.4.9" && i.cap >= 15)[0]!;
    ws.getCell(itemRow(model, "共识", textItem.id) + 1, expert(0) + 1).value = "１５";
    ws.getCell(itemRow(model, "共识", "A.4.9") + 1, expert(1) + 1).value = 25;
    const read = await readConsensusXlsx(
      new Uint8Array(await wb.xlsx.writeBuffer()),
      "consensus.xlsx"
    );
    const errors = read.ok ? [] : read.errors;
    expect(errors.map((e) => e.code).sort()).toEqual(["number-as-text", "score-out-of-range"]);
    const text = errors.find((e) => e.code === "number-as-text")!;
    expect(formatProblem(text)).toContain("工作簿和本工具都按0计");
  });
});

describe("deviation from the mean total on 共识汇总 (limit 30% by default)", () => {
  // Totals 390, 210, 300: mean 300, deviations +30.00%, −30.00%, 0. Built in each test, as built() is.
  function deviating() {
    const { result, model } = consensusOf(groupOf(NAMES, [105, 285, 195]));
    return { result, model, header: labelRow(model, "共识汇总", "专家") };
  }

  test("exactly 30.00% is not over the limit, in the engine and on the sheet", () => {
    const { result, model, header } = deviating();
    expect(result.experts.map((e) => [e.total, e.deviationPct, e.needsExplanation])).toEqual([
      [390, 30, false],
      [210, -30, false],
      [300, 0, false],
    ]);
    const wb = evaluateModel(model);
    const rows = [1, 2, 3].map((k) => header + k);
    expect(rows.map((r) => wb.value("共识汇总", r, 4))).toEqual([30, -30, 0]);
    expect(rows.map((r) => wb.value("共识汇总", r, 5))).toEqual(["", "", ""]);
    const limitRow = labelRow(model, "共识汇总", "偏离限值（%）");
    expect(wb.value("共识汇总", limitRow, 2)).toBe(30);
    wb.set("共识汇总", limitRow, 2, 29.99);
    expect(rows.map((r) => wb.value("共识汇总", r, 5))).toEqual(["需书面说明", "需书面说明", ""]);
    wb.destroy();
  });

  test.each([
    ["a negative number", -5],
    ["zero", 0],
    ["text", "二十"],
    ["over 100", 150],
    ["more than 2 decimals", 12.345],
  ])(
    "a limit cell holding %s is not used: the default 30%% applies, as the reader applies it, and the sheet says so",
    (_name, typed) => {
      const { model, header } = deviating();
      const wb = evaluateModel(model);
      const limitRow = labelRow(model, "共识汇总", "偏离限值（%）");
      const rows = [1, 2, 3].map((k) => header + k);
      wb.set("共识汇总", limitRow, 2, typed);
      // As at 30: +30.00% and −30.00% are not over it (with −5 every expert would have been marked).
      expect(rows.map((r) => wb.value("共识汇总", r, 5))).toEqual(["", "", ""]);
      expect(wb.value("共识汇总", limitRow, 3)).toBe(
        "提示：偏离限值应为大于0、不超过100、最多两位小数的数，现按默认30%计；"
      );
      wb.set("共识汇总", limitRow, 2, 30);
      expect(wb.value("共识汇总", limitRow, 3)).toBe("");
      wb.destroy();
    }
  );

  test("the limit cell starts at --deviation-limit's value", () => {
    const { header } = deviating();
    const limited = consensusOf(groupOf(NAMES, [105, 285, 195]), 25);
    const wb = evaluateModel(limited.model);
    const limitRow = labelRow(limited.model, "共识汇总", "偏离限值（%）");
    expect(wb.value("共识汇总", limitRow, 2)).toBe(25);
    expect([1, 2, 3].map((k) => wb.value("共识汇总", header + k, 5))).toEqual([
      "需书面说明",
      "需书面说明",
      "",
    ]);
    expect(limited.result.experts.map((e) => e.needsExplanation)).toEqual([true, true, false]);
    wb.destroy();
  });
});

describe("readConsensus takes the deliberation back from an edited workbook", () => {
  async function edited(
    edit: (
      ws: ExcelJS.Worksheet,
      summary: ExcelJS.Worksheet,
      row: number,
      col: (h: string) => number,
      model: WorkbookModel
    ) => void,
    losses = LOSSES
  ) {
    const { result, model } = consensusOf(groupOf(NAMES, losses));
    const differing = result.items.find((i) => i.spread > 0)!;
    const wb = new ExcelJS.Workbook();
    const buf = await writeXlsx(model);
    await wb.xlsx.load(
      buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
    );
    const row = itemRow(model, "共识", differing.id) + 1;
    edit(
      wb.getWorksheet("共识")!,
      wb.getWorksheet("共识汇总")!,
      row,
      (h) => headerCol(model, "共识", h) + 1,
      model
    );
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    return { read: await readConsensusXlsx(bytes, "consensus.xlsx"), differing, model };
  }

  test("agreed score, reason, dissent, explanations and the limit", async () => {
    const { read, differing } = await edited((ws, summary, row, col, model) => {
      ws.getCell(row, col("评议后得分")).value = 2.5;
      ws.getCell(row, col("评议理由")).value = "台账缺两个月";
      ws.getCell(row, col("不同意见")).value = "丙：台账已补齐";
      const header = labelRow(model, "共识汇总", "专家") + 1;
      summary.getCell(header + 1, 7).value = "按现场佐证评分";
      summary.getCell(labelRow(model, "共识汇总", "偏离限值（%）") + 1, 3).value = 1;
    });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const item = read.result.items.find((i) => i.id === differing.id)!;
    expect(item.resolution).toEqual({
      methodResult: differing.consensus,
      exactMethodResult: differing.exactConsensus,
      agreed: 2.5,
      reason: "台账缺两个月",
    });
    expect(item.consensus).toBe(2.5);
    expect(item.dissent).toBe("丙：台账已补齐");
    expect(read.result.exactTotal).toBe(
      new Fraction(300).sub(new Fraction(differing.exactConsensus)).add(2.5).toFraction()
    );
    expect(read.result.deviationLimit).toBe(1);
    // 305 is +1.67% from 300, 295 −1.67%: beyond a 1% limit.
    expect(
      read.result.experts.map((e) => [e.deviationPct, e.needsExplanation, e.explanation])
    ).toEqual([
      [0, false, "按现场佐证评分"],
      [1.67, true, undefined],
      [-1.67, true, undefined],
    ]);
  });

  test("an agreed score without a reason refuses the workbook, naming the item and the cell", async () => {
    const { read, differing, model } = await edited((ws, _s, row, col) => {
      ws.getCell(row, col("评议后得分")).value = 3;
    });
    expect(read.ok).toBe(false);
    const cell = `${String.fromCharCode(65 + headerCol(model, "共识", "评议后得分"))}${itemRow(model, "共识", differing.id) + 1}`;
    expect(read.ok ? [] : read.errors).toEqual([
      {
        code: "agreed-without-reason",
        itemId: differing.id,
        value: 3,
        where: { file: "consensus.xlsx", sheet: "共识", cell },
      },
    ]);
  });

  test("an agreed score outside [0, cap] refuses the workbook", async () => {
    const { read, differing } = await edited((ws, _s, row, col) => {
      ws.getCell(row, col("评议后得分")).value = -1;
      ws.getCell(row, col("评议理由")).value = "x";
    });
    expect(read.ok ? [] : read.errors.map((e) => [e.code, "itemId" in e ? e.itemId : ""])).toEqual([
      ["agreed-score-invalid", differing.id],
    ]);
  });
});

describe("a consensus workbook written from a result with deliberation (the pane's download) keeps it", () => {
  test("agreed score, reason, dissent and explanation survive write → read", async () => {
    const group = groupOf(
      NAMES,
      LOSSES,
      { "A.3.5": { agreed: 12.5, reason: "按现场核查", dissent: "乙：应为15分" } },
      ["", "总分偏高系按佐证"]
    );
    const { result, model } = consensusOf(group);
    expect(result.items.find((i) => i.id === "A.3.5")?.resolution?.agreed).toBe(12.5);
    const read = await readConsensusXlsx(await writeXlsx(model), "c.xlsx");
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const item = read.result.items.find((i) => i.id === "A.3.5")!;
    expect([item.resolution, item.dissent]).toEqual([
      { methodResult: 15, exactMethodResult: "15", agreed: 12.5, reason: "按现场核查" },
      "乙：应为15分",
    ]);
    expect(read.result.experts.map((e) => e.explanation)).toEqual([
      undefined,
      "总分偏高系按佐证",
      undefined,
    ]);
    expect(read.result.exactTotal).toBe(result.exactTotal);
    expect(read.result.exactTotal).toBe("595/2");
  });
});
