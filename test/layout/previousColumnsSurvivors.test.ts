/**
 * Re-evaluation from the previous one (src/layout/previousColumns.ts, issue 13), the rules the first mutation
 * run of the layout-sheets part left untested: a previous note longer than a row holds is cut between notes to
 * the 24 lines (of 11 pt estimate, 24 characters wide) a 409 pt row keeps for it beside a four-line marker naming
 * its length; a row without an item id is its own item; only ids starting "A.<digit>" are lines; the 上次评估
 * sheet's columns and its note row, grown by the 11 pt estimate across its three columns. Built inside each test.
 */
import { COL, buildScoresheet } from "../../src/layout";
import type { CellModel, SheetModel, WorkbookModel } from "../../src/layout";
import { wrappedLines } from "../../src/layout/builder";
import {
  PREVIOUS_COL,
  PREVIOUS_SHEET,
  withPreviousEvaluation,
} from "../../src/layout/previousColumns";
import type { PreviousEvaluation, PreviousRow } from "../../src/layout/previousColumns";
import { modelCellValue } from "../support/editableGrid";
import { inputRows } from "../support/layoutCells";

const built = (): WorkbookModel =>
  buildScoresheet({
    identity: { workbookId: "wb-prev2", createdAt: "-", generator: "test", kind: "scoresheet" },
  });
const previous = (rows: Record<string, PreviousRow>): PreviousEvaluation => ({
  facts: [],
  tables: [],
  rows: new Map(Object.entries(rows)),
});
const sheet = (model: WorkbookModel, name: string): SheetModel =>
  model.sheets.find((s) => s.name === name)!;
/** The model with one sheet's cells changed. */
const edited = (
  model: WorkbookModel,
  name: string,
  f: (cells: readonly CellModel[]) => CellModel[]
): WorkbookModel => ({
  ...model,
  sheets: model.sheets.map((s) => (s.name === name ? { ...s, cells: f(s.cells) } : s)),
});

/** Paragraphs of one line each in the 24-character note column (10.2 units of 23). */
const paragraphs = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `第${String(i + 10)}条意见`);
const MARKER = (length: number): string =>
  `……（共${length}字，此处只显示开头；全文见上次的评估报告和评分表）`;

describe("a previous note longer than its row", () => {
  test.each<[number, number]>([
    [24, 24],
    [25, 24],
    [40, 24],
  ])("%i one-line notes: the first %i shown, then the marker", (count, shown) => {
    const all = paragraphs(count);
    const note = all.join("\n");
    const model = withPreviousEvaluation(built(), previous({ "A.1.1.1": { note } }));
    const { sheet: name, row } = inputRows(model).get("A.1.1.1")!;
    const expected =
      count === shown
        ? note
        : `${all.slice(0, shown).join("\n")}${MARKER(Array.from(note).length)}`;
    expect(modelCellValue(sheet(model, name), row, PREVIOUS_COL.note)).toBe(expected);
  });
});

describe("which rows get the previous columns", () => {
  test("a row without an item id is its own item: each shows its score", () => {
    const model = edited(built(), "A.7", (cells) => cells.filter((c) => c.col !== COL.itemId));
    const out = withPreviousEvaluation(
      model,
      previous({ "A.7.1": { itemScore: 20 }, "A.7.2": { itemScore: 15 } })
    );
    const rows = inputRows(built());
    const s = sheet(out, "A.7");
    expect(modelCellValue(s, rows.get("A.7.1")!.row, PREVIOUS_COL.itemScore)).toBe(20);
    expect(modelCellValue(s, rows.get("A.7.2")!.row, PREVIOUS_COL.itemScore)).toBe(15);
  });

  test("an id column text not starting with A.<digit> is no line", () => {
    const row = inputRows(built()).get("A.7.1")!.row;
    const model = edited(built(), "A.7", (cells) =>
      cells.map((c) =>
        c.row === row && (c.col === COL.id || c.col === COL.itemId)
          ? { ...c, content: { kind: "text", text: "注A.7.1" } }
          : c
      )
    );
    const s = sheet(withPreviousEvaluation(model, previous({})), "A.7");
    expect(s.cells.filter((c) => c.row === row && c.col >= PREVIOUS_COL.id)).toEqual([]);
  });
});

describe("the 上次评估 sheet's layout", () => {
  test("three unnamed columns, 18, 40 and 12 wide", () => {
    const s = sheet(withPreviousEvaluation(built(), previous({})), PREVIOUS_SHEET);
    expect(s.columns).toEqual([
      { header: "", width: 18 },
      { header: "", width: 40 },
      { header: "", width: 12 },
    ]);
  });

  test("the note row grown to the note's lines at 11 pt (15 pt each, 4 pt padding) across 70 characters", () => {
    const s = sheet(withPreviousEvaluation(built(), previous({})), PREVIOUS_SHEET);
    const note = modelCellValue(s, 1, 0);
    expect(typeof note).toBe("string");
    const lines = wrappedLines(note as string, 18 + 40 + 12, 11);
    expect(lines).toBeGreaterThan(1);
    expect(s.rowHeights.get(1)).toBe(lines * 15 + 4);
  });
});
