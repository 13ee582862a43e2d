/**
 * The 汇总 sheet's own formulas evaluated in HyperFormula (issue 17, mutation testing of src/layout): each table's
 * 得分率, the total's, the subtitle, the error and hint counts, 结论（定稿）while errors remain, the highlight
 * rules and the chart's ranges. Expected values come from the engine's report and the standard (8.1, 8.3).
 */
import * as fs from "fs";
import * as path from "path";
import { scoreEvaluation } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { PENDING_VERDICT } from "../../src/engine/messages";
import { COL, SUMMARY_SHEET, buildScoresheet } from "../../src/layout";
import type { SheetModel, WorkbookModel } from "../../src/layout";
import { SUMMARY_FIRST_TABLE_ROW } from "../../src/layout/summarySheet";
import { STANDARD, allItems, computedMax, computedTotal } from "../../src/standard";
import { evaluateModel } from "../support/hfWorkbook";
import type { EvaluatedWorkbook } from "../support/hfWorkbook";
import { inputRows } from "../support/layoutCells";

const identity = {
  workbookId: "summary",
  createdAt: "2026-11-30T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};
const EXAMPLE = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "examples", "evaluation.json"), "utf8")
) as Evaluation;

function summary(model: WorkbookModel): SheetModel {
  return model.sheets.find((s) => s.name === SUMMARY_SHEET)!;
}

/** The row of the summary whose first column reads `label`. */
function rowOf(sheet: SheetModel, label: string): number {
  const cell = sheet.cells.find(
    (c) => c.col === 0 && c.content.kind === "text" && c.content.text === label
  );
  if (!cell) throw new Error(`no row ${label}`);
  return cell.row;
}

/** Evaluates a highlight rule's formula (written for its range's top-left cell) in a spare cell of the sheet. */
function ruleHolds(wb: EvaluatedWorkbook, formula: string): unknown {
  wb.set(SUMMARY_SHEET, 300, 20, `=${formula}`);
  return wb.value(SUMMARY_SHEET, 300, 20);
}

/**
 * The README example's scoresheet, its 汇总 sheet and its HyperFormula evaluation, built inside the test that
 * calls it: Stryker credits a test only with the code run while the test runs, not in `describe` or `beforeAll`
 * (README, Mutation testing), so each test builds what it checks.
 */
function withExample(
  check: (sheet: SheetModel, wb: EvaluatedWorkbook, model: WorkbookModel) => void
): void {
  const model = buildScoresheet({ evaluation: EXAMPLE, identity });
  const wb = evaluateModel(model);
  try {
    check(summary(model), wb, model);
  } finally {
    wb.destroy();
  }
}

describe("汇总: 得分率, total and verdict of the README example", () => {
  const report = scoreEvaluation(EXAMPLE);

  test("each table's row: id, score, computed and declared maxima, and 得分率 = score / computed maximum", () =>
    withExample((sheet, wb) => {
      STANDARD.tables.forEach((t, i) => {
        const row = SUMMARY_FIRST_TABLE_ROW + i;
        const score = report.tables[i]!.score;
        expect([t.id, wb.value(SUMMARY_SHEET, row, 0)]).toEqual([t.id, t.id]);
        expect([t.id, wb.value(SUMMARY_SHEET, row, 2)]).toEqual([t.id, score]);
        expect([t.id, wb.value(SUMMARY_SHEET, row, 3)]).toEqual([t.id, computedMax(t)]);
        expect([t.id, wb.value(SUMMARY_SHEET, row, 4)]).toEqual([t.id, t.declaredMax]);
        expect(wb.value(SUMMARY_SHEET, row, 5)).toBeCloseTo(score / computedMax(t), 9);
      });
      // A.4 declares 120 and its items add to 115: both maxima stand side by side.
      const a4 = SUMMARY_FIRST_TABLE_ROW + STANDARD.tables.findIndex((t) => t.id === "A.4");
      expect([wb.value(SUMMARY_SHEET, a4, 3), wb.value(SUMMARY_SHEET, a4, 4)]).toEqual([115, 120]);
    }));

  test("the total row: the total, 495 and 500, and the total's 得分率", () =>
    withExample((sheet, wb) => {
      const total = rowOf(sheet, "合计");
      expect(wb.value(SUMMARY_SHEET, total, 2)).toBe(report.total);
      expect(wb.value(SUMMARY_SHEET, total, 3)).toBe(computedTotal());
      expect(wb.value(SUMMARY_SHEET, total, 4)).toBe(STANDARD.declaredTotal);
      expect(wb.value(SUMMARY_SHEET, total, 5)).toBeCloseTo(report.total / computedTotal(), 9);
      expect(wb.value(SUMMARY_SHEET, rowOf(sheet, "合格线"), 2)).toBe(300);
    }));

  test("the subtitle names the unit, the evaluator and the date as yyyy-mm-dd", () =>
    withExample((sheet, wb) => {
      expect(wb.value(SUMMARY_SHEET, 1, 0)).toBe(
        "被评单位：示例市网格化服务管理中心    评估人：张三    日期：2026-11-28"
      );
    }));

  test("no errors: the counts, and 结论（定稿） is the verdict, not highlighted", () =>
    withExample((sheet, wb) => {
      const verdict = rowOf(sheet, "结论");
      expect(wb.value(SUMMARY_SHEET, verdict, 2)).toBe("合格");
      expect(wb.value(SUMMARY_SHEET, rowOf(sheet, "错误"), 2)).toBe(0);
      expect(wb.value(SUMMARY_SHEET, rowOf(sheet, "结论（定稿）"), 2)).toBe("合格");
      for (const rule of sheet.conditionalFormats)
        if (rule.kind !== "dataBar")
          expect([rule.formula, ruleHolds(wb, rule.formula)]).toEqual([rule.formula, false]);
    }));

  test("the total row follows the last table's row; each subtotal has its defined name", () =>
    withExample((sheet, wb, model) => {
      expect(rowOf(sheet, "合计")).toBe(SUMMARY_FIRST_TABLE_ROW + STANDARD.tables.length);
      const subtotals = model.names.filter((n) => n.name.startsWith("Subtotal_"));
      expect(subtotals.map((n) => [n.name, n.sheet])).toEqual(
        STANDARD.tables.map((t) => [`Subtotal_A${t.id.slice(2)}`, t.id])
      );
      const report = scoreEvaluation(EXAMPLE);
      subtotals.forEach((n, i) =>
        expect([n.name, wb.value(n.sheet, n.cell.row, n.cell.col)]).toEqual([
          n.name,
          report.tables[i]!.score,
        ])
      );
      // Sized for 「结论待定：有 474 个错误」 (3 × 158 check cells): one line in C:F merged (46 wide), so 32 pt stays.
      const conclusionRow = rowOf(sheet, "结论（定稿）");
      expect(sheet.rowHeights.get(conclusionRow)).toBe(32);
      expect(sheet.merges).toContainEqual({ row: conclusionRow, col: 2, rows: 1, cols: 4 });
      // The tables' rows hold one line each and keep the default height.
      STANDARD.tables.forEach((t, i) =>
        expect([t.id, sheet.rowHeights.get(SUMMARY_FIRST_TABLE_ROW + i)]).toEqual([t.id, undefined])
      );
    }));

  test.each([
    ["错误", "错误："],
    ["提示", "提示："],
  ])("%s: a check cell naming one, two or three problems counts each", (label, marker) =>
    withExample((sheet, wb, model) => {
      const count = () => wb.value(SUMMARY_SHEET, rowOf(sheet, label), 2) as number;
      const at = inputRows(model).get("A.2.1.1")!;
      expect(wb.value(at.sheet, at.row, COL.check)).toBe("");
      const before = count();
      const named = [
        `${marker}甲`,
        `${marker}甲；${marker}乙`,
        `${marker}甲；${marker}乙；${marker}丙`,
      ];
      named.forEach((text, k) => {
        wb.set(at.sheet, at.row, COL.check, text);
        expect([text, count()]).toEqual([text, before + k + 1]);
      });
    })
  );

  test("the chart plots each table's 得分率 against its id", () =>
    withExample((sheet) => {
      expect(sheet.charts).toHaveLength(1);
      const chart = sheet.charts[0]!;
      const n = STANDARD.tables.length;
      expect(chart.categories).toEqual({ row: SUMMARY_FIRST_TABLE_ROW, col: 0, rows: n, cols: 1 });
      expect(chart.values).toEqual({ row: SUMMARY_FIRST_TABLE_ROW, col: 5, rows: n, cols: 1 });
      expect(chart.anchor.row).toBeGreaterThan(rowOf(sheet, "结论（定稿）"));
    }));
});

describe("汇总's words and layout, as a signed sheet shows them", () => {
  const built = () => summary(buildScoresheet({ evaluation: EXAMPLE, identity }));
  const texter =
    (sheet: SheetModel) =>
    (row: number, col: number): string | undefined => {
      const c = sheet.cells.find((x) => x.row === row && x.col === col)?.content;
      return c?.kind === "text" ? c.text : undefined;
    };
  test("title, column headers, the pass mark's sentence (8.3), the rows' labels and the signature lines", () => {
    const sheet = built();
    const textAt = texter(sheet);
    expect(textAt(0, 0)).toBe("市域网格化治理标准体系评价 汇总表");
    const headers = ["表", "名称", "得分", "满分（计算）", "满分（标注）", "得分率"];
    expect([0, 1, 2, 3, 4, 5].map((c) => textAt(3, c))).toEqual(headers);
    expect(sheet.columns.map((c) => c.header)).toEqual(headers);
    STANDARD.tables.forEach((t, i) => expect(textAt(SUMMARY_FIRST_TABLE_ROW + i, 1)).toBe(t.title));
    const total = rowOf(sheet, "合计");
    expect(textAt(total, 1)).toBe("总分");
    expect(textAt(rowOf(sheet, "合格线"), 1)).toBe(
      "8.3 总分大于或等于300分为合格，小于300分为不合格"
    );
    expect(textAt(rowOf(sheet, "结论"), 1)).toBe("评价结果（8.1）");
    expect(textAt(rowOf(sheet, "错误"), 1)).toBe("错误个数（见各表“检查”列，须改正）");
    expect(textAt(rowOf(sheet, "提示"), 1)).toBe("提示个数（如缺扣分说明、扣完为止、未填写）");
    expect(textAt(rowOf(sheet, "结论（定稿）"), 1)).toBe("无错误时为评价结果；有错误时结论待定");
    const texts = sheet.cells.flatMap((c) => (c.content.kind === "text" ? [c.content.text] : []));
    expect(texts).toContain(
      "评估组组长（签字）：______________    评估组成员（签字）：________________________________"
    );
    expect(texts).toContain("日期：________年____月____日");
    // The A.4 contradiction, wherever maxima appear (README: Scoring rules).
    expect(texts.some((t) => t.includes("A.4") && t.includes("120") && t.includes("115"))).toBe(
      true
    );
    expect(sheet.charts[0]!.title).toBe("各表得分与满分（计算）");
  });

  test("below the conclusion: the maxima notes row by row, then the chart, then the signature and date lines", () => {
    const sheet = built();
    const textAt = texter(sheet);
    const merged = (row: number) => sheet.merges.find((m) => m.row === row && m.col === 0);
    // No two merged blocks overlap, and no cell is written twice.
    sheet.merges.forEach((a, i) =>
      sheet.merges.slice(i + 1).forEach((b) => {
        const apart =
          a.row + a.rows <= b.row ||
          b.row + b.rows <= a.row ||
          a.col + a.cols <= b.col ||
          b.col + b.cols <= a.col;
        expect([a, b, apart]).toEqual([a, b, true]);
      })
    );
    const places = sheet.cells.map((c) => `${c.row},${c.col}`);
    expect(new Set(places).size).toBe(places.length);

    const conclusion = rowOf(sheet, "结论（定稿）");
    const notes = sheet.cells
      .filter((c) => c.style === "note" && c.col === 0)
      .map((c) => c.row)
      .sort((a, b) => a - b);
    // One note per table whose declared maximum differs from its items' (A.4: 120 against 115), and the total's.
    const gaps = STANDARD.tables.filter((t) => t.declaredMax !== computedMax(t)).length;
    expect(notes).toHaveLength(gaps + 1);
    expect(notes[0]).toBeGreaterThan(conclusion);
    notes.forEach((row, k) => {
      expect(row).toBe(notes[0]! + k);
      expect(merged(row)).toEqual({ row, col: 0, rows: 1, cols: 6 });
      expect(sheet.rowHeights.get(row)).toBe(30);
    });

    const chart = sheet.charts[0]!.anchor;
    expect(chart.row).toBeGreaterThan(notes[notes.length - 1]!);
    const signature = sheet.cells.find((c) => textAt(c.row, 0)?.startsWith("评估组组长"))!.row;
    const date = sheet.cells.find((c) => textAt(c.row, 0)?.startsWith("日期："))!.row;
    expect(signature).toBeGreaterThanOrEqual(chart.row + chart.rows);
    expect(date).toBe(signature + 1);
    for (const row of [signature, date])
      expect(merged(row)).toEqual({ row, col: 0, rows: 1, cols: 6 });
    // Room to sign by hand.
    expect([sheet.rowHeights.get(signature), sheet.rowHeights.get(date)]).toEqual([30, 24]);
  });

  test("prints portrait, fitted to the page width; its tab is green", () => {
    const sheet = built();
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToWidth: true });
    expect(sheet.tabColor).toBe("#70AD47");
  });
});

describe("汇总 while errors remain, and a failing total", () => {
  test("text typed in deduction cells: one error each, 结论（定稿）pending with the count, highlighted", () => {
    const model = buildScoresheet({ evaluation: EXAMPLE, identity });
    const sheet = summary(model);
    const rows = inputRows(model);
    const wb = evaluateModel(model);
    try {
      const [before, after] = PENDING_VERDICT["zh-CN"];
      const conclusion = rowOf(sheet, "结论（定稿）");
      const errors = rowOf(sheet, "错误");
      const lines = ["A.1.1.1", "A.2.1.1", "A.5.1.1"];
      lines.forEach((id, k) => {
        const at = rows.get(id)!;
        wb.set(at.sheet, at.row, COL.input, "'两分");
        expect([id, wb.value(SUMMARY_SHEET, errors, 2)]).toEqual([id, k + 1]);
        expect(wb.value(SUMMARY_SHEET, conclusion, 2)).toBe(`${before}${k + 1}${after}`);
      });
      // The verdict itself stays 合格/不合格 (the reader compares it with the engine's); only 定稿 waits.
      expect(wb.value(SUMMARY_SHEET, rowOf(sheet, "结论"), 2)).toBe("合格");
      const holding = sheet.conditionalFormats
        .filter((r) => r.kind !== "dataBar")
        .map((r) => [r.range.row, ruleHolds(wb, r.formula)]);
      expect(holding).toEqual([
        [rowOf(sheet, "结论"), false],
        [errors, true],
        [conclusion, true],
      ]);
    } finally {
      wb.destroy();
    }
  });

  test("every item 应有未有: total 0, 不合格, and the verdict cell highlighted", () => {
    const evaluation: Evaluation = {
      ...EXAMPLE,
      items: Object.fromEntries(allItems().map((i) => [i.id, { status: "absent" as const }])),
    };
    expect(scoreEvaluation(evaluation).total).toBe(0);
    const model = buildScoresheet({ evaluation, identity });
    const sheet = summary(model);
    const wb = evaluateModel(model);
    try {
      const verdict = rowOf(sheet, "结论");
      expect(wb.value(SUMMARY_SHEET, rowOf(sheet, "合计"), 2)).toBe(0);
      expect(wb.value(SUMMARY_SHEET, rowOf(sheet, "合计"), 5)).toBe(0);
      expect(wb.value(SUMMARY_SHEET, verdict, 2)).toBe("不合格");
      expect(wb.value(SUMMARY_SHEET, rowOf(sheet, "结论（定稿）"), 2)).toBe("不合格");
      const rule = sheet.conditionalFormats.find((r) => r.range.row === verdict)!;
      expect(rule.kind).not.toBe("dataBar");
      expect(rule.kind !== "dataBar" && ruleHolds(wb, rule.formula)).toBe(true);
    } finally {
      wb.destroy();
    }
  });
});
