/**
 * The 5.2 自查总分 typed as text: the sheet's formulas take exactly the texts the reader takes (scoreFromInput:
 * an optional sign, digits with at most one decimal point, white space around), and refuse the rest as
 * 不是数字. Before, the sheet's VALUE() also took "3e2", "300%", "1,000" or "$300", which the reader refused.
 * (Typed bare, Excel makes "3e2" or "300%" a number, which both read alike; a text cell keeps the text.)
 * HyperFormula evaluates the sheet; the expected helper values are worked out by hand.
 */
import {
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  buildEligibilitySheet,
  scoreFromInput,
} from "../../src/layout/evaluationSheets";
import { evaluateSheet, rowOf } from "../report/support";

const CASES: readonly [string, number | string][] = [
  ["300", 300],
  ["\u3000300\t", 300],
  ["+300", 300],
  ["-5", -5],
  ["299.5", 299.5],
  ["300.", 300],
  [".5", 0.5],
  ["3e2", "x"],
  ["300%", "x"],
  ["1,000", "x"],
  ["$300", "x"],
  ["3 00", "x"],
  ["300-", "x"],
  ["1.2.3", "x"],
  ["+", "x"],
  [".", "x"],
  ["-.", "x"],
  ["３００", "x"],
  ["\u3000", ""],
];

test("the sheet's 5.2 helper and the reader take the same texts", () => {
  const sheet = buildEligibilitySheet();
  const hf = evaluateSheet(sheet);
  const row = rowOf(sheet, ELIGIBILITY_IDS.score);
  const sheetSays: [string, unknown][] = [];
  const readerSays: [string, unknown][] = [];
  for (const [text, expected] of CASES) {
    // A leading apostrophe keeps the entry text (HyperFormula, like Excel, would make "3e2" typed bare a number).
    hf.set(row, ELIGIBILITY_COL.input, `'${text}`);
    sheetSays.push([text, hf.value(row, ELIGIBILITY_COL.helper)]);
    const r = scoreFromInput(text);
    readerSays.push([text, r === "missing" ? "" : r === "invalid" ? "x" : r]);
    expect([text, expected]).toEqual(readerSays[readerSays.length - 1]);
  }
  hf.destroy();
  expect(sheetSays).toEqual(readerSays);
});
