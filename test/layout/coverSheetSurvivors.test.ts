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

describe("the cover sheet's rules, steps and page (left by the run of 1a0f95e)", () => {
  test("the list and date rules tell what to pick or type, in full", () => {
    const s = buildCoverSheet({});
    const byTitle = (title: string) => s.validations.find((v) => v.errorTitle === title);
    expect(byTitle("层级无效")).toMatchObject({
      kind: "list",
      errorMessage:
        "请从列表中选择：省辖市、县（市、区）、乡（镇、街道）、村（社区/居）（标准第1章）",
    });
    expect(byTitle("角色无效")).toMatchObject({
      kind: "list",
      errorMessage: "请从列表中选择：评估专家、自我评价",
    });
    expect(byTitle("日期无效")).toMatchObject({
      kind: "date",
      errorMessage: "请填写日期，如 2026-11-28",
      prompt: "日期，如 2026-11-28",
    });
  });

  test("the rules' heading, and the six steps under 填写方法, each over A:B and fitted at 11 pt", () => {
    const s = buildCoverSheet({});
    const rowOfText = (t: string) =>
      s.cells.find((c) => c.col === 0 && modelCellValue(s, c.row, 0) === t)?.row ?? -1;
    expect(rowOfText("评分规则（标准第7章、第8章原文）")).toBeGreaterThan(0);
    const heading = rowOfText("填写方法");
    expect(heading).toBeGreaterThan(0);
    const steps = [1, 2, 3, 4, 5, 6].map((i) => modelCellValue(s, heading + i, 0));
    expect(steps.map((t) => String(t).slice(0, 2))).toEqual(["1.", "2.", "3.", "4.", "5.", "6."]);
    expect(steps[5]).toBe("6. 工作表已保护（无密码）以防误改公式和标准原文，只有填写区可编辑。");
    let wrapped = 0;
    steps.forEach((step, i) => {
      const row = heading + 1 + i;
      expect(s.merges).toContainEqual({ row, col: 0, rows: 1, cols: 2 });
      const lines = wrappedLines(String(step), 16 + 90, 11);
      if (lines > 1) {
        wrapped++;
        expect(s.rowHeights.get(row)).toBe(lines * 15 + 4);
      }
    });
    // Step 2 (the yellow cells) and step 5 (the 检查 column) wrap in 106 width units.
    expect(wrapped).toBeGreaterThan(0);
  });

  test("prints portrait, one page wide, under a blue tab", () => {
    const s = buildCoverSheet({});
    expect(s.print).toMatchObject({ orientation: "portrait", fitToWidth: true });
    expect(s.tabColor).toBe("#4472C4");
  });
});
