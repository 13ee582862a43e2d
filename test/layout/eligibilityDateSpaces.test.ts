/**
 * The eligibility sheet's date formulas trim what the one date reader trims: tabs, line breaks, NBSP (U+00A0),
 * the ideographic space (U+3000) and the rest of Unicode's white space around a date or its parts. Before, the
 * sheet's TRIM took plain spaces only and said 不是有效日期 of a date the reader accepted. HyperFormula evaluates
 * the sheet over generated inputs (test/support/dateSpaces.ts); the reader is the reference. The same inputs are
 * recalculated by LibreOffice in eligibilityDateSpaces.libreoffice.test.ts.
 */
import {
  CONDITION_COL,
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  INCIDENTS,
  answerFromText,
  buildEligibilitySheet,
  checkEligibility,
  readEvaluationSheets,
  scoreFromInput,
} from "../../src/layout/evaluationSheets";
import { evaluateSheet, rowOf } from "../report/support";
import { eligibilityGrid, readerSays, spacedDates, visible } from "../support/dateSpaces";

const INPUTS = spacedDates(60);

test("the generated inputs cover every verdict of the reader", () => {
  const says = new Set(INPUTS.map((t) => typeof readerSays(t)));
  expect(says).toEqual(new Set(["number", "string"]));
  const words = new Set(INPUTS.map(readerSays).filter((v) => typeof v === "string"));
  expect(words).toEqual(new Set(["", "d", "x"]));
  // Hand-checked anchors: NBSP and U+3000 around a date, a tab inside one.
  expect(readerSays("\u00a02026-06-02\u3000")).toBe(46175);
  expect(readerSays("2026年\t6月2日")).toBe(46175);
  expect(readerSays("\u3000")).toBe("");
});

test("the sheet's date helper and 5.1's reason say what the reader and the rule say, for every input (HyperFormula)", () => {
  const sheet = buildEligibilitySheet();
  const hf = evaluateSheet(sheet);
  const input = rowOf(sheet, ELIGIBILITY_IDS.date("operationStart"));
  const reason = rowOf(sheet, ELIGIBILITY_IDS.condition("5.1"));
  const sheetSays: [string, unknown, unknown][] = [];
  const readerSaid: [string, unknown, unknown][] = [];
  for (const text of INPUTS) {
    hf.set(input, ELIGIBILITY_COL.input, text);
    sheetSays.push([
      visible(text),
      hf.value(input, ELIGIBILITY_COL.helper),
      hf.value(reason, CONDITION_COL.reason),
    ]);
    const rule = checkEligibility(readEvaluationSheets(eligibilityGrid(text)).eligibility!);
    readerSaid.push([visible(text), readerSays(text), rule.conditions[0]!.reason]);
  }
  hf.destroy();
  expect(sheetSays).toEqual(readerSaid);
});

// The same trimming in the 5.3 answers and the 5.2 score: "是" with U+3000 or NBSP around it is 是 to both sides.
test("a 5.3 answer and the 5.2 score with white space around them: the sheet reads what the reader reads", () => {
  const sheet = buildEligibilitySheet();
  const hf = evaluateSheet(sheet);
  const answer = rowOf(sheet, ELIGIBILITY_IDS.incident(INCIDENTS[0]!.id));
  const score = rowOf(sheet, ELIGIBILITY_IDS.score);
  const seen: [string, unknown, unknown][] = [];
  for (const [text, reader] of [
    ["\u3000是\t", "yes"],
    ["\u00a0否\n", "no"],
    ["\u3000", undefined],
  ] as const) {
    hf.set(answer, ELIGIBILITY_COL.input, text);
    seen.push([visible(text), hf.value(answer, ELIGIBILITY_COL.helper), answerFromText(text)]);
    expect(answerFromText(text)).toEqual(reader);
  }
  expect(seen).toEqual([
    ["\\u3000是\\u0009", "y", "yes"],
    ["\\u00a0否\\u000a", "n", "no"],
    ["\\u3000", "", undefined],
  ]);
  hf.set(score, ELIGIBILITY_COL.input, "\u00a0300\u3000");
  expect(hf.value(score, ELIGIBILITY_COL.helper)).toBe(300);
  expect(scoreFromInput("\u00a0300\u3000")).toBe(300);
  hf.set(score, ELIGIBILITY_COL.input, "\t\u3000");
  expect(hf.value(score, ELIGIBILITY_COL.helper)).toBe("");
  expect(scoreFromInput("\t\u3000")).toBe("missing");
  hf.destroy();
});
