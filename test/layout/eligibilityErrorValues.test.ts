/**
 * An error value (#N/A) in 评价条件's 5.2 score or a 5.3 answer: the reader reads it as no number and no 是/否
 * (自查总分不是数字; an answer that is neither), and the sheet's helpers now say "x" too. Before, the helper
 * passed the error on, so the sheet's condition showed #N/A where the reader gave its reason. HyperFormula
 * evaluates the sheet; the expected words are the rule's, written out by hand.
 */
import {
  CONDITION_COL,
  ELIGIBILITY_COL,
  ELIGIBILITY_IDS,
  INCIDENTS,
  answerFromText,
  buildEligibilitySheet,
  scoreFromInput,
} from "../../src/layout/evaluationSheets";
import { evaluateSheet, rowOf } from "../report/support";

test("#N/A as the 5.2 score: no number to the sheet's helper, as to the reader (自查总分不是数字)", () => {
  const sheet = buildEligibilitySheet();
  const hf = evaluateSheet(sheet);
  const score = rowOf(sheet, ELIGIBILITY_IDS.score);
  hf.set(score, ELIGIBILITY_COL.input, "=NA()");
  expect(hf.value(score, ELIGIBILITY_COL.helper)).toBe("x");
  // The condition gives its words (here the first missing date), no longer the error value.
  const reason = hf.value(rowOf(sheet, ELIGIBILITY_IDS.condition("5.2")), CONDITION_COL.reason);
  expect(typeof reason).toBe("string");
  hf.destroy();
  // The reader is given the error value as a grid gives it: its text.
  expect(scoreFromInput("#N/A")).toBe("invalid");
});

test("#N/A as a 5.3 answer: neither 是 nor 否 to the sheet, as to the reader", () => {
  const sheet = buildEligibilitySheet();
  const hf = evaluateSheet(sheet);
  const answer = rowOf(sheet, ELIGIBILITY_IDS.incident(INCIDENTS[0]!.id));
  hf.set(answer, ELIGIBILITY_COL.input, "=NA()");
  expect(hf.value(answer, ELIGIBILITY_COL.helper)).toBe("x");
  hf.destroy();
  expect(answerFromText("#N/A")).toEqual({ invalid: "#N/A" });
});
