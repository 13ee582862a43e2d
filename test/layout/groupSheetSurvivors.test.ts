/**
 * Mutation survivors of src/layout/evaluationSheets/groupSheet.ts (issue 17): the header row's six labels, the
 * member rows' numbering and count (no member row spills into the check row), the check row's 检查 label and its
 * highlight, which fills the check cells exactly when the hidden helper holds a warning; the title and the
 * signature line's row height (30 pt, on its own row, not a member row).
 */
import { a1 } from "../../src/layout/a1";
import {
  GROUP_COL,
  GROUP_IDS,
  GROUP_ROWS,
  buildGroupSheet,
} from "../../src/layout/evaluationSheets";
import { evaluateSheet, rowOf } from "../report/support";
import { cellAt, textAt } from "../support/layoutCells";

test("the header row above the members names the six visible columns, in header style", () => {
  const sheet = buildGroupSheet();
  const header = rowOf(sheet, GROUP_IDS.member(1)) - 1;
  const labels = [0, 1, 2, 3, 4, 5].map((col) => textAt(sheet, header, col));
  expect(labels).toEqual(["序号", "姓名", "领域", "工作单位", "组内角色", "专家来源/备注"]);
  expect([0, 1, 2, 3, 4, 5].map((col) => cellAt(sheet, header, col)?.style)).toEqual(
    Array(6).fill("header")
  );
});

test("member rows are numbered 1, 2, 3, … in the 序号 column, one row per member id", () => {
  const sheet = buildGroupSheet();
  for (let n = 1; n <= GROUP_ROWS; n++) {
    const content = cellAt(sheet, rowOf(sheet, GROUP_IDS.member(n)), GROUP_COL.index)?.content;
    expect(content).toEqual({ kind: "number", value: n });
  }
});

test("exactly GROUP_ROWS member rows: the check row right after them holds no member formulas", () => {
  const sheet = buildGroupSheet();
  const first = rowOf(sheet, GROUP_IDS.member(1));
  const check = rowOf(sheet, GROUP_IDS.check);
  expect(check).toBe(first + GROUP_ROWS);
  const cols = sheet.cells
    .filter((c) => c.row === check)
    .map((c) => c.col)
    .sort((x, y) => x - y);
  // 序号, the merged check cell over 姓名…专家来源/备注, the id and the hidden helper; no member formulas.
  expect(cols).toEqual([0, 1, 2, 3, 4, 5, GROUP_COL.id, GROUP_COL.counted]);
  expect(cellAt(sheet, check, GROUP_COL.standardization)).toBeUndefined();
  expect(cellAt(sheet, check, GROUP_COL.leader)).toBeUndefined();
});

test("the check row is labelled 检查 and its highlight turns on exactly when the helper holds a warning", () => {
  const sheet = buildGroupSheet();
  const check = rowOf(sheet, GROUP_IDS.check);
  expect(textAt(sheet, check, GROUP_COL.index)).toBe("检查");
  const rules = sheet.conditionalFormats.filter(
    (cf) => "formula" in cf && cf.range.row === check && cf.range.col === GROUP_COL.name
  );
  expect(rules).toHaveLength(1);
  const rule = rules[0]!;
  if (!("formula" in rule)) throw new Error("no formula rule");
  expect(rule.formula).toBe(`${a1(check, GROUP_COL.counted, true)}<>""`);
  // The helper it tests is non-blank for an empty group (too few members) and blank for a valid group.
  const hf = evaluateSheet(sheet);
  const warning = hf.value(check, GROUP_COL.counted);
  expect(typeof warning === "string" && warning.length > 0).toBe(true);
  for (let i = 0; i < 5; i++) {
    const row = rowOf(sheet, GROUP_IDS.member(i + 1));
    hf.set(row, GROUP_COL.name, `专家${i + 1}`);
    hf.set(row, GROUP_COL.field, i === 0 ? "标准化" : "行业专家");
    hf.set(row, GROUP_COL.role, i === 0 ? "组长" : "成员");
  }
  expect(hf.value(check, GROUP_COL.counted)).toBe("");
  hf.destroy();
});

test("the title row reads 评估组（标准4.2） over the six visible columns", () => {
  const sheet = buildGroupSheet();
  expect(textAt(sheet, 0, 0)).toBe("评估组（标准4.2）");
  expect(cellAt(sheet, 0, 0)?.style).toBe("title");
  expect(sheet.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 6 });
  expect(sheet.rowHeights.get(0)).toBe(30);
});

test("the signature line stands two rows below the check row, 30 pt high; the rows above keep their heights", () => {
  const sheet = buildGroupSheet();
  const check = rowOf(sheet, GROUP_IDS.check);
  expect(textAt(sheet, check + 2, 0)).toBe(
    "评估组组长（签字）：______________    日期：________年____月____日"
  );
  expect(sheet.rowHeights.get(check + 2)).toBe(30);
  // The member rows above the check row are not the signature's: one line of typing, no height set.
  expect(sheet.rowHeights.get(check - 2)).toBeUndefined();
  expect(sheet.rowHeights.get(check - 1)).toBeUndefined();
});
