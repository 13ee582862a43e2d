/**
 * The pieces of a table sheet's rows (src/layout/tableRows.ts) called as the table sheet calls them, and without
 * the plan argument it always passes: an item's status cell shows the dropdown's label for a status code and
 * anything else as typed (7.2); a percentage is stored as the %-formatted cell holds it (92.5 → 0.925, exactly);
 * a level code shows its dropdown label; a sub-item of A.4.6 is titled under its parent. Built inside each test.
 */
import { STANDARD } from "../../src/standard";
import type { ItemDef, LevelItemDef, TieredItemDef } from "../../src/standard";
import { COL, COLUMNS } from "../../src/layout/tableColumns";
import { EMPTY, SheetBuilder, num, text } from "../../src/layout/builder";
import {
  commonItemCells,
  itemTitle,
  percentContent,
  valueContent,
  writeAwardItem,
} from "../../src/layout/tableRows";
import type { CellValue, ItemInput } from "../../src/engine";
import { buildScoresheet } from "../../src/layout";
import type { CellContent } from "../../src/layout";
import { modelCellValue } from "../support/editableGrid";
import { inputRows } from "../support/layoutCells";

const item = (id: string): ItemDef =>
  STANDARD.tables.flatMap((t) => t.items).find((i) => i.id === id)!;
const builder = () => new SheetBuilder("A.7", "table", COLUMNS("得分"));

test.each<[CellValue | undefined, CellContent]>([
  [undefined, EMPTY],
  [null, EMPTY],
  ["", EMPTY],
  [0, num(0)],
  [92.5, num(92.5)],
  [" ", text(" ")],
  [true, text("true")],
  ["省级", text("省级")],
])("valueContent(%p)", (v, content) => {
  expect(valueContent(v)).toEqual(content);
});

test.each<[CellValue | undefined, CellContent]>([
  [92.5, num(0.925)],
  [92.55, num(0.9255)],
  [0.1, num(0.001)],
  [100, num(1)],
  [0, num(0)],
  ["92.5%", text("92.5%")],
  [null, EMPTY],
  [undefined, EMPTY],
])("percentContent(%p)", (v, content) => {
  expect(percentContent(v)).toEqual(content);
});

test.each<[string, string]>([
  ["A.1.1", "1、标准化方针、目标"],
  ["A.4.6.1", "6、网格化治理运行管理平台标准\n（6.1）有平台要求标准"],
  ["A.7.1", "1、服务质量"],
])("itemTitle(%s)", (id, title) => {
  expect(itemTitle(item(id))).toBe(title);
});

describe("an item's status cell, without a plan", () => {
  test.each<[CellValue | undefined, CellContent]>([
    [undefined, text("正常评分")],
    [null, text("正常评分")],
    ["normal", text("正常评分")],
    ["na", text("不适用（满分）")],
    ["absent", text("应有未有（0分）")],
    ["不适用", text("不适用")],
    // Keys of Object.prototype are typed text like any other, never the prototype's functions.
    ["toString", text("toString")],
    ["constructor", text("constructor")],
    [3, num(3)],
  ])("status %p", (status, content) => {
    const b = builder();
    const input: ItemInput | undefined = status === undefined ? undefined : { status };
    commonItemCells(b, item("A.1.1"), input, 3, 3);
    const s = b.build();
    const cell = s.cells.find((c) => c.row === 3 && c.col === COL.status);
    expect(cell).toEqual({ row: 3, col: COL.status, content, style: "input", locked: false });
    expect(s.validations.map((v) => [v.kind, v.range])).toEqual([
      ["list", { row: 3, col: COL.status, rows: 1, cols: 1 }],
    ]);
    expect(s.cells.filter((c) => c.col === COL.itemId).map((c) => [c.row, c.content])).toEqual([
      [3, text("A.1.1")],
      [4, text("A.1.1")],
      [5, text("A.1.1")],
    ]);
    expect(s.merges).toEqual([
      { row: 3, col: COL.content, rows: 3, cols: 1 },
      { row: 3, col: COL.cap, rows: 3, cols: 1 },
    ]);
  });
});

test("a scoresheet made from inputs naming Object.prototype's keys shows them as typed", () => {
  const model = buildScoresheet({
    identity: {
      workbookId: "wb",
      createdAt: "2026-11-30T00:00:00Z",
      generator: "test",
      kind: "scoresheet",
    },
    evaluation: {
      format: "gridscore-evaluation/1",
      meta: {},
      items: { "A.1.1": { status: "toString" }, "A.7.4": { level: "constructor" } },
    },
  });
  const rows = inputRows(model);
  const shown = (id: string, col: number) => {
    const { sheet, row } = rows.get(id)!;
    return modelCellValue(
      model.sheets.find((s) => s.name === sheet),
      row,
      col
    );
  };
  expect([shown("A.1.1.1", COL.status), shown("A.7.4", COL.input)]).toEqual([
    "toString",
    "constructor",
  ]);
});

describe("an award item's row, without a plan", () => {
  test("A.7.1: the percentage as the cell holds it, the note an input, the next row returned", () => {
    const b = builder();
    const next = writeAwardItem(
      b,
      item("A.7.1") as TieredItemDef,
      { value: 92.5, notes: { "A.7.1": "问卷" } },
      5
    );
    expect(next).toBe(6);
    const s = b.build();
    const at = (col: number) => s.cells.find((c) => c.row === 5 && c.col === col);
    expect(at(COL.input)).toMatchObject({
      content: num(0.925),
      style: "inputPercent",
      locked: false,
    });
    expect(at(COL.note)).toMatchObject({
      content: text("问卷"),
      style: "inputText",
      locked: false,
    });
    expect(at(COL.status)).toMatchObject({ content: text("正常评分"), locked: false });
    expect(at(COL.limit)).toMatchObject({ content: text("0–100%") });
    expect(at(COL.id)).toMatchObject({ content: text("A.7.1"), style: "hidden" });
  });

  test.each<[CellValue | undefined, CellContent]>([
    ["provincial", text("省级（5分）")],
    ["none", text("无（0分）")],
    ["省级（5分）", text("省级（5分）")],
    ["constructor", text("constructor")],
    ["hasOwnProperty", text("hasOwnProperty")],
    [5, num(5)],
    [undefined, EMPTY],
  ])("A.7.3 with level %p", (level, content) => {
    const b = builder();
    const input: ItemInput | undefined = level === undefined ? undefined : { level };
    writeAwardItem(b, item("A.7.3") as LevelItemDef, input, 5);
    const cell = b.build().cells.find((c) => c.row === 5 && c.col === COL.input);
    expect(cell).toEqual({ row: 5, col: COL.input, content, style: "inputText", locked: false });
  });
});
