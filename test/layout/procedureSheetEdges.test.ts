/**
 * The procedure sheet (src/layout/evaluationSheets/procedure.ts) as built: section 6's seven steps in order, one
 * row each under the header, pre-filled dates written as ISO when they are dates and as typed otherwise, blank
 * texts left empty, inputs unlocked, and one date rule over exactly the seven date cells.
 */
import { cellRange } from "../../src/layout";
import {
  EVAL_ID_COL,
  PROCEDURE_COL,
  PROCEDURE_IDS,
  PROCEDURE_SHEET,
  PROCEDURE_STEPS,
  buildProcedureSheet,
} from "../../src/layout/evaluationSheets";
import { cellAt } from "../support/layoutCells";

describe("the procedure sheet", () => {
  test("seven steps, 6.1 to 6.7, on the rows under the header, with their ids", () => {
    const sheet = buildProcedureSheet();
    expect(sheet.name).toBe(PROCEDURE_SHEET);
    expect(PROCEDURE_STEPS.map((s) => s.id)).toEqual([
      "6.1",
      "6.2",
      "6.3",
      "6.4",
      "6.5",
      "6.6",
      "6.7",
    ]);
    PROCEDURE_STEPS.forEach((step, i) => {
      const row = 3 + i;
      expect(cellAt(sheet, row, PROCEDURE_COL.clause)?.content).toEqual({
        kind: "text",
        text: step.id,
      });
      expect(cellAt(sheet, row, PROCEDURE_COL.step)?.content).toEqual({
        kind: "text",
        text: step.text,
      });
      expect(cellAt(sheet, row, EVAL_ID_COL)?.content).toEqual({
        kind: "text",
        text: PROCEDURE_IDS.step(step.id),
      });
      for (const col of [PROCEDURE_COL.date, PROCEDURE_COL.people, PROCEDURE_COL.notes]) {
        expect(cellAt(sheet, row, col)?.locked).toBe(false);
        expect(cellAt(sheet, row, col)?.content).toEqual({ kind: "empty" });
      }
      expect(cellAt(sheet, row, PROCEDURE_COL.step)?.locked).not.toBe(false);
    });
    expect(PROCEDURE_IDS.step("6.4")).toBe("procedure.6.4");
    expect(sheet.validations).toHaveLength(1);
    expect(sheet.validations[0]).toMatchObject({
      kind: "date",
      range: cellRange(3, PROCEDURE_COL.date, 7, 1),
    });
  });

  test.each<[string | undefined, unknown]>([
    ["2026-06-02", { kind: "text", text: "2026-06-02" }],
    ["2026/6/2", { kind: "text", text: "2026-06-02" }],
    ["2026年6月2日", { kind: "text", text: "2026-06-02" }],
    ["下周一", { kind: "text", text: "下周一" }],
    ["2026-02-30", { kind: "text", text: "2026-02-30" }],
    ["", { kind: "empty" }],
    [" ", { kind: "empty" }],
    [undefined, { kind: "empty" }],
  ])("a pre-filled date %p is written as %p", (date, content) => {
    const sheet = buildProcedureSheet({ "6.5": date === undefined ? {} : { date } });
    expect(cellAt(sheet, 3 + 4, PROCEDURE_COL.date)?.content).toEqual(content);
  });

  test("people and notes are written as given, blank ones left empty", () => {
    const sheet = buildProcedureSheet({
      "6.1": { people: "李四", notes: "\u3000" },
      "6.7": { people: " ", notes: "通报" },
    });
    expect(cellAt(sheet, 3, PROCEDURE_COL.people)?.content).toEqual({ kind: "text", text: "李四" });
    expect(cellAt(sheet, 3, PROCEDURE_COL.notes)?.content).toEqual({ kind: "empty" });
    expect(cellAt(sheet, 9, PROCEDURE_COL.people)?.content).toEqual({ kind: "empty" });
    expect(cellAt(sheet, 9, PROCEDURE_COL.notes)?.content).toEqual({ kind: "text", text: "通报" });
  });
});
