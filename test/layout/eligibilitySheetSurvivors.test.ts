/**
 * The eligibility sheet (src/layout/evaluationSheets/eligibilitySheet.ts) where mutation testing found it
 * untested: its column headers and hidden helper columns, the title, intro and header rows, the validation
 * messages a user sees on a bad entry, which cells are unlocked for typing, a date or score of spaces only (left
 * blank, not written as text), the condition rows' header and heights, the highlights, the signature line, the
 * footer and tab colour, and 5.2's reason just under the pass mark (HyperFormula); a long evidence text's row
 * height, February's 28 or 29 days and a space before 日 in the date helper (HyperFormula, the one date reader as
 * the reference). Expected texts and serials are written out by hand.
 */
import {
  CONDITION_COL,
  CONDITION_IDS,
  CONDITION_TEXT,
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  INCIDENTS,
  buildEligibilitySheet,
} from "../../src/layout/evaluationSheets";
import { wrappedLines } from "../../src/layout/builder";
import type { SheetModel } from "../../src/layout/model";
import { evaluateSheet, rowOf } from "../report/support";
import { readerSays } from "../support/dateSpaces";
import { cellAt, textAt } from "../support/layoutCells";

function rowTexts(sheet: SheetModel, row: number, cols: number): (string | undefined)[] {
  return Array.from({ length: cols }, (_, col) => textAt(sheet, row, col));
}

describe("the eligibility sheet's survivors", () => {
  test("its columns: headers, widths, and the helper columns hidden", () => {
    const sheet = buildEligibilitySheet();
    expect(sheet.columns.map((c) => [c.header, c.width, c.hidden ?? false])).toEqual([
      ["条款", 10, false],
      ["项目", 34, false],
      ["填写", 14, false],
      ["证明材料/说明", 38, false],
      ["识别值", 8, true],
      ["辅助", 8, true],
      ["编号", 10, true],
      ["辅助", 8, true],
    ]);
  });

  test("the title, the intro and the header row above the inputs", () => {
    const sheet = buildEligibilitySheet();
    expect(textAt(sheet, 0, 0)).toBe("评价条件（标准第5章）");
    expect(textAt(sheet, 1, 0)).toBe(
      "黄色单元格为填写区：填写日期（如 2026-05-20）、自查总分和证明材料；5.3各项选择“是”或“否”。各条件是否满足由公式按所填日期自动计算，无需手工勾选。"
    );
    expect(rowTexts(sheet, 2, 4)).toEqual(["条款", "项目", "填写", "证明材料/说明"]);
    expect([0, 1, 2, 3].map((col) => cellAt(sheet, 2, col)?.style)).toEqual([
      "header",
      "header",
      "header",
      "header",
    ]);
  });

  test("input and evidence cells are unlocked, their labels locked", () => {
    const sheet = buildEligibilitySheet({ evidence: { operationStart: "体系发布令" } });
    for (const id of [
      ELIGIBILITY_IDS.date("operationStart"),
      ELIGIBILITY_IDS.score,
      ELIGIBILITY_IDS.incident(INCIDENTS[0]!.id),
    ]) {
      const r = rowOf(sheet, id);
      expect([
        cellAt(sheet, r, ELIGIBILITY_COL.input)?.locked,
        cellAt(sheet, r, ELIGIBILITY_COL.evidence)?.locked,
        cellAt(sheet, r, ELIGIBILITY_COL.label)?.locked,
      ]).toEqual([false, false, true]);
    }
    const start = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
    expect(textAt(sheet, start, ELIGIBILITY_COL.evidence)).toBe("体系发布令");
  });

  test("a date of spaces only and a score typed as '' leave their cells blank", () => {
    const sheet = buildEligibilitySheet({
      operationStart: "   ",
      applicationDate: "2026-05-31",
      selfEvaluationScore: "",
    });
    const start = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
    const applied = rowOf(sheet, ELIGIBILITY_IDS.date("applicationDate"));
    const score = rowOf(sheet, ELIGIBILITY_IDS.score);
    expect(cellAt(sheet, start, ELIGIBILITY_COL.input)?.content).toEqual({ kind: "empty" });
    expect(cellAt(sheet, applied, ELIGIBILITY_COL.input)?.content).toEqual({
      kind: "text",
      text: "2026-05-31",
    });
    expect(cellAt(sheet, score, ELIGIBILITY_COL.input)?.content).toEqual({ kind: "empty" });
  });

  test("the clauses and labels of the date, score and 5.3 rows", () => {
    const sheet = buildEligibilitySheet();
    const score = rowOf(sheet, ELIGIBILITY_IDS.score);
    expect(rowTexts(sheet, score, 2)).toEqual([
      "5.2",
      "自查总分（按附录A自查的总分，300分及以上为合格）",
    ]);
    expect(textAt(sheet, score + 1, 0)).toBe("5.3 试运行期间是否发生过下列情况（选择“是”或“否”）");
    expect(cellAt(sheet, score + 1, 0)?.style).toBe("header");
    const quality = rowOf(sheet, ELIGIBILITY_IDS.incident("quality"));
    expect(rowTexts(sheet, quality, 2)).toEqual(["5.3", "重大质量事故"]);
  });

  test("the validations' titles, messages and prompts", () => {
    const sheet = buildEligibilitySheet();
    const v = sheet.validations.map((x) => ({
      kind: x.kind,
      row: x.range.row,
      title: x.errorTitle,
      message: x.errorMessage,
      prompt: x.prompt,
      options: x.kind === "list" ? x.options : undefined,
    }));
    const start = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
    expect(v[0]).toEqual({
      kind: "date",
      row: start,
      title: "日期无效",
      message: "请填写体系运行开始日期，如 2026-05-20",
      prompt: "体系运行开始日期，如 2026-05-20",
      options: undefined,
    });
    expect(v[3]).toEqual({
      kind: "decimal",
      row: rowOf(sheet, ELIGIBILITY_IDS.score),
      title: "自查总分无效",
      message: "请填写0到495之间的数字（附录A各项分值之和为495分，8.2标注500分）",
      prompt: undefined,
      options: undefined,
    });
    expect(v[4]).toEqual({
      kind: "list",
      row: rowOf(sheet, ELIGIBILITY_IDS.incident("quality")),
      title: "请选择是或否",
      message: "试运行期间是否发生过重大质量事故：请选择“是”或“否”",
      prompt: undefined,
      options: ["是", "否"],
    });
  });

  test("the conditions' header row stands right above 5.1, after one blank row", () => {
    const sheet = buildEligibilitySheet();
    const first = rowOf(sheet, ELIGIBILITY_IDS.condition("5.1"));
    const lastIncident = rowOf(sheet, ELIGIBILITY_IDS.incident(INCIDENTS.at(-1)!.id));
    expect(first).toBe(lastIncident + 3);
    expect(rowTexts(sheet, first - 1, 4)).toEqual(["条款", "条件（标准原文）", "结果", "说明"]);
    expect(cellAt(sheet, first - 1, 3)?.style).toBe("header");
    expect(rowTexts(sheet, first - 2, 4)).toEqual([undefined, undefined, undefined, undefined]);
  });

  test("each condition row is tall enough for its clause text at 11 pt in the label column", () => {
    const sheet = buildEligibilitySheet();
    for (const id of CONDITION_IDS) {
      const r = rowOf(sheet, ELIGIBILITY_IDS.condition(id));
      const lines = wrappedLines(CONDITION_TEXT[id], 34, 11);
      expect(lines).toBeGreaterThan(1);
      expect(sheet.rowHeights.get(r)).toBeGreaterThanOrEqual(lines * 15 + 4);
    }
  });

  test("the highlights: not met red, incomplete yellow, the conclusion red unless eligible", () => {
    const sheet = buildEligibilitySheet();
    const r = rowOf(sheet, ELIGIBILITY_IDS.condition("5.2"));
    const overall = rowOf(sheet, ELIGIBILITY_IDS.overall);
    const formulas = sheet.conditionalFormats.map((f) => (f.kind === "dataBar" ? "" : f.formula));
    expect(formulas).toContain(`C${r + 1}="不满足"`);
    expect(formulas).toContain(`C${r + 1}="待填写"`);
    expect(formulas).toContain(`B${overall + 1}<>"可以申请评估"`);
  });

  test("the conclusion's clause cell, the signature line, the footer and the tab colour", () => {
    const sheet = buildEligibilitySheet();
    const overall = rowOf(sheet, ELIGIBILITY_IDS.overall);
    expect(textAt(sheet, overall, 0)).toBe("结论");
    expect(textAt(sheet, overall + 4, 0)).toBe(
      "申请单位（盖章）：____________________    填表人：__________    日期：________年____月____日"
    );
    expect(sheet.print?.footer).toBe("评价条件 第 &P 页 共 &N 页");
    expect(sheet.tabColor).toBe("#7030A0");
  });

  test("5.2 with a score of 299.996 says 299.99, never 300 (HyperFormula)", () => {
    const sheet = buildEligibilitySheet({
      operationStart: "2025-01-01",
      selfEvaluationDate: "2025-09-01",
      applicationDate: "2025-10-01",
      selfEvaluationScore: 299.996,
    });
    const hf = evaluateSheet(sheet);
    const r = rowOf(sheet, ELIGIBILITY_IDS.condition("5.2"));
    const seen = [hf.value(r, CONDITION_COL.result), hf.value(r, CONDITION_COL.reason)];
    hf.destroy();
    expect(seen).toEqual(["不满足", "自查总分299.99分，低于合格线300分（自查不合格）"]);
  });

  test("a long evidence text grows its row to the lines it takes at 11 pt in the evidence column", () => {
    // 60 full-width characters: 18 to a line of the 38-wide evidence column at 11 pt, so 4 lines of 15 pt.
    const evidence = "体系运行记录".repeat(10);
    expect(wrappedLines(evidence, 38, 11)).toBe(4);
    const sheet = buildEligibilitySheet({ evidence: { operationStart: evidence } });
    const start = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
    expect(textAt(sheet, start, ELIGIBILITY_COL.evidence)).toBe(evidence);
    expect(sheet.rowHeights.get(start)).toBe(4 * 15 + 4);
  });

  test("February's days in the date helper: 29 in a leap year (and 2000), 28 otherwise (HyperFormula)", () => {
    const sheet = buildEligibilitySheet();
    const hf = evaluateSheet(sheet);
    const start = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
    const texts = [
      "2026-02-28",
      "2024-02-29",
      "2024年2月29日",
      "2000/2/29",
      "2025-02-29",
      "2100-02-29",
    ];
    const seen = texts.map((t) => {
      hf.set(start, ELIGIBILITY_COL.input, t);
      return [t, hf.value(start, ELIGIBILITY_COL.helper), readerSays(t)];
    });
    hf.destroy();
    // Serials by hand: 2026-01-01 is 46023, 2024-01-01 is 45292, 2000-01-01 is 36526.
    expect(seen).toEqual([
      ["2026-02-28", 46081, 46081],
      ["2024-02-29", 45351, 45351],
      ["2024年2月29日", 45351, 45351],
      ["2000/2/29", 36585, 36585],
      ["2025-02-29", "d", "d"],
      ["2100-02-29", "d", "d"],
    ]);
  });

  test("a space before 日 is dropped with it, but only one 日 ends a date (HyperFormula)", () => {
    const sheet = buildEligibilitySheet();
    const hf = evaluateSheet(sheet);
    const start = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
    const texts = [
      "2026年6月2 日",
      "2026-06-02 日",
      "2026年6月2 日日",
      "2026-06 日-02",
      "2026 日-06-02",
    ];
    const seen = texts.map((t) => {
      hf.set(start, ELIGIBILITY_COL.input, t);
      return [t, hf.value(start, ELIGIBILITY_COL.helper), readerSays(t)];
    });
    hf.destroy();
    // 2026-06-02 is serial 46175; a 日 left over, or one inside the date, is no date to the reader ("x").
    expect(seen).toEqual([
      ["2026年6月2 日", 46175, 46175],
      ["2026-06-02 日", 46175, 46175],
      ["2026年6月2 日日", "x", "x"],
      ["2026-06 日-02", "x", "x"],
      ["2026 日-06-02", "x", "x"],
    ]);
  });
});
