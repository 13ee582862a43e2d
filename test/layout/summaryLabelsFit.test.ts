/**
 * The two summary sheets a person signs, 汇总 and 共识汇总: every fixed label stays on one line in its column, and
 * 结论（定稿）'s row holds the longest text its formula can give. Seen in LibreOffice's PDF: an 8-wide column printed
 * 「结论（定」 over 「稿）」 and 「偏离限值（」 over 「%）」, and a 32 pt row cut 「结论待定：有 1 个错误」 after its
 * second line. Widths and heights are estimated as the layout estimates them (wrappedLines, fitRow's 15 pt lines).
 */
import * as fs from "fs";
import * as path from "path";
import { pendingVerdictText } from "../../src/engine";
import type { Evaluation } from "../../src/engine";
import { SUMMARY_SHEET, STYLES, buildScoresheet } from "../../src/layout";
import type { SheetModel, WorkbookModel } from "../../src/layout";
import { wrappedLines } from "../../src/layout/builder";
import { allItems } from "../../src/standard";
import { consensusOf, groupOf } from "../merge/deliberationSupport";

const EXAMPLE = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "examples", "evaluation.json"), "utf8")
) as Evaluation;

function sheetOf(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The fixed (text) cells in header style, each with the lines it takes in its column (or merged columns). */
function headerLines(model: WorkbookModel, sheet: SheetModel): [string, number][] {
  return sheet.cells
    .filter((c) => c.style === "header" && c.content.kind === "text")
    .map((c) => {
      const merge = sheet.merges.find(
        (m) => m.col === c.col && m.row <= c.row && c.row < m.row + m.rows
      );
      const width = sheet.columns
        .slice(c.col, c.col + (merge?.cols ?? 1))
        .reduce((sum, col) => sum + col.width, 0);
      const size = model.styles[c.style]?.font?.size ?? 11;
      const label = c.content.kind === "text" ? c.content.text : "";
      return [label, wrappedLines(label, width, size)];
    });
}

/** The row holding a label in column A. */
function rowOf(sheet: SheetModel, label: string): number {
  const cell = sheet.cells.find(
    (c) => c.col === 0 && c.content.kind === "text" && c.content.text === label
  );
  if (!cell) throw new Error(`no ${label} on ${sheet.name}`);
  return cell.row;
}

const scoresheet = (): WorkbookModel =>
  buildScoresheet({
    evaluation: EXAMPLE,
    identity: {
      workbookId: "labels",
      createdAt: "2026-12-01T00:00:00Z",
      generator: "test",
      kind: "scoresheet",
    },
  });
const consensus = (): WorkbookModel =>
  consensusOf(groupOf(["甲", "乙", "丙", "丁", "戊"], [10, 20, 30, 40, 50])).model;

test.each([
  ["汇总", scoresheet, SUMMARY_SHEET],
  ["共识汇总", consensus, "共识汇总"],
])("%s: every header label fits on one line of its column", (_, build, name) => {
  const model = build();
  const lines = headerLines(model, sheetOf(model, name));
  expect(lines.length).toBeGreaterThan(8);
  expect(lines.filter(([, n]) => n > 1)).toEqual([]);
  // The labels that wrapped before are among them.
  const labels = lines.map(([label]) => label);
  expect(labels).toEqual(expect.arrayContaining(["结论（定稿）", "满分（计算）", "满分（标注）"]));
  if (name === "共识汇总") expect(labels).toContain("偏离限值（%）");
});

test.each([
  // Three errors at most in each of the 158 check cells; 共识's formula joins the count without spaces.
  ["汇总", scoresheet, SUMMARY_SHEET, pendingVerdictText(3 * 158, "zh-CN")],
  ["共识汇总", consensus, "共识汇总", `结论待定：有${allItems().length}个错误`],
])(
  "%s: 结论（定稿）'s row holds the longest pending text its formula can give",
  (_, build, name, longest) => {
    const model = build();
    const sheet = sheetOf(model, name);
    const row = rowOf(sheet, "结论（定稿）");
    const cell = sheet.cells.find((c) => c.row === row && c.col === 2)!;
    // The text sized for is the formula's own: its words before the count.
    expect(cell.content.kind === "formula" ? cell.content.formula : "").toContain(
      longest.slice(0, longest.search(/\s?\d/))
    );
    const style = model.styles[cell.style] ?? STYLES[cell.style];
    const size = style.font?.size ?? 11;
    const merge = sheet.merges.find((m) => m.row === row && m.col === 2);
    const width = sheet.columns
      .slice(2, 2 + (merge?.cols ?? 1))
      .reduce((sum, col) => sum + col.width, 0);
    const lines = wrappedLines(longest, width, size);
    // One line, or wrapped in a row tall enough for all of them.
    if (lines > 1) expect(style.wrap).toBe(true);
    expect(sheet.rowHeights.get(row) ?? 15).toBeGreaterThanOrEqual(lines * 15);
  }
);
