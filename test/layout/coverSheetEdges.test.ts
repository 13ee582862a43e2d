/**
 * The cover sheet (说明, src/layout/coverSheet.ts): the metadata pre-filled as its lists show them (a level and a
 * role by their Chinese names, the date as an Excel date serial), inputs left empty and unlocked otherwise, and
 * the note on 8.2's 500 points only for an edition whose items do not add up to its declared total (the built-in
 * one: A.4 declares 120, its items 115, so 495). Built inside each test; an edition activated by a test is reset.
 */
import builtInFile from "../../src/standard/editions/t-cssg-001.5-2020.json";
import { activateEdition, editionFromFile, resetEditions } from "../../src/standard";
import type { EditionFile } from "../../src/standard";
import { COVER_COL, COVER_SHEET, META_FIRST_ROW } from "../../src/layout";
import { buildCoverSheet } from "../../src/layout/coverSheet";
import type { EvaluationMeta } from "../../src/engine";
import { modelCellValue } from "../support/editableGrid";

const GAP_NOTE =
  "注：8.2规定满分500分，附录A各项分值之和为495分（表A.4标注120分，各项之和115分）；合格线仍为300分（8.3）。";

test.each<[EvaluationMeta, (string | number | undefined)[]]>([
  [{}, [undefined, undefined, undefined, undefined, undefined]],
  [
    {
      organization: "示例市网格化服务管理中心",
      level: "county",
      evaluator: "张三",
      role: "self",
      date: "2026-12-01",
    },
    ["示例市网格化服务管理中心", "县（市、区）", "张三", "自我评价", 46357],
  ],
  [
    { level: "village", role: "expert", organization: "" },
    [undefined, "村（社区/居）", undefined, "评估专家", undefined],
  ],
])("meta %p is shown as %p", (meta, shown) => {
  const s = buildCoverSheet(meta);
  const rows = [0, 1, 2, 3, 4].map((i) => META_FIRST_ROW + i);
  expect(rows.map((r) => modelCellValue(s, r, COVER_COL.value))).toEqual(shown);
  expect(rows.map((r) => modelCellValue(s, r, COVER_COL.label))).toEqual([
    "被评单位",
    "层级",
    "评估人",
    "角色",
    "日期",
  ]);
  expect(rows.map((r) => modelCellValue(s, r, COVER_COL.id))).toEqual([
    "meta.organization",
    "meta.level",
    "meta.evaluator",
    "meta.role",
    "meta.date",
  ]);
  const inputs = rows.map((r) => s.cells.find((c) => c.row === r && c.col === COVER_COL.value)!);
  expect(inputs.map((c) => [c.style, c.locked])).toEqual([
    ["inputText", false],
    ["inputText", false],
    ["inputText", false],
    ["inputText", false],
    ["inputDate", false],
  ]);
  expect(s.name).toBe(COVER_SHEET);
});

test("the built-in edition's gap is noted after the rules of chapters 7 and 8", () => {
  const s = buildCoverSheet({});
  const texts = s.cells.filter((c) => c.col === 0).map((c) => modelCellValue(s, c.row, 0));
  const at = texts.indexOf(GAP_NOTE);
  expect(texts[at - 1]).toBe("8.3 总分大于或等于300分为合格，小于300分为不合格。");
  expect(texts[at + 1]).toBe("填写方法");
  const row = s.cells.find((c) => c.col === 0 && modelCellValue(s, c.row, 0) === GAP_NOTE)!.row;
  expect(s.rowHeights.get(row)).toBe(30);
  expect(s.cells.find((c) => c.row === row && c.col === 0)?.style).toBe("note");
});

test("an edition whose items add up to its declared total has no such note", () => {
  const file = JSON.parse(JSON.stringify(builtInFile)) as {
    declaredTotal: number;
    tables: { id: string; declaredMax: number }[];
  };
  file.tables.find((t) => t.id === "A.4")!.declaredMax = 115;
  file.declaredTotal = 495;
  try {
    activateEdition(editionFromFile(file as unknown as EditionFile));
    const s = buildCoverSheet({});
    const texts = s.cells.filter((c) => c.col === 0).map((c) => modelCellValue(s, c.row, 0));
    expect(texts.some((t) => typeof t === "string" && t.startsWith("注："))).toBe(false);
    const rule = texts.indexOf("8.3 总分大于或等于300分为合格，小于300分为不合格。");
    expect(texts.slice(rule + 1, rule + 2)).toEqual(["填写方法"]);
    const ruleRow = s.cells.find(
      (c) => c.col === 0 && modelCellValue(s, c.row, 0) === texts[rule]
    )!.row;
    const howRow = s.cells.find(
      (c) => c.col === 0 && modelCellValue(s, c.row, 0) === "填写方法"
    )!.row;
    expect(howRow - ruleRow).toBe(2);
  } finally {
    resetEditions();
  }
});
