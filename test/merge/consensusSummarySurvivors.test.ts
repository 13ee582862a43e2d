/**
 * What the merge-documents part's surviving mutants left unpinned in consensusSummary.ts (the 共识汇总 sheet): the
 * label texts and where they stand, the limit cell's absolute reference, the experts' totals range and verdicts,
 * the explanation row's height, the highlight and the signature line; and, left by the run of 2d55820, the title
 * and the subtotals' headers, the 共识 sheet's item rows the sums read, the 需讨论 description, the experts'
 * 总分/结论 headers, the signature rows' heights, the print setup and how a too-long explanation is named. Each
 * test builds what it checks (README, Mutation testing).
 */
import { buildConsensusWorkbook } from "../../src/merge";
import type { GroupScores, MergeResult } from "../../src/merge";
import { colLetter } from "../../src/layout";
import type { CellContent, SheetModel } from "../../src/layout";
import { wrappedLines } from "../../src/layout/builder";
import { modelTextProblems } from "../../src/layout/cellText";
import { CELL_TEXT_LIMIT } from "../../src/engine";
import { CONSENSUS_IDENTITY, groupOf, mergedOf } from "./deliberationSupport";

function summaryOf(group: GroupScores): { sheet: SheetModel; result: MergeResult } {
  const result = mergedOf(group);
  const sheet = buildConsensusWorkbook(result, CONSENSUS_IDENTITY).sheets.find(
    (s) => s.name === "共识汇总"
  )!;
  return { sheet, result };
}

const at = (sheet: SheetModel, row: number, col: number): CellContent | undefined =>
  sheet.cells.find((c) => c.row === row && c.col === col)?.content;
const rowOf = (sheet: SheetModel, label: string): number =>
  sheet.cells.find((c) => c.col === 0 && c.content.kind === "text" && c.content.text === label)!
    .row;
const formulaAt = (sheet: SheetModel, row: number, col: number): string => {
  const c = at(sheet, row, col);
  return c?.kind === "formula" ? c.formula : "";
};

const NAMES = ["甲", "乙", "丙"];

describe("consensusSummary survivors", () => {
  it("labels the pass mark, the verdict, the errors, the final verdict and the limit rows", () => {
    const { sheet, result } = summaryOf(groupOf(NAMES, [0, 0, 0]));
    const totalRow = 3 + result.tables.length;
    expect(at(sheet, totalRow + 1, 1)).toEqual({
      kind: "text",
      text: "8.3 总分大于或等于300分为合格",
    });
    expect(at(sheet, totalRow + 2, 0)).toEqual({ kind: "text", text: "结论" });
    expect(at(sheet, totalRow + 2, 1)).toEqual({ kind: "text", text: "共识评价结果" });
    const errorsRow = totalRow + 4;
    expect(at(sheet, errorsRow, 1)).toEqual({
      kind: "text",
      text: "专家分数无效、评议后得分无效或缺评议理由的项目数（见“共识”表“评议检查”列）",
    });
    expect(at(sheet, errorsRow + 1, 0)).toEqual({ kind: "text", text: "结论（定稿）" });
    expect(at(sheet, errorsRow + 1, 1)).toEqual({ kind: "text", text: "有评议错误时结论待定" });
    expect(at(sheet, errorsRow + 2, 1)).toEqual({
      kind: "text",
      text: "专家总分偏离全组平均总分超过此百分比的，须书面说明（恰好等于不算超过）",
    });
    // 结论（定稿）: pending with the error count, in the unspaced words of every consensus workbook made so far
    // (consensusTamper compares this formula with older workbooks'), else the verdict.
    const [count, verdict] = [`C${errorsRow + 1}`, `C${totalRow + 3}`];
    expect(formulaAt(sheet, errorsRow + 1, 2)).toBe(
      `IF(${count}>0,"结论待定：有"&${count}&"个错误",${verdict})`
    );
    // The two long labels wrap in the 30-wide 名称 column: their rows are fitted (3 lines of 15 pt + 4).
    expect(sheet.rowHeights.get(errorsRow)).toBe(3 * 15 + 4);
    expect(sheet.rowHeights.get(errorsRow + 2)).toBe(3 * 15 + 4);
  });

  it("reads the limit cell by its absolute address and says what is wrong with it", () => {
    const { sheet, result } = summaryOf(groupOf(NAMES, [0, 0, 0]));
    const limitRow = 3 + result.tables.length + 6;
    const check = formulaAt(sheet, limitRow, 3);
    expect(check).toContain(`ISNUMBER($C$${limitRow + 1})`);
    expect(
      sheet.validations.find((v) => v.range.row === limitRow && v.range.col === 2)
    ).toMatchObject({
      errorTitle: "偏离限值无效",
      errorMessage: "偏离限值应为大于0、不超过100、最多两位小数的百分数（如 30 表示 ±30%）。",
      prompt: "专家总分偏离平均总分的限值（%），默认30",
    });
    expect(check).toContain(
      "提示：偏离限值应为大于0、不超过100、最多两位小数的数，现按默认30%计；"
    );
  });

  it("heads the experts' block and sums each expert's column, judged against the pass mark", () => {
    const { sheet, result } = summaryOf(groupOf(NAMES, [0, 10, 200]));
    const totalRow = 3 + result.tables.length;
    const header = rowOf(sheet, "专家");
    expect(at(sheet, header, 1)).toEqual({ kind: "text", text: "文件" });
    const first = header + 1;
    expect(at(sheet, first, 0)).toEqual({ kind: "text", text: "甲" });
    expect(formulaAt(sheet, first, 3)).toBe(`IF(C${first + 1}>=C${totalRow + 2},"合格","不合格")`);
    // The mean total is over the three experts' totals: rows first+1 … first+3 in A1.
    expect(formulaAt(sheet, first, 4)).toContain(`$C$${first + 1}:$C$${first + 3}`);
    // The experts' rows needing an explanation, and 结论（定稿） (C:F merged) while 评议错误 counts any.
    const errorsRow = rowOf(sheet, "评议错误");
    expect(sheet.conditionalFormats).toEqual([
      {
        range: { row: errorsRow + 1, col: 2, rows: 1, cols: 4 },
        formula: `C${errorsRow + 1}>0`,
        fill: "#FFE699",
      },
      {
        range: { row: first, col: 0, rows: 3, cols: 7 },
        formula: `$F${first + 1}="需书面说明"`,
        fill: "#FFE699",
      },
    ]);
  });

  it("fits an expert's row to a long explanation, and leaves a row without one alone", () => {
    const long = "该专家对资料的理解与其他专家不同，".repeat(6);
    const { sheet } = summaryOf(groupOf(NAMES, [0, 0, 0], {}, [long]));
    const first = rowOf(sheet, "专家") + 1;
    expect(at(sheet, first, 6)).toEqual({ kind: "text", text: long });
    // Fitted at 11 pt (15 pt lines), as typed: taller than the 10 pt the sheet would fit it to by itself.
    expect(sheet.rowHeights.get(first)).toBe(wrappedLines(long, 30) * 15 + 4);
    expect(sheet.cells.find((c) => c.row === first && c.col === 6)!.locked).toBe(false);
    expect(sheet.rowHeights.get(first + 1)).toBeUndefined();
  });

  it("ends with the group leader's and members' signature line", () => {
    const { sheet } = summaryOf(groupOf(NAMES, [0, 0, 0]));
    const texts = sheet.cells.flatMap((c) => (c.content.kind === "text" ? [c.content.text] : []));
    expect(texts).toContain(
      "评估组组长（签字）：______________    评估组成员（签字）：______________________"
    );
  });
});

/** The 共识 sheet of a merge's workbook, its item rows (0-based) and a header's column letter, read off the model. */
function consensusSheetOf(result: MergeResult): SheetModel {
  return buildConsensusWorkbook(result, CONSENSUS_IDENTITY).sheets.find((s) => s.name === "共识")!;
}
const itemRows = (sheet: SheetModel, result: MergeResult): number[] =>
  result.items.map(
    (item) =>
      sheet.cells.find(
        (c) => c.col === 1 && c.content.kind === "text" && c.content.text === item.id
      )!.row
  );
const headerLetter = (sheet: SheetModel, header: string): string =>
  colLetter(
    sheet.cells.find((c) => c.row === 2 && c.content.kind === "text" && c.content.text === header)!
      .col
  );

describe("consensusSummary survivors (run of 2d55820)", () => {
  it("titles the sheet across its 7 columns and heads the subtotals' table", () => {
    const { sheet } = summaryOf(groupOf(NAMES, [0, 0, 0]));
    expect(at(sheet, 0, 0)).toEqual({ kind: "text", text: "评估组共识评分 汇总" });
    expect(sheet.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 7 });
    const headers = sheet.cells.filter((c) => c.row === 2);
    expect(headers.map((c) => [c.col, c.content, c.style])).toEqual(
      ["表", "名称", "共识得分", "满分（计算）", "满分（标注）"].map((h, col) => [
        col,
        { kind: "text", text: h },
        "header",
      ])
    );
  });

  it("sums each table's consensus over the 共识 sheet's item rows, from the first to the last", () => {
    const { sheet, result } = summaryOf(groupOf(NAMES, [0, 10, 200]));
    const items = consensusSheetOf(result);
    const rows = itemRows(items, result);
    const first = Math.min(...rows) + 1;
    const last = Math.max(...rows) + 1;
    const consensus = headerLetter(items, "共识");
    const t = result.tables[0]!;
    expect(formulaAt(sheet, 3, 2)).toBe(
      `SUMIF('共识'!$A$${first}:$A$${last},"${t.id}",'共识'!$${consensus}$${first}:$${consensus}$${last})`
    );
    const totalRow = 3 + result.tables.length;
    expect(at(sheet, totalRow, 1)).toEqual({ kind: "text", text: "共识总分" });
    // 需讨论: its label and the description beside it on one row, the count over the 分歧 column.
    expect(at(sheet, totalRow + 3, 0)).toEqual({ kind: "text", text: "需讨论" });
    expect(at(sheet, totalRow + 3, 1)).toEqual({
      kind: "text",
      text: "极差达到分值一半或状态不一致的项目数",
    });
  });

  it("totals each expert over the expert's column of the 共识 sheet's item rows, under 总分 and 结论", () => {
    const { sheet, result } = summaryOf(groupOf(NAMES, [0, 10, 200]));
    const items = consensusSheetOf(result);
    const rows = itemRows(items, result);
    const first = Math.min(...rows) + 1;
    const last = Math.max(...rows) + 1;
    const header = rowOf(sheet, "专家");
    expect(at(sheet, header, 2)).toEqual({ kind: "text", text: "总分" });
    expect(at(sheet, header, 3)).toEqual({ kind: "text", text: "结论" });
    NAMES.forEach((name, k) => {
      const col = headerLetter(items, name);
      expect(formulaAt(sheet, header + 1 + k, 2)).toBe(
        `ROUND(SUM('共识'!$${col}$${first}:$${col}$${last}),2)`
      );
    });
  });

  it("gives each of the three signature lines a 30 pt row and prints portrait, fitted to the page width", () => {
    const { sheet } = summaryOf(groupOf(NAMES, [0, 0, 0]));
    const lines = [
      "评估组组长（签字）：______________    评估组成员（签字）：______________________",
      "持不同意见的成员（签字并写明理由）：____________________________________________",
      "日期：________年____月____日",
    ];
    const first = rowOf(sheet, lines[0]!);
    lines.forEach((line, i) => {
      expect(at(sheet, first + i, 0)).toEqual({ kind: "text", text: line });
      expect(sheet.rowHeights.get(first + i)).toBe(30);
    });
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToWidth: true });
  });

  it("names an explanation too long for a cell by its sheet, cell and column header 书面说明", () => {
    const long = "说".repeat(CELL_TEXT_LIMIT + 1);
    const result = mergedOf(groupOf(NAMES, [0, 0, 0], {}, ["", long]));
    const model = buildConsensusWorkbook(result, CONSENSUS_IDENTITY);
    const sheet = model.sheets.find((s) => s.name === "共识汇总")!;
    const row = rowOf(sheet, "乙");
    expect(at(sheet, row, 6)).toEqual({ kind: "text", text: long });
    expect(modelTextProblems(model)).toEqual([
      {
        code: "text-too-long",
        field: `共识汇总!G${row + 1}（书面说明）`,
        length: CELL_TEXT_LIMIT + 1,
        limit: CELL_TEXT_LIMIT,
      },
    ]);
  });
});
