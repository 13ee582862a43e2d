/**
 * 7.2: a copy made from the group's plan shows the plan's reason for each 不适用 item in a locked note cell; an edited
 * reason is the reader's `plan-overridden` at that cell (src/engine/plan.ts planOverrides). The item's 检查 formula
 * says so too, comparing the cell with the reason note held in the identity sheet, so the workbook alone (no
 * add-in, WPS, LibreOffice) shows it. Each case sets the note cell, evaluates the formula in HyperFormula and reads
 * the same cells with the reader: both flag it, or neither.
 */
import type { RawCellContent } from "hyperformula";
import { buildScoresheet, readScoresheet } from "../../src/layout";
import type { GridSource, GridValue, WorkbookModel } from "../../src/layout";
import { COL } from "../../src/layout/tableColumns";
import { logicConstants } from "../../src/layout/logicConstants";
import { PLAN_FORMAT } from "../../src/engine";
import { parsedPlan } from "../support/plans";
import { evaluateModel } from "../support/hfWorkbook";
import { modelCellValue } from "../support/editableGrid";

/** The plan's reason, with Latin letters so a change of case counts (the reader compares case-sensitively). */
const REASON = "本市无跨部门联办事项（无 APP 受理端）";
/** The note the copy carries: planReasonNote(REASON), written out by hand. */
const NOTE = `不适用（评估方案，7.2 经评估小组界定）：${REASON}`;
const NOTE_ERROR =
  "错误：本项说明是评估方案的理由（7.2），不得改动；请改回原理由，或请评估组长修改评估方案；";

function planModel(): WorkbookModel {
  return buildScoresheet({
    identity: { workbookId: "wb-plan-note", createdAt: "-", generator: "test", kind: "scoresheet" },
    plan: parsedPlan({
      format: PLAN_FORMAT,
      notApplicable: [{ item: "A.3.3", reason: REASON }],
    }),
  });
}

/** The row (0-based) of a line or item id on a table sheet. */
function rowOf(model: WorkbookModel, sheet: string, id: string): number {
  const cell = model.sheets
    .find((s) => s.name === sheet)!
    .cells.find((c) => c.col === COL.id && c.content.kind === "text" && c.content.text === id);
  if (!cell) throw new Error(`no row ${id}`);
  return cell.row;
}

/** The model as a grid, with some cells set as a person would type them. */
function gridOf(model: WorkbookModel, set: Map<string, GridValue>): GridSource {
  const byName = new Map(model.sheets.map((s) => [s.name, s]));
  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    rowCount: (s) => Math.max(0, ...byName.get(s)!.cells.map((c) => c.row + 1)),
    cell: (s, r, c) => {
      const k = `${s}!${r},${c}`;
      if (set.has(k)) return set.get(k);
      return modelCellValue(byName.get(s), r, c);
    },
    formula: () => undefined,
    numberFormat: () => undefined,
    merges: () => [],
  };
}

const CASES: readonly { what: string; note: string; status?: string; flagged: boolean }[] = [
  { what: "the reason as written", note: `【本项】${NOTE}`, flagged: false },
  {
    what: "a line note added after it",
    note: `【本项】${NOTE}\n【本行】现场核实无此类事项`,
    flagged: false,
  },
  { what: "the cell cleared", note: "", flagged: false },
  { what: "spaces and a line break around it", note: `【本项】  ${NOTE} \n`, flagged: false },
  { what: "a 全角空格 before it", note: `【本项】\u3000${NOTE}`, flagged: false },
  { what: "words added to it", note: `【本项】${NOTE}，另经核实`, flagged: true },
  { what: "another reason", note: "【本项】不适用：本单位认为无需评价", flagged: true },
  { what: "a change of case", note: `【本项】${NOTE.replace("APP", "App")}`, flagged: true },
  { what: "a word before it", note: `【本项】注：${NOTE}`, flagged: true },
  // Without the 【本项】 mark the cell is the first line's own note: no item note, nothing cited as the group's.
  { what: "unmarked text (a line note)", note: "我的说明", flagged: false },
];

describe("the 检查 formula and the reader agree on an edited plan reason (7.2)", () => {
  const model = planModel();
  const row = rowOf(model, "A.3", "A.3.3.1");
  const key = (col: number) => `A.3!${row},${col}`;

  test("the copy holds the reason note in the identity sheet and the formula reads it there", () => {
    const meta = model.sheets.find((s) => s.name === "_gridscore")!;
    const noteRow = meta.cells.find(
      (c) => c.col === 0 && c.content.kind === "text" && c.content.text === "planNote:A.3.3"
    )!.row;
    const held = meta.cells.find((c) => c.row === noteRow && c.col === 1)!;
    expect(held.content).toEqual({ kind: "text", text: NOTE });
    expect(held.locked).not.toBe(false);
    const check = model.sheets
      .find((s) => s.name === "A.3")!
      .cells.find((c) => c.row === row && c.col === COL.check)!;
    expect(check.content.kind === "formula" && check.content.formula).toContain(
      `'_gridscore'!$B$${noteRow + 1}`
    );
    // Read by a formula, the held note is one of the constants the check compares with the layout.
    expect(logicConstants(model, new Set(["_gridscore"]))).toContainEqual(
      expect.objectContaining({ sheet: "_gridscore", row: noteRow, col: 1, expected: NOTE })
    );
  });

  for (const c of CASES)
    test(`${c.what}: ${c.flagged ? "flagged by both" : "flagged by neither"}`, () => {
      const hf = evaluateModel(model);
      try {
        hf.set("A.3", row, COL.note, c.note === "" ? null : (`'${c.note}` as RawCellContent));
        const shown = hf.value("A.3", row, COL.check);
        expect(shown).toBe(c.flagged ? NOTE_ERROR : "");
      } finally {
        hf.destroy();
      }
      const read = readScoresheet(gridOf(model, new Map([[key(COL.note), c.note || undefined]])));
      const overridden = read.problems.filter((p) => p.code === "plan-overridden");
      expect(overridden.map((p) => p.where?.cell)).toEqual(c.flagged ? [`H${row + 1}`] : []);
    });

  test("a changed status with a changed reason is one error, the status's, in both", () => {
    const hf = evaluateModel(model);
    try {
      hf.set("A.3", row, COL.status, "正常评分");
      hf.set("A.3", row, COL.note, "【本项】另有理由");
      const shown = String(hf.value("A.3", row, COL.check));
      expect(shown.match(/错误：/g)).toHaveLength(1);
      expect(shown).toContain("评估方案已界定本项不适用");
    } finally {
      hf.destroy();
    }
    const read = readScoresheet(
      gridOf(
        model,
        new Map<string, GridValue>([
          [key(COL.status), "正常评分"],
          [key(COL.note), "【本项】另有理由"],
        ])
      )
    );
    expect(
      read.problems.filter((p) => p.code === "plan-overridden").map((p) => p.where?.cell)
    ).toEqual([`I${row + 1}`]);
  });
});
