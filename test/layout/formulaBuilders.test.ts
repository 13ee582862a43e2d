/**
 * Each formula builder of src/layout/formulas.ts evaluated on its own in HyperFormula, one input cell at a time,
 * with the values worked out by hand from README: Inputs and the standard (7.2, 7.3, A.1.4.4, A.7). The sheet-level
 * tests evaluate whole workbooks; these pin each builder's edges (a boolean, an error value, "" from a formula,
 * every blank character, a tier edge and a hundredth below it, a status label) so that a changed comparison,
 * literal or branch in one builder fails a test named for it (issue 17, mutation testing of src/layout).
 */
import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import {
  BOOLEAN_NOT_NUMBER,
  ERROR_NOT_NUMBER,
  TEXT_NOT_NUMBER,
  countedValue,
  deductionFormula,
  deductionItemFormula,
  fractionLiteral,
  isBlank,
  isNumber,
  levelItemFormula,
  noteBlank,
  numberCheck,
  rateDeductionFormula,
  statusText,
  str,
  tierChain,
  tieredItemFormula,
  withStatus,
} from "../../src/layout/formulas";
import { STATUS_LABELS } from "../../src/layout/labels";
import { STANDARD } from "../../src/standard";
import type { RateLineDef, TieredItemDef } from "../../src/standard";

/** Evaluates `formula` with A1 = `a1` and B1 = `b1` (a value, or "=…" for a formula such as =1/0 or =""). */
function evaluate(formula: string, a1: RawCellContent = null, b1: RawCellContent = null): unknown {
  const hf = HyperFormula.buildFromArray([[a1, b1, `=${formula}`]], {
    licenseKey: "gpl-v3",
    useArrayArithmetic: false,
  });
  try {
    const v = hf.getCellValue({ sheet: 0, row: 0, col: 2 });
    return typeof v === "object" && v !== null && "type" in v ? `#${String(v.type)}` : v;
  } finally {
    hf.destroy();
  }
}

const ERROR = "=1/0";
const EMPTY_STRING = '=""';

describe("isNumber: a number, and nothing else", () => {
  test.each<[string, RawCellContent, boolean]>([
    ["a number", 5, true],
    ["zero", 0, true],
    ["a negative number", -1.5, true],
    ["text of digits", "'5", false],
    ["TRUE", true, false],
    ["FALSE", false, false],
    ["an empty cell", null, false],
    ['"" from a formula', EMPTY_STRING, false],
    ["an error value", ERROR, false],
  ])("%s → %s", (_what, value, want) => {
    expect(evaluate(isNumber("A1"), value)).toBe(want);
  });
});

describe('isBlank: empty or "", as the reader counts it', () => {
  test.each<[string, RawCellContent, boolean]>([
    ["an empty cell", null, true],
    ['"" from a formula', EMPTY_STRING, true],
    ["a space", "' ", false],
    ["zero", 0, false],
    ["FALSE", false, false],
    ["TRUE", true, false],
    ["an error value", ERROR, false],
    ["text", "'x", false],
  ])("%s → %s", (_what, value, want) => {
    expect(evaluate(isBlank("A1"), value)).toBe(want);
  });
});

describe("statusText: any cell as text, safe to compare", () => {
  test.each<[string, RawCellContent, string]>([
    ["an error value becomes #", ERROR, "#"],
    ["a number its digits", 12, "12"],
    ["a label itself", `'${STATUS_LABELS.na}`, STATUS_LABELS.na],
    ["an empty cell nothing", null, ""],
  ])("%s", (_what, value, want) => {
    expect(evaluate(statusText("A1"), value)).toBe(want);
  });
});

describe("noteBlank: only the characters JavaScript's trim removes count as blank", () => {
  test.each<[string, string, boolean]>([
    ["nothing", "", true],
    ["a space", " ", true],
    ["a tab", "\t", true],
    ["a line feed", "\n", true],
    ["a carriage return", "\r", true],
    ["a no-break space", "\u00a0", true],
    ["an ideographic space", "\u3000", true],
    ["all of them", " \t\n\r\u00a0\u3000", true],
    ["a letter among them", "\u3000x\t", false],
    ["a full stop", "。", false],
    ["a zero", "0", false],
  ])("%s → %s", (_what, note, want) => {
    expect(evaluate(noteBlank("A1"), note === "" ? null : `'${note}`)).toBe(want);
  });
});

describe("countedValue / deductionFormula: a number with at most the allowed decimals, else 0", () => {
  test.each<[string, RawCellContent, number]>([
    ["a whole number", 2, 2],
    ["two decimals", 2.55, 2.55],
    ["three decimals", 2.555, 0],
    ["text of digits", "'2", 0],
    ["TRUE", true, 0],
    ["an empty cell", null, 0],
    ["an error value", ERROR, 0],
    ["a negative number", -1, -1],
  ])("%s → %s", (_what, value, want) => {
    expect(evaluate(deductionFormula("A1"), value)).toBe(want);
  });

  test("the inner formula is what a counted number gives; 4 places keep hundredths of a percent", () => {
    expect(evaluate(countedValue("A1", 4, "A1*100"), 0.9225)).toBeCloseTo(92.25, 10);
    expect(evaluate(countedValue("A1", 4, "A1*100"), 0.92255)).toBe(0);
    expect(evaluate(countedValue("A1", 2, "7"), 1)).toBe(7);
    expect(evaluate(countedValue("A1", 2, "7"), "'1")).toBe(0);
  });
});

describe("fractionLiteral and tierChain: 以上 includes the edge", () => {
  test("percent thresholds become the exact fractions a %-formatted cell stores", () => {
    expect([90, 80, 60, 10, 100, 0, 92.25].map(fractionLiteral)).toEqual([
      "0.9",
      "0.8",
      "0.6",
      "0.1",
      "1",
      "0",
      "0.9225",
    ]);
  });

  // Built inside each test: Stryker credits a test only with the code run while the test runs, not in `describe`
  // (README, Mutation testing).
  const chainOf = (): string =>
    tierChain(
      "A1",
      [
        { min: "0.9", result: 20 },
        { min: "0.8", result: 15 },
      ],
      3
    );
  test.each<[RawCellContent, number]>([
    [1, 20],
    [0.9, 20],
    [0.8999, 15],
    [0.8, 15],
    [0.7999, 3],
    [0, 3],
  ])("%s → %s", (value, want) => {
    const chain = chainOf();
    expect(evaluate(chain, value)).toBe(want);
  });
});

const rateLine = STANDARD.tables
  .flatMap((t) => t.items)
  .flatMap((i) => (i.kind === "deduction" ? i.lines : []))
  .find((l): l is RateLineDef => l.kind === "rate")!;

describe(`rateDeductionFormula: ${rateLine.id}'s completion rate (typed as %, stored as a fraction)`, () => {
  // A.1.4.4: 100% → 0; 50% up to 100% → 1; 30% up to 50% → 2; below 30% → 3; blank, text, 5+ decimals → 0.
  test.each<[string, RawCellContent, number]>([
    ["100%", 1, 0],
    ["99.99%", 0.9999, 1],
    ["50%", 0.5, 1],
    ["49.99%", 0.4999, 2],
    ["30%", 0.3, 2],
    ["29.99%", 0.2999, 3],
    ["0%", 0, 3],
    ["blank", null, 0],
    ["text", "'50%", 0],
    ["too many decimals", 0.99999, 0],
  ])("%s → deducts %s", (_what, value, want) => {
    expect(evaluate(rateDeductionFormula("A1", rateLine.tiers, rateLine.belowAll), value)).toBe(
      want
    );
  });
});

describe("withStatus and deductionItemFormula (7.2, 7.3)", () => {
  const na = `'${STATUS_LABELS.na}`;
  const absent = `'${STATUS_LABELS.absent}`;
  test.each<[string, RawCellContent, number]>([
    ["不适用 scores the cap", na, 10],
    ["应有未有 scores 0", absent, 0],
    ["no status scores the inner formula", null, 7.5],
    ["another text scores the inner formula", "'正常评分", 7.5],
    ["an error value scores the inner formula", ERROR, 7.5],
  ])("%s", (_what, status, want) => {
    expect(evaluate(withStatus("A1", "10", "7.5"), status)).toBe(want);
  });

  test("the score is rounded to 2 decimals (no binary noise in a cached value)", () => {
    expect(evaluate(withStatus("A1", "10", "0.1+0.2"))).toBe(0.3);
    expect(evaluate(withStatus("A1", "10", "1.234"))).toBe(1.23);
  });

  test.each<[string, number, number]>([
    ["no deduction: the cap", 0, 10],
    ["some: cap minus them", 2.5, 7.5],
    ["exactly the cap: 0", 10, 0],
    ["past the cap: stops at 0 (7.3)", 12, 0],
    ["a negative total never raises the cap", -5, 10],
  ])("%s", (_what, deducted, want) => {
    expect(evaluate(deductionItemFormula("A1", "10", "B1"), null, deducted)).toBe(want);
  });
});

const tiered = STANDARD.tables
  .flatMap((t) => t.items)
  .find((i): i is TieredItemDef => i.kind === "tiered")!;

describe(`tieredItemFormula: ${tiered.id} by tier over a %-formatted cell`, () => {
  const cap = String(tiered.cap);
  const f = (value: RawCellContent, status: RawCellContent = null) =>
    evaluate(tieredItemFormula("B1", cap, "A1", tiered.tiers), value, status);
  test("each tier's edge scores it, a hundredth of a percent below scores the next", () => {
    const sorted = [...tiered.tiers].sort((a, b) => b.min - a.min);
    sorted.forEach((t, i) => {
      expect([t.min, f(t.min / 100)]).toEqual([t.min, t.points]);
      const next = sorted[i + 1]?.points ?? 0;
      expect([t.min - 0.01, f((t.min - 0.01) / 100)]).toEqual([t.min - 0.01, next]);
    });
  });
  test("blank, text, a boolean or too many decimals score 0; 不适用 the cap; 应有未有 0", () => {
    expect([f(null), f("'95%"), f(true), f(0.955555)]).toEqual([0, 0, 0, 0]);
    expect(f(null, `'${STATUS_LABELS.na}`)).toBe(tiered.cap);
    expect(f(1, `'${STATUS_LABELS.absent}`)).toBe(0);
  });
});

describe("levelItemFormula: points by the chosen label", () => {
  const options = [
    { label: "国家级（10分）", points: 10 },
    { label: "省级（5分）", points: 5 },
    { label: "无（0分）", points: 0 },
  ];
  test.each<[string, RawCellContent, number]>([
    ["the first label", "'国家级（10分）", 10],
    ["the second", "'省级（5分）", 5],
    ["the last", "'无（0分）", 0],
    ["a label not offered", "'国家级", 0],
    ["blank", null, 0],
    ["an error value", ERROR, 0],
  ])("%s → %s", (_what, value, want) => {
    expect(evaluate(levelItemFormula("B1", "10", "A1", options), value)).toBe(want);
  });
  test("不适用 scores the cap whatever is chosen", () => {
    expect(
      evaluate(levelItemFormula("B1", "10", "A1", options), "'无（0分）", `'${STATUS_LABELS.na}`)
    ).toBe(10);
  });
});

describe("str and numberCheck", () => {
  test("str quotes text and doubles its quotes (Excel's escape; HyperFormula has none, so only the text is checked)", () => {
    expect(str('a"b""c')).toBe('"a""b""""c"');
    expect(evaluate(str("说明（引号）"))).toBe("说明（引号）");
  });

  const check = (value: RawCellContent, places = 2) =>
    evaluate(numberCheck("A1", places, "A1>10", "错误：超出范围；", '"好"'), value);
  test.each<[string, RawCellContent, number, string]>([
    ["an error value", ERROR, 2, ERROR_NOT_NUMBER],
    ["blank", null, 2, ""],
    ['"" from a formula', EMPTY_STRING, 2, ""],
    ["text", "'5", 2, TEXT_NOT_NUMBER],
    ["a boolean", true, 2, BOOLEAN_NOT_NUMBER],
    ["FALSE", false, 2, BOOLEAN_NOT_NUMBER],
    ["three decimals in a deduction", 1.005, 2, "错误：最多两位小数；"],
    ["five places in a rate", 0.92255, 4, "错误：百分数最多两位小数（如 92.25%）；"],
    ["out of range", 11, 2, "错误：超出范围；"],
    ["the edge of the range is inside", 10, 2, "好"],
    ["a good number", 2.5, 2, "好"],
  ])("%s → %j", (_what, value, places, want) => {
    expect(check(value, places)).toBe(want);
  });
});
