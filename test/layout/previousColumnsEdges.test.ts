/**
 * Re-evaluation from the previous one (src/layout/previousColumns.ts, issue 13), which only a CLI test outside the
 * layout-sheets part had run: the previous deduction, item score, note and remediation status on every line, in
 * five columns after the hidden id columns; the item score on the item's first row only; rows grown for a long
 * note; the sheet printed in a second band of pages; the 上次评估 sheet after 汇总. No cell of the scoresheet
 * moves. Every model is built inside its test.
 */
import { COL, HEADER_ROW, SUMMARY_SHEET, buildScoresheet } from "../../src/layout";
import type { SheetModel, WorkbookModel } from "../../src/layout";
import {
  PREVIOUS_COL,
  PREVIOUS_SHEET,
  withPreviousEvaluation,
} from "../../src/layout/previousColumns";
import type { PreviousEvaluation, PreviousRow } from "../../src/layout/previousColumns";
import { modelCellValue } from "../support/editableGrid";
import { cellAt, inputRows } from "../support/layoutCells";

const built = (): WorkbookModel =>
  buildScoresheet({
    identity: {
      workbookId: "wb-prev",
      createdAt: "2026-11-30T00:00:00Z",
      generator: "test",
      kind: "scoresheet",
    },
  });
const previous = (rows: Record<string, PreviousRow>): PreviousEvaluation => ({
  facts: [
    ["上次评估", "评估报告 2025-11-28 张三"],
    ["总分", "435分，合格"],
  ],
  tables: [
    { id: "A.1", title: "网格化治理标准化工作基本要求", score: 52.5 },
    { id: "A.7", title: "标准化效果", score: 40 },
  ],
  rows: new Map(Object.entries(rows)),
});
const sheet = (model: WorkbookModel, name: string): SheetModel =>
  model.sheets.find((s) => s.name === name)!;
describe("the previous columns of a table sheet", () => {
  test("five read-only columns after the hidden ids, with their headers", () => {
    expect(PREVIOUS_COL).toEqual({ id: 14, deduction: 15, itemScore: 16, note: 17, plan: 18 });
    const model = withPreviousEvaluation(built(), previous({}));
    const a1 = sheet(model, "A.1");
    expect(
      a1.columns.slice(14).map((c) => [c.header, c.width, c.bandStart ?? false, c.hidden ?? false])
    ).toEqual([
      ["编号", 9, true, false],
      ["上次扣分/填写", 8, false, false],
      ["上次本项得分", 8, false, false],
      ["上次说明", 24, false, false],
      ["整改状态", 8, false, false],
    ]);
    expect([14, 15, 16, 17, 18].map((c) => modelCellValue(a1, HEADER_ROW, c))).toEqual([
      "编号",
      "上次扣分/填写",
      "上次本项得分",
      "上次说明",
      "整改状态",
    ]);
    expect([14, 15, 16, 17, 18].map((c) => cellAt(a1, HEADER_ROW, c)?.style)).toEqual(
      Array(5).fill("header")
    );
  });

  test("each line: its id, deduction, the item's score on its first row only, note and status", () => {
    const model = withPreviousEvaluation(
      built(),
      previous({
        "A.1.1": { itemScore: 3 },
        "A.1.1.1": { entry: 2, note: "没有方针", plan: "已完成", itemScore: 99 },
        "A.1.1.2": { entry: 0, itemScore: 98 },
        "A.1.2.1": { entry: 1, itemScore: 8.5 },
        "A.7.1": { entry: "92.5%", itemScore: 20 },
        "A.7.3": { entry: "省级", note: "省级示范", plan: "进行中" },
      })
    );
    const rows = inputRows(model);
    const line = (id: string) => {
      const { sheet: name, row } = rows.get(id)!;
      const s = sheet(model, name);
      return [14, 15, 16, 17, 18].map((c) => modelCellValue(s, row, c));
    };
    expect(line("A.1.1.1")).toEqual(["A.1.1.1", 2, 3, "没有方针", "已完成"]);
    expect(line("A.1.1.2")).toEqual(["A.1.1.2", 0, "", "", ""]);
    expect(line("A.1.1.3")).toEqual(["A.1.1.3", "", "", "", ""]);
    expect(line("A.1.2.1")).toEqual(["A.1.2.1", 1, 8.5, "", ""]);
    expect(line("A.1.2.2")).toEqual(["A.1.2.2", "", "", "", ""]);
    expect(line("A.7.1")).toEqual(["A.7.1", "92.5%", 20, "", ""]);
    expect(line("A.7.3")).toEqual(["A.7.3", "省级", "", "省级示范", "进行中"]);
    const { sheet: name, row } = rows.get("A.1.1.1")!;
    const s = sheet(model, name);
    expect(
      [14, 15, 16, 17, 18].map((c) => [cellAt(s, row, c)?.style, cellAt(s, row, c)?.locked])
    ).toEqual([
      ["textCenter", true],
      ["textCenter", true],
      ["textCenter", true],
      ["text", true],
      ["textCenter", true],
    ]);
    // Only rows with an id get the columns: nothing on the title, subtotal or signature rows.
    const ids = new Set([...rows.values()].filter((r) => r.sheet === name).map((r) => r.row));
    const added = s.cells.filter((c) => c.col >= 14 && c.row !== HEADER_ROW);
    expect(new Set(added.map((c) => c.row))).toEqual(ids);
  });

  test("no cell of the scoresheet moves, and its cells stay in row order", () => {
    const before = built();
    const after = withPreviousEvaluation(before, previous({ "A.1.1.1": { entry: 2 } }));
    for (const s of before.sheets) {
      const now = sheet(after, s.name);
      expect(now.cells.filter((c) => c.col <= COL.itemId)).toEqual(s.cells);
      const order = now.cells.map((c) => c.row * 100 + c.col);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(sheet(after, "说明")).toBe(sheet(before, "说明"));
  });

  test.each<[string, string, number | undefined]>([
    ["A.1.3.2", "说明", undefined],
    ["A.1.3.2", "一二三四五六七八九十一二", undefined],
    ["A.1.3.2", "一二三四五六七八九十一二三", 2 * 14 + 4],
    ["A.1.3.2", "甲\n乙\n丙", 3 * 14 + 4],
    ["A.1.3.1", "一二三四五六七八九十一二三", 34],
    ["A.1.3.1", "甲\n乙\n丙", 3 * 14 + 4],
  ])(
    "%s with a note %p: lines of 14 points (12 full-width characters a line), never lower",
    (id, note, height) => {
      const plain = built();
      const model = withPreviousEvaluation(plain, previous({ [id]: { note } }));
      const { sheet: name, row } = inputRows(model).get(id)!;
      // A.1.3.1's own texts already take 34 points (two lines of 15 and 4), A.1.3.2's one line.
      expect(sheet(plain, name).rowHeights.get(row)).toBe(id === "A.1.3.1" ? 34 : undefined);
      expect(sheet(model, name).rowHeights.get(row)).toBe(height);
    }
  );

  test("printed in two bands: the sheet's columns, then the previous ones named by their id column", () => {
    const plain = built();
    expect(sheet(plain, "A.1").print).not.toHaveProperty("columnBreaks");
    expect(sheet(plain, "A.1").print?.area).toEqual({
      row: 0,
      col: 0,
      rows: expect.any(Number),
      cols: 12,
    });
    const a1 = sheet(withPreviousEvaluation(plain, previous({})), "A.1");
    expect(a1.print).toMatchObject({ columnBreaks: [14], scale: 0.75 });
    expect(a1.print?.area?.cols).toBe(19);
  });
});

describe("the 上次评估 sheet", () => {
  test("right after 汇总, the other sheets in their order", () => {
    const plain = built();
    const model = withPreviousEvaluation(plain, previous({}));
    const names = plain.sheets.map((s) => s.name);
    const i = names.indexOf(SUMMARY_SHEET);
    expect(model.sheets.map((s) => s.name)).toEqual([
      ...names.slice(0, i + 1),
      PREVIOUS_SHEET,
      ...names.slice(i + 1),
    ]);
    expect(PREVIOUS_SHEET).toBe("上次评估");
  });

  test("its facts, then each table's previous subtotal", () => {
    const s = sheet(withPreviousEvaluation(built(), previous({})), PREVIOUS_SHEET);
    const row = (r: number) => [0, 1, 2].map((c) => modelCellValue(s, r, c));
    expect(row(0)[0]).toBe("上次评估（只读，供复评参考）");
    expect(row(1)[0]).toBe(
      "各评价表右侧的“上次扣分/填写”“上次本项得分”“上次说明”“整改状态”列为上次评估的结果，只读。本次评分请在黄色单元格重新填写，不沿用上次的分数。"
    );
    expect(row(3).slice(0, 2)).toEqual(["上次评估", "评估报告 2025-11-28 张三"]);
    expect(row(4).slice(0, 2)).toEqual(["总分", "435分，合格"]);
    expect(row(6)).toEqual(["表", "名称", "上次得分"]);
    expect(row(7)).toEqual(["A.1", "网格化治理标准化工作基本要求", 52.5]);
    expect(row(8)).toEqual(["A.7", "标准化效果", 40]);
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { row: 0, col: 0, rows: 1, cols: 3 },
        { row: 1, col: 0, rows: 1, cols: 3 },
        { row: 3, col: 1, rows: 1, cols: 2 },
        { row: 4, col: 1, rows: 1, cols: 2 },
      ])
    );
    expect([cellAt(s, 3, 0)?.style, cellAt(s, 6, 2)?.style, cellAt(s, 7, 2)?.style]).toEqual([
      "header",
      "header",
      "number",
    ]);
    expect(s.rowHeights.get(0)).toBe(28);
    expect(s.print).toMatchObject({ orientation: "portrait", fitToWidth: true });
    expect(s.kind).toBe("summary");
  });

  test("no facts and no tables: the headers right after the note", () => {
    const s = sheet(
      withPreviousEvaluation(built(), { facts: [], tables: [], rows: new Map() }),
      PREVIOUS_SHEET
    );
    expect([0, 1, 2].map((c) => modelCellValue(s, 4, c))).toEqual(["表", "名称", "上次得分"]);
    expect(Math.max(...s.cells.map((c) => c.row))).toBe(4);
  });
});
