/**
 * Notes, statuses and the identity sheet as readScoresheet reads them (src/layout/read.ts): a deduction item's
 * note shares its first line's cell (【本项】…【本行】…, README: The workbook), other lines' and other items' notes
 * are their own, blank notes are none, only the first row's status counts, a workbook without an identity sheet
 * reads as the current layout.
 */
import { COL, readIdentity, readScoresheet } from "../../src/layout";
import type { GridSource } from "../../src/layout";
import { editableGrid } from "../support/editableGrid";

describe("notes", () => {
  test.each<[string, string, Record<string, string> | undefined]>([
    [
      "A.1.1.1",
      "【本项】整体说明\n【本行】本行说明",
      { "A.1.1": "整体说明", "A.1.1.1": "本行说明" },
    ],
    ["A.1.1.1", "【本项】整体说明", { "A.1.1": "整体说明" }],
    ["A.1.1.1", "【本项】 \n【本行】x", { "A.1.1.1": "x" }],
    ["A.1.1.1", "【本项】x\n【本行】\u3000", { "A.1.1": "x" }],
    ["A.1.1.1", "【本项】\u3000", undefined],
    ["A.1.1.1", "本行", { "A.1.1.1": "本行" }],
    ["A.1.1.1", "  ", undefined],
    ["A.1.1.2", "【本项】x", { "A.1.1.2": "【本项】x" }],
    ["A.1.1.2", " y ", { "A.1.1.2": " y " }],
    ["A.1.1.2", "\u3000", undefined],
    ["A.7.1", "n", { "A.7.1": "n" }],
    ["A.7.3", " ", undefined],
    ["A.7.3", "有文件", { "A.7.3": "有文件" }],
  ])("%s note %p", (id, note, notes) => {
    const g = editableGrid();
    const r = g.row(id);
    g.set(r.sheet, r.row, COL.note, note);
    const read = readScoresheet(g.grid);
    const itemId = id.startsWith("A.7") ? id : id.split(".").slice(0, 3).join(".");
    expect(read.problems).toEqual([]);
    expect(read.evaluation.items[itemId]).toEqual(notes ? { notes } : undefined);
  });
});

describe("statuses and locations", () => {
  test("only a deduction item's first row holds its status; that row locates the item", () => {
    const g = editableGrid();
    const first = g.row("A.1.1.1");
    const second = g.row("A.1.1.2");
    g.set(second.sheet, second.row, COL.status, "不适用（满分）");
    let read = readScoresheet(g.grid);
    expect(read.evaluation.items["A.1.1"]).toBeUndefined();
    expect(read.locations.get("A.1.1")).toEqual(first);
    expect(read.locations.get("A.1.1.2")).toEqual(second);
    g.set(first.sheet, first.row, COL.status, "不适用（满分）");
    read = readScoresheet(g.grid);
    expect(read.evaluation.items["A.1.1"]).toEqual({ status: "na" });
  });

  test("tiered and level items are located at their own row, with their status", () => {
    const g = editableGrid();
    const t = g.row("A.7.1");
    const l = g.row("A.7.3");
    g.set(t.sheet, t.row, COL.status, "应有未有（0分）");
    g.set(l.sheet, l.row, COL.status, "正常评分");
    g.set(l.sheet, l.row, COL.input, "省级（5分）");
    const read = readScoresheet(g.grid);
    expect(read.locations.get("A.7.1")).toEqual(t);
    expect(read.locations.get("A.7.3")).toEqual(l);
    expect(read.evaluation.items["A.7.1"]).toEqual({ status: "absent" });
    expect(read.evaluation.items["A.7.3"]).toEqual({ level: "provincial" });
  });
});

describe("the identity sheet", () => {
  test("rows with a blank key are skipped; values are read as text", () => {
    const g = editableGrid();
    g.identity("", "x");
    g.identity("evaluator", "张三");
    const identity = readIdentity(g.grid);
    expect(Object.keys(identity)).not.toContain("");
    expect(identity.evaluator).toBe("张三");
    expect(identity.kind).toBe("scoresheet");
  });

  test("a workbook without an identity sheet reads as the current layout (rates are fractions)", () => {
    const g = editableGrid();
    const r = g.row("A.7.1");
    g.set(r.sheet, r.row, COL.input, 0.5);
    g.format(r.sheet, r.row, COL.input, "0%");
    const grid: GridSource = {
      ...g.grid,
      sheetNames: () => g.grid.sheetNames().filter((s) => s !== "_gridscore"),
    };
    const read = readScoresheet(grid, "n.xlsx");
    expect(read.identity).toEqual({});
    expect(read.problems).toEqual([]);
    expect(read.evaluation.items["A.7.1"]).toEqual({ value: 50 });
  });
});
