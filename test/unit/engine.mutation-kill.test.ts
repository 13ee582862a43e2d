/**
 * Edges of the scoring core that `MUTATE_PART=engine-core` (README, Mutation testing) found unpinned: each
 * expected value is worked out by hand from the standard (A.1.7: cap 10, lines 5/1/1/1/1/1/2/1; A.1.4.4: rate
 * tiers 100/50/30; A.7.1: tiered, cap 20; A.7.3: levels), from XML 1.0's Char production or from the number
 * model of README: Numbers.
 */
import {
  CELL_TEXT_LIMIT,
  EVALUATION_FORMAT,
  GridscoreInternalError,
  checkText,
  decimalOf,
  exact,
  forbiddenChar,
  isPercentItem,
  isRounded,
  problemCounts,
  scoreEvaluation,
  shiftDecimal,
  textProblems,
} from "../../src/engine";
import type { Evaluation, ItemInput, Problem } from "../../src/engine";
import { readNumber, readStatus } from "../../src/engine/values";

function evaluation(items: Record<string, ItemInput>, meta: Evaluation["meta"] = {}): Evaluation {
  return { format: EVALUATION_FORMAT, meta, items };
}

/** Every problem the scorer reports for one item, errors first, as plain objects. */
function problemsOf(items: Record<string, ItemInput>, itemId: string): Problem[] {
  const r = scoreEvaluation(evaluation(items));
  return [...r.errors, ...r.warnings].filter((p) => "itemId" in p && p.itemId === itemId);
}

function scoreOf(items: Record<string, ItemInput>, itemId: string): number {
  return scoreEvaluation(evaluation(items)).items.find((i) => i.id === itemId)!.score;
}

describe("XML 1.0 characters (forbiddenChar)", () => {
  it.each<[string, string, { codePoint: number; index: number } | undefined]>([
    ["empty", "", undefined],
    ["tab, line feed, carriage return", "a\tb\nc\rd", undefined],
    ["NUL", "\u0000", { codePoint: 0, index: 0 }],
    ["backspace after two letters", "ab\u0008", { codePoint: 8, index: 2 }],
    ["U+001F, the last control below space", "x\u001f", { codePoint: 0x1f, index: 1 }],
    ["space, the first allowed above the controls", " ", undefined],
    ["U+D7FF, just below the surrogates", "\ud7ff", undefined],
    ["U+E000, just above them", "\ue000", undefined],
    ["U+FFFD, the last allowed BMP character", "\ufffd", undefined],
    ["U+FFFE", "\ufffe", { codePoint: 0xfffe, index: 0 }],
    ["U+FFFF", "a\uffff", { codePoint: 0xffff, index: 1 }],
    ["a surrogate pair (U+1F600)", "\ud83d\ude00", undefined],
    ["the first pair D800 DC00", "\ud800\udc00", undefined],
    ["the last pair DBFF DFFF", "\udbff\udfff", undefined],
    [
      "a control after a pair is at UTF-16 index 2",
      "\ud83d\ude00\u0001",
      { codePoint: 1, index: 2 },
    ],
    ["a lone high surrogate at the end", "x\ud800", { codePoint: 0xd800, index: 1 }],
    ["a lone DBFF", "\udbff", { codePoint: 0xdbff, index: 0 }],
    ["a high surrogate before a letter", "\ud800a", { codePoint: 0xd800, index: 0 }],
    ["a high surrogate before another high one", "\ud800\udbff", { codePoint: 0xd800, index: 0 }],
    ["a high surrogate before U+E000", "\ud800\ue000", { codePoint: 0xd800, index: 0 }],
    ["a lone low surrogate DC00", "\udc00", { codePoint: 0xdc00, index: 0 }],
    ["a lone low surrogate DFFF", "ok\udfff", { codePoint: 0xdfff, index: 2 }],
  ])("%s", (_name, text, expected) => {
    expect(forbiddenChar(text)).toStrictEqual(expected);
  });
});

describe("text fields a cell can hold (checkText, textProblems)", () => {
  it("allows exactly 32,767 characters and refuses 32,768, naming the field", () => {
    expect(CELL_TEXT_LIMIT).toBe(32767);
    expect(checkText("f", "a".repeat(32767))).toStrictEqual([]);
    expect(checkText("f", "a".repeat(32768))).toStrictEqual([
      { code: "text-too-long", field: "f", length: 32768, limit: 32767 },
    ]);
  });

  it("checks the organization, the evaluator and every note, each under its own name", () => {
    const out = textProblems(
      evaluation(
        { "A.1.2": { lines: { "A.1.2.1": 1 }, notes: { "A.1.2.1": "坏\u0001" } } },
        { organization: "\u0002", evaluator: "ok\u0003" }
      )
    );
    expect(out).toStrictEqual([
      { code: "text-forbidden-char", field: "meta.organization", codePoint: 2, index: 0 },
      { code: "text-forbidden-char", field: "meta.evaluator", codePoint: 3, index: 2 },
      { code: "text-forbidden-char", field: "A.1.2.1 扣分说明", codePoint: 1, index: 1 },
    ]);
  });
});

describe("reading a leaf (readNumber, readStatus)", () => {
  it.each<[string, null | ""]>([
    ["null", null],
    ["empty text", ""],
  ])("%s is nothing entered: no number and no problem", (_name, raw) => {
    const problems: Problem[] = [];
    expect(readNumber("A.1.2", "A.1.2.1", raw, problems, { percent: false })).toBeUndefined();
    expect(problems).toStrictEqual([]);
  });

  it("a problem of an item-level value names no line", () => {
    const problems: Problem[] = [];
    readNumber("A.7.1", undefined, "90", problems, { percent: true });
    expect(problems).toStrictEqual([{ code: "number-as-text", itemId: "A.7.1", value: "90" }]);
  });

  it("a problem of a line names it", () => {
    const problems: Problem[] = [];
    readNumber("A.1.2", "A.1.2.1", "2", problems, { percent: false });
    expect(problems).toStrictEqual([
      { code: "number-as-text", itemId: "A.1.2", lineId: "A.1.2.1", value: "2" },
    ]);
  });

  it.each<[string, undefined | null | ""]>([
    ["absent", undefined],
    ["null", null],
    ["empty", ""],
  ])("a status %s is normal, without a problem", (_name, raw) => {
    const problems: Problem[] = [];
    expect(readStatus("A.1.2", raw, problems)).toBe("normal");
    expect(problems).toStrictEqual([]);
  });
});

describe("deduction items: what is entered where (score.ts)", () => {
  it("a value or a level on a deduction item is the wrong kind of input, named", () => {
    expect(problemsOf({ "A.1.2": { value: 5 } }, "A.1.2")).toContainEqual({
      code: "wrong-input-kind",
      itemId: "A.1.2",
      expected: "deduction",
      got: "value",
    });
    expect(problemsOf({ "A.1.2": { level: "national" } }, "A.1.2")).toContainEqual({
      code: "wrong-input-kind",
      itemId: "A.1.2",
      expected: "deduction",
      got: "level",
    });
  });

  it("a rate line given a plain number says so; left empty it says nothing", () => {
    expect(problemsOf({ "A.1.4": { lines: { "A.1.4.4": 5 } } }, "A.1.4")).toStrictEqual([
      {
        code: "wrong-input-kind",
        itemId: "A.1.4",
        lineId: "A.1.4.4",
        expected: "rate",
        got: "number",
      },
    ]);
    expect(problemsOf({ "A.1.4": { lines: { "A.1.4.4": null } } }, "A.1.4")).toStrictEqual([]);
    expect(problemsOf({ "A.1.4": { lines: { "A.1.4.4": "" } } }, "A.1.4")).toStrictEqual([]);
  });

  it("a deduction line given a rate says so", () => {
    expect(problemsOf({ "A.1.4": { lines: { "A.1.4.1": { rate: 80 } } } }, "A.1.4")).toStrictEqual([
      {
        code: "wrong-input-kind",
        itemId: "A.1.4",
        lineId: "A.1.4.1",
        expected: "deduction",
        got: "rate",
      },
    ]);
  });

  it("a negative deduction is not a percent", () => {
    expect(
      problemsOf({ "A.1.2": { lines: { "A.1.2.1": -1 }, notes: { "A.1.2.1": "x" } } }, "A.1.2")
    ).toStrictEqual([{ code: "negative", itemId: "A.1.2", lineId: "A.1.2.1", value: -1 }]);
  });

  it("a line above its maximum is that line's one problem, not also a missing note", () => {
    // A.1.7.2 may deduct 1 at most.
    expect(problemsOf({ "A.1.7": { lines: { "A.1.7.2": 1.5 } } }, "A.1.7")).toStrictEqual([
      { code: "above-line-max", itemId: "A.1.7", lineId: "A.1.7.2", value: 1.5, max: 1 },
    ]);
    // At its maximum it is fine, and only the note is missing.
    expect(problemsOf({ "A.1.7": { lines: { "A.1.7.2": 1 } } }, "A.1.7")).toStrictEqual([
      { code: "missing-note", itemId: "A.1.7", lineId: "A.1.7.2" },
    ]);
  });

  it("notes may sit on the item or on its lines; any other key is an unknown line", () => {
    expect(
      problemsOf({ "A.1.2": { notes: { "A.1.2": "总体说明", "A.1.2.1": "无" } } }, "A.1.2")
    ).toStrictEqual([]);
    expect(problemsOf({ "A.1.2": { notes: { "A.1.2.9": "?" } } }, "A.1.2")).toStrictEqual([
      { code: "unknown-line", itemId: "A.1.2", lineId: "A.1.2.9" },
    ]);
  });

  it("na or absent ignore deductions only when one was entered", () => {
    expect(problemsOf({ "A.1.2": { status: "na", lines: { "A.1.2.1": 0 } } }, "A.1.2")).toEqual([]);
    expect(problemsOf({ "A.1.2": { status: "na", lines: { "A.1.2.1": 2 } } }, "A.1.2")).toEqual([
      { code: "inputs-ignored", itemId: "A.1.2", status: "na" },
    ]);
  });

  it("deductions adding up to exactly the cap floor the item at 0 without the beyond-cap warning", () => {
    const lines = { "A.1.7.1": 5, "A.1.7.2": 1, "A.1.7.3": 1, "A.1.7.4": 1, "A.1.7.5": 1 };
    const notes = Object.fromEntries(Object.keys(lines).map((k) => [k, "n"]));
    const atCap = { "A.1.7": { lines: { ...lines, "A.1.7.6": 1 }, notes } };
    expect(scoreOf(atCap, "A.1.7")).toBe(0);
    expect(problemsOf(atCap, "A.1.7").map((p) => p.code)).not.toContain("beyond-cap");
    const justBelow = { "A.1.7": { lines: { ...lines, "A.1.7.6": 0.99 }, notes } };
    expect(scoreOf(justBelow, "A.1.7")).toBe(0.01);
    const justAbove = {
      "A.1.7": {
        lines: { ...lines, "A.1.7.6": 1, "A.1.7.8": 0.01 },
        notes: { ...notes, "A.1.7.8": "n" },
      },
    };
    expect(scoreOf(justAbove, "A.1.7")).toBe(0);
    expect(problemsOf(justAbove, "A.1.7")).toContainEqual({
      code: "beyond-cap",
      itemId: "A.1.7",
      deduction: 10.01,
      cap: 10,
    });
  });
});

describe("A.7 award items: what is entered where (score.ts)", () => {
  it("a level on a tiered item, or a value on a level item, is the wrong kind", () => {
    expect(problemsOf({ "A.7.1": { value: 90, level: "national" } }, "A.7.1")).toStrictEqual([
      { code: "wrong-input-kind", itemId: "A.7.1", expected: "value", got: "level" },
    ]);
    expect(problemsOf({ "A.7.3": { level: "national", value: 90 } }, "A.7.3")).toStrictEqual([
      { code: "wrong-input-kind", itemId: "A.7.3", expected: "level", got: "value" },
    ]);
  });

  it("deduction lines on an award item are refused with the kind it takes", () => {
    expect(problemsOf({ "A.7.1": { value: 90, lines: { "A.7.1.1": 1 } } }, "A.7.1")).toStrictEqual([
      {
        code: "wrong-input-kind",
        itemId: "A.7.1",
        lineId: "A.7.1.1",
        expected: "value",
        got: "deduction",
      },
    ]);
    expect(
      problemsOf({ "A.7.3": { level: "none", lines: { "A.7.3.1": 1 } } }, "A.7.3")
    ).toStrictEqual([
      {
        code: "wrong-input-kind",
        itemId: "A.7.3",
        lineId: "A.7.3.1",
        expected: "level",
        got: "deduction",
      },
    ]);
  });

  it.each<[string, ItemInput, number, string[]]>([
    ["na with nothing entered: the cap, no problem", { status: "na" }, 20, []],
    ["na with an empty value: the cap, no problem", { status: "na", value: "" }, 20, []],
    ["na with null: the cap, no problem", { status: "na", value: null }, 20, []],
    [
      "na with 90 entered: the cap, the entry ignored",
      { status: "na", value: 90 },
      20,
      ["inputs-ignored"],
    ],
    [
      "absent with 90 entered: 0, the entry ignored",
      { status: "absent", value: 90 },
      0,
      ["inputs-ignored"],
    ],
    ["normal with an empty value: 0, missing", { value: "" }, 0, ["missing-value"]],
    ["normal with null: 0, missing", { value: null }, 0, ["missing-value"]],
    ["normal at the 90 edge: 20", { value: 90 }, 20, []],
    ["normal just below it: 15", { value: 89.99 }, 15, []],
  ])("A.7.1 %s", (_name, input, score, codes) => {
    expect(scoreOf({ "A.7.1": input }, "A.7.1")).toBe(score);
    expect(problemsOf({ "A.7.1": input }, "A.7.1").map((p) => p.code)).toStrictEqual(codes);
  });
});

describe("the number model's edges (exact.ts)", () => {
  it.each<[number, bigint, number]>([
    [1e-10, 1n, 10],
    [1.5e-7, 15n, 8],
    [1e21, 10n ** 21n, 0],
    [-1e21, -(10n ** 21n), 0],
  ])("decimalOf(%p) reads the exponent form as typed", (x, digits, scale) => {
    expect(decimalOf(x)).toStrictEqual({ digits, scale });
  });

  it("non-finite numbers have no decimal and no exact value", () => {
    expect(decimalOf(Infinity)).toBeUndefined();
    expect(decimalOf(NaN)).toBeUndefined();
    expect(() => exact(NaN)).toThrow(new RangeError("not a finite number: NaN"));
  });

  it.each<[number, number, number]>([
    [-5, -2, -0.05],
    [-2.5, 2, -250],
    [-0.925, 2, -92.5],
  ])("shiftDecimal(%p, %p) keeps the sign: %p", (x, places, out) => {
    expect(shiftDecimal(x, places)).toBe(out);
  });

  it("a figure is rounded for display exactly when its exact value has more than 2 decimals", () => {
    expect(isRounded(exact(13).div(3))).toBe(true);
    expect(isRounded(exact(4.5))).toBe(false);
    expect(isRounded(exact(2099.99).div(7))).toBe(true);
    expect(isRounded(exact(2100).div(7))).toBe(false);
  });
});

describe("small helpers", () => {
  it("only tiered items take a percentage", () => {
    expect(isPercentItem({ kind: "tiered" })).toBe(true);
    expect(isPercentItem({ kind: "level" })).toBe(false);
    expect(isPercentItem({ kind: "deduction" })).toBe(false);
  });

  it("problemCounts counts errors and warnings as partition does", () => {
    const problems: Problem[] = [
      { code: "unknown-item", itemId: "X" },
      { code: "missing-note", itemId: "A.1.2", lineId: "A.1.2.1" },
      { code: "unknown-line", itemId: "A.1.2", lineId: "A.1.2.9" },
      { code: "missing-value", itemId: "A.7.1" },
      { code: "beyond-cap", itemId: "A.1.7", deduction: 13, cap: 10 },
    ];
    expect(problemCounts(problems)).toStrictEqual({ errors: 2, warnings: 3 });
    expect(problemCounts([])).toStrictEqual({ errors: 0, warnings: 0 });
  });

  it("an internal error says what it is", () => {
    expect(new GridscoreInternalError("x").name).toBe("GridscoreInternalError");
  });
});
