import { loadExample } from "../support/example";
import {
  EVALUATION_FORMAT,
  describeProblem,
  parseEvaluation,
  scoreEvaluation,
} from "../../src/engine";
import type { Evaluation, ItemInput, Problem } from "../../src/engine";

function evaluation(items: Record<string, ItemInput>): Evaluation {
  return { format: EVALUATION_FORMAT, meta: {}, items };
}
function item(report: ReturnType<typeof scoreEvaluation>, id: string) {
  return report.items.find((i) => i.id === id)!;
}
const codes = (ps: readonly Problem[]) => ps.map((p) => p.code);

describe("item scores (7.2, 7.3)", () => {
  test.each<[string, ItemInput, number]>([
    ["no input → full cap", {}, 10],
    ["one deduction", { lines: { "A.1.2.1": 2 }, notes: { "A.1.2.1": "x" } }, 8],
    [
      "decimals",
      { lines: { "A.1.2.1": 0.5, "A.1.2.2": 1.5 }, notes: { "A.1.2.1": "x", "A.1.2.2": "y" } },
      8,
    ],
    ["na → full marks even with deductions", { status: "na", lines: { "A.1.2.1": 2 } }, 10],
    ["absent → 0", { status: "absent" }, 0],
    [
      "explicit normal",
      { status: "normal", lines: { "A.1.2.2": 2 }, notes: { "A.1.2.2": "x" } },
      8,
    ],
  ])("A.1.2: %s", (_name, input, expected) => {
    expect(item(scoreEvaluation(evaluation({ "A.1.2": input })), "A.1.2").score).toBe(expected);
  });

  test("deductions beyond the cap floor the item at 0 and warn (扣完为止)", () => {
    // A.1.7: cap 10, lines add up to 13
    const lines = {
      "A.1.7.1": 5,
      "A.1.7.2": 1,
      "A.1.7.3": 1,
      "A.1.7.4": 1,
      "A.1.7.5": 1,
      "A.1.7.6": 1,
      "A.1.7.7": 2,
      "A.1.7.8": 1,
    };
    const notes = Object.fromEntries(Object.keys(lines).map((k) => [k, "n"]));
    const r = scoreEvaluation(evaluation({ "A.1.7": { lines, notes } }));
    expect(item(r, "A.1.7")).toMatchObject({ score: 0, deduction: 13, cap: 10 });
    expect(codes(r.warnings).filter((c) => c !== "missing-value")).toEqual(["beyond-cap"]);
    expect(r.errors).toEqual([]);
  });

  test.each<[number, number]>([
    [100, 10],
    [99.9, 9],
    [50, 9],
    [49.9, 8],
    [30, 8],
    [29.99, 7],
    [0, 7],
  ])("A.1.4.4 completion rate %d%% → A.1.4 scores %d", (rate, score) => {
    const r = scoreEvaluation(
      evaluation({ "A.1.4": { lines: { "A.1.4.4": { rate } }, notes: { "A.1.4.4": "n" } } })
    );
    expect(item(r, "A.1.4").score).toBe(score);
    expect(r.errors).toEqual([]);
  });

  test.each<[number, number]>([
    [100, 20],
    [90, 20],
    [89.99, 15],
    [80, 15],
    [79.9, 10],
    [60, 10],
    [59.99, 0],
    [0, 0],
  ])("A.7.1 satisfaction %d%% → %d", (value, score) => {
    expect(item(scoreEvaluation(evaluation({ "A.7.1": { value } })), "A.7.1").score).toBe(score);
  });

  test.each<[number, number]>([
    [80, 20],
    [60, 18],
    [59, 16],
    [50, 16],
    [30, 14],
    [20, 12],
    [10, 10],
    [9.99, 0],
  ])("A.7.2 time reduction %d%% → %d", (value, score) => {
    expect(item(scoreEvaluation(evaluation({ "A.7.2": { value } })), "A.7.2").score).toBe(score);
  });

  test.each<[string, string, number]>([
    ["A.7.3", "national", 10],
    ["A.7.3", "provincial", 5],
    ["A.7.3", "municipal", 3],
    ["A.7.3", "none", 0],
    ["A.7.4", "significant", 10],
    ["A.7.4", "over10", 5],
    ["A.7.4", "over5", 3],
    ["A.7.4", "none", 0],
  ])("%s level %s → %d", (id, level, score) => {
    const r = scoreEvaluation(evaluation({ [id]: { level } }));
    expect(item(r, id).score).toBe(score);
    expect(r.errors).toEqual([]);
  });

  test("an A.7 item with nothing entered scores 0 and is reported missing", () => {
    const r = scoreEvaluation(evaluation({}));
    for (const id of ["A.7.1", "A.7.2", "A.7.3", "A.7.4"]) expect(item(r, id).score).toBe(0);
    expect(
      r.warnings
        .filter((w) => w.code === "missing-value")
        .map((w) => (w as { itemId: string }).itemId)
    ).toEqual(["A.7.1", "A.7.2", "A.7.3", "A.7.4"]);
  });

  test("A.7 items judged not applicable get full marks", () => {
    const r = scoreEvaluation(evaluation({ "A.7.1": { status: "na" }, "A.7.3": { status: "na" } }));
    expect(item(r, "A.7.1").score).toBe(20);
    expect(item(r, "A.7.3").score).toBe(10);
  });
});

describe("totals and verdict (8.2, 8.3)", () => {
  const full: Record<string, ItemInput> = {
    "A.7.1": { value: 95 },
    "A.7.2": { value: 85 },
    "A.7.3": { level: "national" },
    "A.7.4": { level: "significant" },
  };

  test("a perfect sheet scores the computed maximum 495, shown against the declared 500", () => {
    const r = scoreEvaluation(evaluation(full));
    expect(r.total).toBe(495);
    expect(r.max).toBe(495);
    expect(r.declaredMax).toBe(500);
    expect(r.tables.find((t) => t.id === "A.4")).toMatchObject({
      max: 115,
      declaredMax: 120,
      score: 115,
    });
    expect(r.verdict).toBe("合格");
  });

  function withTotal(deductFromA3: number): Evaluation {
    // A.3 has 120 points in 5 items; make absent items and deductions reach the wanted total from 495.
    const items: Record<string, ItemInput> = {
      ...full,
      "A.3.3": { status: "absent" },
      "A.3.5": { status: "absent" },
      "A.3.2": { status: "absent" },
      "A.3.4": { status: "absent" },
      "A.3.1": { status: "absent" },
    };
    // 495 - 120 = 375; then 75 more from A.4 / A.5 / A.6 via absent items: A.5.2 (20) + A.5.3 (20) + A.6.2 (15) + A.6.3 (15) = 70, + 5 via A.4.3 = 75 → 300.
    Object.assign(items, {
      "A.5.2": { status: "absent" },
      "A.5.3": { status: "absent" },
      "A.6.2": { status: "absent" },
      "A.6.3": { status: "absent" },
      "A.4.3": { status: "absent" },
    });
    if (deductFromA3 > 0)
      items["A.1.1"] = { lines: { "A.1.1.3": deductFromA3 }, notes: { "A.1.1.3": "n" } };
    return evaluation(items);
  }

  test("a total of exactly 300 passes", () => {
    const r = scoreEvaluation(withTotal(0));
    expect(r.total).toBe(300);
    expect(r.pass).toBe(true);
    expect(r.verdict).toBe("合格");
  });

  test("299.5 fails", () => {
    const r = scoreEvaluation(withTotal(0.5));
    expect(r.total).toBe(299.5);
    expect(r.pass).toBe(false);
    expect(r.verdict).toBe("不合格");
  });

  test("binary noise does not turn 300 into 299.999…", () => {
    const lines = { "A.1.2.2": 0.1, "A.1.2.3": 0.2 };
    const r = scoreEvaluation(
      evaluation({ "A.1.2": { lines, notes: { "A.1.2.2": "a", "A.1.2.3": "b" } } })
    );
    expect(item(r, "A.1.2").score).toBe(9.7);
  });
});

describe("validation", () => {
  const cases: [string, Record<string, ItemInput>, string[], string[]][] = [
    ["negative", { "A.1.2": { lines: { "A.1.2.1": -1 } } }, ["negative"], []],
    // Text in a number slot is an error of its own (the exact number model), anything else not a number another.
    ["text, not a number", { "A.1.2": { lines: { "A.1.2.1": "two" } } }, ["number-as-text"], []],
    ["not a number", { "A.1.2": { lines: { "A.1.2.1": true } } }, ["not-a-number"], []],
    [
      "above the line max",
      { "A.1.2": { lines: { "A.1.2.2": 3 }, notes: { "A.1.2.2": "n" } } },
      ["above-line-max"],
      [],
    ],
    ["unknown item", { "A.9.9": {} }, ["unknown-item"], []],
    ["unknown line", { "A.1.2": { lines: { "A.1.2.9": 1 } } }, ["unknown-line"], []],
    ["line of another item", { "A.1.2": { lines: { "A.1.3.1": 1 } } }, ["line-of-other-item"], []],
    [
      "rate given as a plain number",
      { "A.1.4": { lines: { "A.1.4.4": 45 } } },
      ["wrong-input-kind"],
      [],
    ],
    [
      "rate on a plain line",
      { "A.1.4": { lines: { "A.1.4.1": { rate: 45 } } } },
      ["wrong-input-kind"],
      [],
    ],
    ["value on a deduction item", { "A.1.2": { value: 5 } }, ["wrong-input-kind"], []],
    [
      "lines on a tiered item",
      { "A.7.1": { value: 95, lines: { "A.7.1.1": 1 } } },
      ["wrong-input-kind"],
      [],
    ],
    ["percentage above 100", { "A.7.1": { value: 101 } }, ["percent-out-of-range"], []],
    [
      "rate above 100",
      { "A.1.4": { lines: { "A.1.4.4": { rate: 120 } } } },
      ["percent-out-of-range"],
      [],
    ],
    ["unknown status", { "A.1.2": { status: "skip" } }, ["unknown-status"], []],
    ["unknown level", { "A.7.3": { level: "galactic" } }, ["unknown-level"], []],
    ["deduction without a note", { "A.1.2": { lines: { "A.1.2.1": 1 } } }, [], ["missing-note"]],
    [
      "blank note counts as missing",
      { "A.1.2": { lines: { "A.1.2.1": 1 }, notes: { "A.1.2.1": "  " } } },
      [],
      ["missing-note"],
    ],
    ["zero needs no note", { "A.1.2": { lines: { "A.1.2.1": 0 } } }, [], []],
    [
      "deductions on an na item are ignored",
      { "A.1.2": { status: "na", lines: { "A.1.2.1": 1 } } },
      [],
      ["inputs-ignored"],
    ],
  ];
  test.each(cases)("%s", (_name, items, errors, warnings) => {
    const withA7 = {
      "A.7.1": { value: 95 },
      "A.7.2": { value: 85 },
      "A.7.3": { level: "national" },
      "A.7.4": { level: "over5" },
      ...items,
    };
    const r = scoreEvaluation(evaluation(withA7));
    expect(codes(r.errors)).toEqual(errors);
    expect(codes(r.warnings)).toEqual(warnings);
  });

  test("an invalid value never lifts an item above its cap or below 0", () => {
    const r = scoreEvaluation(
      evaluation({ "A.1.2": { lines: { "A.1.2.1": -50 } }, "A.1.3": { lines: { "A.1.3.1": 99 } } })
    );
    expect(item(r, "A.1.2").score).toBe(10);
    expect(item(r, "A.1.3").score).toBe(0);
  });

  test("messages name the item, the line, the rule text and the limit, in both languages", () => {
    const r = scoreEvaluation(
      evaluation({ "A.1.2": { lines: { "A.1.2.2": 7 }, notes: { "A.1.2.2": "x" } } })
    );
    const p = r.errors[0]!;
    const zh = describeProblem(p, "zh-CN");
    expect(zh).toContain("A.1.2「组织机构图有职责划分」");
    expect(zh).toContain("A.1.2.2「有最高管理者标准化管理职责」");
    expect(zh).toContain("没有最高管理者标准化管理职责扣2分");
    expect(zh).toContain("超过本行最多可扣的 2 分");
    const en = describeProblem(p, "en-US");
    expect(en).toContain("exceeds this line's maximum of 2");
  });

  test("every problem code has a message in both languages", () => {
    const samples: Problem[] = [
      { code: "bad-format", found: "x" },
      { code: "bad-structure", path: "$.items", expected: "object" },
      { code: "bad-meta", field: "level", value: "x", allowed: ["city"] },
      { code: "unknown-item", itemId: "A.9" },
      { code: "unknown-line", itemId: "A.1.1", lineId: "A.1.1.9" },
      { code: "line-of-other-item", itemId: "A.1.1", lineId: "A.1.2.1", ownerId: "A.1.2" },
      {
        code: "wrong-input-kind",
        itemId: "A.1.4",
        lineId: "A.1.4.4",
        expected: "rate",
        got: "number",
      },
      { code: "not-a-number", itemId: "A.1.1", lineId: "A.1.1.1", value: "x" },
      { code: "negative", itemId: "A.1.1", lineId: "A.1.1.1", value: -1 },
      { code: "above-line-max", itemId: "A.1.1", lineId: "A.1.1.1", value: 3, max: 2 },
      { code: "percent-out-of-range", itemId: "A.7.1", value: 120 },
      { code: "unknown-status", itemId: "A.1.1", value: "x" },
      { code: "unknown-level", itemId: "A.7.3", value: "x", allowed: ["national"] },
      { code: "missing-row", itemId: "A.1.1", lineId: "A.1.1.1" },
      { code: "no-inputs" },
      { code: "missing-evaluator" },
      { code: "duplicate-workbook", other: "a.xlsx" },
      { code: "duplicate-evaluator", evaluator: "张三", other: "a.xlsx" },
      { code: "trimmed-fallback", experts: 3 },
      { code: "status-conflict", itemId: "A.2.2", statuses: ["na", "normal"] },
      { code: "group-size", experts: 4 },
      { code: "file-unreadable", reason: "EACCES" },
      { code: "not-xlsx", detail: "x" },
      { code: "encrypted" },
      { code: "too-large", size: 2, limit: 1 },
      { code: "zip-bomb", limit: 1 },
      { code: "macro-workbook" },
      { code: "external-links" },
      { code: "corrupt", detail: "x" },
      { code: "not-a-scoresheet" },
      { code: "other-template", field: "fingerprint", found: "a", expected: "b" },
      { code: "formula-overwritten", name: "Total", value: "450" },
      { code: "cached-mismatch", name: "Total", cached: 1, recomputed: 2 },
      { code: "duplicate-row", itemId: "A.1.1" },
      { code: "beyond-cap", itemId: "A.1.7", deduction: 13, cap: 10 },
      { code: "missing-note", itemId: "A.1.1", lineId: "A.1.1.1" },
      { code: "missing-value", itemId: "A.7.1" },
      { code: "inputs-ignored", itemId: "A.1.1", status: "na" },
      { code: "number-as-text", itemId: "A.1.1", lineId: "A.1.1.1", value: "2" },
      { code: "plan-record-corrupt", defect: "version", detail: "gridscore-plan/2" },
    ];
    for (const p of samples) {
      expect(describeProblem(p, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
      expect(describeProblem(p, "en-US")).not.toMatch(/undefined/);
    }
  });
});

describe("parsing the evaluation JSON", () => {
  test("accepts the README example", () => {
    const json: unknown = loadExample();
    const parsed = parseEvaluation(json);
    expect(parsed.problems).toEqual([]);
    expect(parsed.evaluation?.meta.level).toBe("city");
  });

  test.each<[string, unknown, string]>([
    ["not an object", [], "bad-structure"],
    ["wrong format", { format: "x", items: {} }, "bad-format"],
    ["unknown top-level field", { format: EVALUATION_FORMAT, extra: 1 }, "bad-structure"],
    ["bad level", { format: EVALUATION_FORMAT, meta: { level: "province" } }, "bad-meta"],
    ["bad role", { format: EVALUATION_FORMAT, meta: { role: "boss" } }, "bad-meta"],
    ["bad date", { format: EVALUATION_FORMAT, meta: { date: "2026-02-30" } }, "bad-meta"],
    ["unknown meta field", { format: EVALUATION_FORMAT, meta: { name: "x" } }, "bad-meta"],
    ["item not an object", { format: EVALUATION_FORMAT, items: { "A.1.1": 3 } }, "bad-structure"],
    [
      "lines not an object",
      { format: EVALUATION_FORMAT, items: { "A.1.1": { lines: [1] } } },
      "bad-structure",
    ],
    [
      "line an array",
      { format: EVALUATION_FORMAT, items: { "A.1.1": { lines: { "A.1.1.1": [1] } } } },
      "bad-structure",
    ],
    [
      "notes not strings",
      { format: EVALUATION_FORMAT, items: { "A.1.1": { notes: { "A.1.1.1": 3 } } } },
      "bad-structure",
    ],
    [
      "unknown item field",
      { format: EVALUATION_FORMAT, items: { "A.1.1": { deduction: 3 } } },
      "bad-structure",
    ],
  ])("refuses %s", (_name, json, code) => {
    const parsed = parseEvaluation(json);
    expect(parsed.evaluation).toBeUndefined();
    expect(codes(parsed.problems)).toContain(code);
  });

  test("lists every problem, not only the first", () => {
    const parsed = parseEvaluation({
      format: "x",
      meta: { level: "y", role: "z" },
      items: { "A.1.1": 1 },
    });
    expect(parsed.problems.length).toBe(4);
  });
});
