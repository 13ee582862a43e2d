/**
 * 自查总分 (5.2): the eligibility sheet's data validation and the reader draw the line at the same place. Appendix
 * A's items add up to 495 (A.4 declares 120 but its items give 115; 8.2 declares 500), so a self-check total above
 * 495 is one no evaluation can give: the reader warns (self-score-out-of-range) and Excel's validation refuses it
 * when typed, with both figures of the contradiction in its message. Before, the validation let 495.01–500 through
 * while the CLI and the pane warned.
 */
import {
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  buildEligibilitySheet,
  readEvaluationSheets,
} from "../../src/layout/evaluationSheets";
import type { GridSource, GridValue, SheetModel, ValidationModel } from "../../src/layout";
import { rowOf } from "./support";
import { modelCellValue } from "../support/editableGrid";

function scoreValidation(sheet: SheetModel, row: number): ValidationModel & { kind: "decimal" } {
  const found = sheet.validations.filter(
    (v) =>
      v.range.row <= row &&
      row < v.range.row + v.range.rows &&
      v.range.col <= ELIGIBILITY_COL.input &&
      ELIGIBILITY_COL.input < v.range.col + v.range.cols
  );
  expect(found).toHaveLength(1);
  const v = found[0]!;
  if (v.kind !== "decimal") throw new Error(`expected a decimal validation, got ${v.kind}`);
  return v;
}

/** The sheet as a grid, with the 自查总分 cell holding `score`. */
function gridWith(sheet: SheetModel, row: number, score: GridValue): GridSource {
  return {
    sheetNames: () => [sheet.name],
    rowCount: () => Math.max(...sheet.cells.map((c) => c.row + 1)),
    cell: (_s, r, c) => {
      if (r === row && c === ELIGIBILITY_COL.input) return score;
      return modelCellValue(sheet, r, c);
    },
  };
}

describe("自查总分: the validation and the reader agree on 0–495", () => {
  const sheet = buildEligibilitySheet();
  const row = rowOf(sheet, ELIGIBILITY_IDS.score);
  const validation = scoreValidation(sheet, row);

  it("the validation is 0 to 495 and its message shows both 495 and 8.2's 500", () => {
    expect(validation.min).toBe(0);
    expect(validation.max).toBe(495);
    expect(validation.errorMessage).toBe(
      "请填写0到495之间的数字（附录A各项分值之和为495分，8.2标注500分）"
    );
  });

  it.each([
    [-0.01, false],
    [0, true],
    [299.99, true],
    [300, true],
    [495, true],
    [495.01, false],
    [499, false],
    [500, false],
  ])(
    "%p: accepted by the validation = %p, and the reader warns exactly when it is not",
    (score, ok) => {
      const max = validation.max as number;
      expect(score >= validation.min && score <= max).toBe(ok);
      const read = readEvaluationSheets(gridWith(sheet, row, score));
      const warned = read.problems.filter((p) => p.code === "self-score-out-of-range");
      expect(warned).toHaveLength(ok ? 0 : 1);
      if (!ok) expect(warned[0]).toMatchObject({ row, col: ELIGIBILITY_COL.input, value: score });
    }
  );
});
