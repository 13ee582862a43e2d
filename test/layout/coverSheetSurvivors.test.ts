/**
 * The cover sheet (src/layout/coverSheet.ts) where the layout-sheets part's other tests never look: its three
 * columns (label, input, and the hidden field id the readers key on), its title, the subtitle naming the active
 * edition, the heading of the metadata block, the date rule sitting on the date input (not elsewhere), and the
 * rules of chapters 7 and 8 sized for 11-point text (Calibri 11, 15 points a line), which the generic fit of
 * wrapped cells (10-point estimate, 14 points a line) would leave too short. Built inside each test.
 */
import { STANDARD } from "../../src/standard";
import { COVER_COL, COVER_SHEET } from "../../src/layout";
import { buildCoverSheet } from "../../src/layout/coverSheet";
import { wrappedLines } from "../../src/layout/builder";
import { modelCellValue } from "../support/editableGrid";

test("three columns: label, input and the field id, the last hidden", () => {
  const s = buildCoverSheet({});
  expect(s.name).toBe(COVER_SHEET);
  expect(s.columns).toEqual([
    { header: "项目", width: 16 },
    { header: "内容", width: 90 },
    { header: "字段", width: 12, hidden: true },
  ]);
});

test("the title, the subtitle naming the active edition and the metadata heading", () => {
  const s = buildCoverSheet({});
  expect(modelCellValue(s, 0, 0)).toBe("市域网格化治理标准体系评价确认评分表");
  expect(modelCellValue(s, 1, 0)).toBe(
    `依据 ${STANDARD.id}《${STANDARD.title}》附录A“标准体系评价确认评分表”`
  );
  expect(modelCellValue(s, 1, 0)).toContain("T/CSSG 001.5-2020");
  expect(modelCellValue(s, 3, 0)).toBe("评价信息");
  expect(s.cells.find((c) => c.row === 3 && c.col === 0)?.style).toBe("header");
});

test("each list or date rule sits on its own field's input cell", () => {
  const s = buildCoverSheet({});
  const inputOf = (field: string) => {
    const id = s.cells.find(
      (c) => c.col === COVER_COL.id && modelCellValue(s, c.row, c.col) === `meta.${field}`
    );
    return { row: id!.row, col: COVER_COL.value, rows: 1, cols: 1 };
  };
  const byTitle = (title: string) => s.validations.find((v) => v.errorTitle === title);
  expect(byTitle("日期无效")?.kind).toBe("date");
  expect(byTitle("日期无效")?.range).toEqual(inputOf("date"));
  expect(byTitle("层级无效")?.range).toEqual(inputOf("level"));
  expect(byTitle("角色无效")?.range).toEqual(inputOf("role"));
  expect(s.validations).toHaveLength(3);
});

test("a rule of two lines gets two 15-point lines, not the 10-point estimate's 14", () => {
  const s = buildCoverSheet({});
  const cell = s.cells.find(
    (c) => c.col === 0 && String(modelCellValue(s, c.row, 0)).startsWith("7.2 ")
  )!;
  const rule = String(modelCellValue(s, cell.row, 0));
  const width = s.columns[0]!.width + s.columns[1]!.width;
  // Merged over label and input (106 wide): two lines at 11 points, two at the 10-point estimate too.
  expect(wrappedLines(rule, width, 11)).toBe(2);
  expect(cell.style).toBe("text");
  expect(s.rowHeights.get(cell.row)).toBe(2 * 15 + 4);
});
