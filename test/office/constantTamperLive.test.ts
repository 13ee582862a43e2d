/**
 * The add-in reads the live workbook through the same check of the constants its formulas read (README: Inputs):
 * a pass mark or an item's 分值 changed in the workbook is shown in the pane as an error at its sheet and cell,
 * while an input typed is not.
 */
import { editableGrid } from "../support/editableGrid";
import { layoutInfo } from "../../src/office/layoutInfo";
import { liveState, readContents } from "../../src/office/liveState";
import type { Snapshot } from "../../src/office/readGrid";
import { COL } from "../../src/layout";
import type { GridSource } from "../../src/layout";

/** A snapshot of the live workbook whose values are the grid's. */
function snapshot(grid: GridSource): Snapshot {
  return {
    sheets: grid.sheetNames().map((name, i) => ({ id: String(i), name, protected: true })),
    present: new Map(
      grid
        .sheetNames()
        .map((name, i) => [name.toLowerCase(), { id: String(i), name, hasChart: false }])
    ),
    grid,
    names: new Set(),
  };
}

/** The pane's constant-changed problems for the grid. */
function changed(grid: GridSource) {
  const contents = readContents(snapshot(grid), layoutInfo());
  if ("failure" in contents) throw new Error(JSON.stringify(contents.failure));
  return liveState(contents).problems.filter((p) => p.code === "constant-changed");
}

test("the untouched live scoresheet shows no changed constant", () => {
  expect(changed(editableGrid().grid)).toEqual([]);
});

test("the pass mark and an item's 分值 changed in the live workbook are errors at their cells", () => {
  const g = editableGrid();
  g.set("汇总", 12, 2, 350);
  const a11 = g.row("A.1.1.1"); // the first line of A.1.1, whose row holds its 分值
  g.set(a11.sheet, a11.row, COL.cap, 50);
  expect(changed(g.grid)).toEqual([
    {
      code: "constant-changed",
      role: "cap",
      of: "A.1.1",
      expected: 5,
      found: 50,
      where: { sheet: "A.1", cell: "D4" },
    },
    {
      code: "constant-changed",
      role: "pass-mark",
      expected: 300,
      found: 350,
      where: { sheet: "汇总", cell: "C13" },
    },
  ]);
});

test("inputs typed in the live workbook are no changed constant", () => {
  const g = editableGrid();
  const line = g.row("A.1.1.1");
  g.set(line.sheet, line.row, COL.input, 2);
  g.set(line.sheet, line.row, COL.note, "缺少文件");
  g.set(line.sheet, line.row, COL.status, "不适用");
  expect(changed(g.grid)).toEqual([]);
});
