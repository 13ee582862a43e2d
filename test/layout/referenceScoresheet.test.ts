/**
 * referenceScoresheet (src/layout/referenceScoresheet.ts) builds the active edition's blank scoresheet once and
 * hands every later caller that same model (the three read-time checks share it, issue 15); a fresh build is a
 * different object with the same content.
 */
import {
  buildReferenceScoresheet,
  referenceScoresheet,
} from "../../src/layout/referenceScoresheet";

test("the blank scoresheet is built once per edition and shared", () => {
  const first = referenceScoresheet();
  expect(referenceScoresheet()).toBe(first);
  const fresh = buildReferenceScoresheet();
  expect(fresh).not.toBe(first);
  expect(fresh.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
});
