/**
 * The edges of the group's agreement and deviation (src/merge/agreement.ts) and of combineGroup's defaults, with
 * expected values worked by hand from the formulas in Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability": D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j} δ², D_e = 1/(n(n − 1)) Σ_{i≠j} δ², α = 1 − D_o / D_e.
 * Each test builds what it checks.
 */
import fc from "fast-check";
import {
  agreementLevel,
  agreementReading,
  deviations,
  groupAgreement,
  krippendorffAlpha,
  outliers,
} from "../../src/merge/agreement";
import { Fraction } from "../../src/engine";
import { combineGroup } from "../../src/merge";
import { allItems } from "../../src/standard";
import { groupOf } from "./deliberationSupport";

/*
 * Two experts, three items: caps 10, 10, 10; scores [10, 10], [0, 0], [10, 5] → values 1,1 | 0,0 | 1,0.5.
 * n = 6. D_o = (0 + 0 + 2 × 0.25 / 1) / 6 = 1/12.
 * All values 1, 1, 0, 0, 1, 0.5: unordered pairs 1–0: 6 × 1 = 6; 1–0.5: 3 × 0.25 = 0.75; 0–0.5: 2 × 0.25 = 0.5;
 * ordered sum 14.5; D_e = 14.5 / 30. α = 1 − (1/12) / (14.5/30) = 1 − 30 / 174 = 0.827586… → 0.83.
 */
const ITEMS = [
  { cap: 10, scores: [10, 10] },
  { cap: 10, scores: [0, 0] },
  { cap: 10, scores: [10, 5] },
];

describe("Krippendorff's alpha at its edges", () => {
  test("a worked example: α = 1 − 30/174", () => {
    const values = ITEMS.map((i) => i.scores.map((s) => s / i.cap));
    const data = [0, 1].map((k) => values.map((v) => v[k]));
    expect(krippendorffAlpha(data, "interval")).toBeCloseTo(1 - 30 / 174, 12);
    // Nominal: D_o = 2/6 = 1/3; D_e: pairs unequal 1–0 6, 1–0.5 3, 0–0.5 2 → 22 ordered / 30; α = 1 − (1/3)/(22/30).
    expect(krippendorffAlpha(data, "nominal")).toBeCloseTo(1 - 1 / 3 / (22 / 30), 12);
  });

  test("the group's agreement divides by each cap, skips items of cap 0, and rounds to 2 decimals", () => {
    const scaled = [
      { cap: 5, scores: [5, 5] },
      { cap: 0, scores: [0, 0] },
      { cap: 20, scores: [0, 0] },
      { cap: 4, scores: [4, 2] },
    ];
    expect(groupAgreement(scaled, 2)).toEqual({
      alpha: 0.83,
      metric: "interval",
      units: 4,
      observers: 2,
      level: "good",
      reading: agreementReading(0.83),
      readingEn: agreementReading(0.83, "en-US"),
    });
    expect(agreementReading(0.83)).toBe("α ≥ 0.8，一致性良好");
  });

  test("fewer than 2 pairable values is undefined, not 0", () => {
    expect(krippendorffAlpha([], "interval")).toBeNull();
    expect(krippendorffAlpha([[1], [undefined]], "interval")).toBeNull();
    // Unit 2 holds one value and is left out; unit 1 alone (1, 3): D_o = 2 × 4 / 2 = 4 = D_e, so α = 0.
    expect(krippendorffAlpha([[1, 2], [undefined, undefined], [3]], "interval")).toBe(0);
    expect(agreementReading(null)).toBe("无法计算一致性（专家少于2位或评分无差异）");
  });

  test.each([
    [null, "unknown"],
    [1, "good"],
    [0.8, "good"],
    [0.7999999, "acceptable"],
    [0.667, "acceptable"],
    [0.6669999, "poor"],
    [-0.5, "poor"],
  ] as const)("alpha %p is %p, by Krippendorff's thresholds", (alpha, level) => {
    expect(agreementLevel(alpha)).toBe(level);
  });

  test("each level reads in Chinese and in English", () => {
    expect([1, 0.7, 0.1, null].map((a) => agreementReading(a, "zh-CN"))).toEqual([
      "α ≥ 0.8，一致性良好",
      "0.667 ≤ α < 0.8，一致性可接受，结论宜审慎",
      "α < 0.667，专家分歧较大，需评议",
      "无法计算一致性（专家少于2位或评分无差异）",
    ]);
    expect([1, 0.7, 0.1, null].map((a) => agreementReading(a, "en-US"))).toEqual([
      "α ≥ 0.8: the experts agree well",
      "0.667 ≤ α < 0.8: acceptable agreement; draw conclusions with care",
      "α < 0.667: the experts disagree widely; deliberate before concluding",
      "agreement cannot be computed (fewer than 2 experts, or no variation in the scores)",
    ]);
  });

  test("an alpha just under 0.8 shown as 0.8 still reads as acceptable, in both languages: the level is the unrounded one", () => {
    // Three experts on six items of cap 5: α = 0.797619…, shown rounded as 0.8.
    const scores = [
      [2, 3, 2],
      [1, 1, 0],
      [0, 1, 1],
      [5, 4, 4],
      [3, 0, 1],
      [5, 4, 5],
    ];
    const group = groupAgreement(
      scores.map((s) => ({ cap: 5, scores: s })),
      3
    );
    expect(group.alpha).toBe(0.8);
    expect(group.level).toBe("acceptable");
    expect(group.reading).toBe("0.667 ≤ α < 0.8，一致性可接受，结论宜审慎");
    expect(group.readingEn).toBe(
      "0.667 ≤ α < 0.8: acceptable agreement; draw conclusions with care"
    );
  });

  test("one observer: no alpha, whatever the scores", () => {
    expect(groupAgreement(ITEMS, 1).alpha).toBeNull();
    expect(groupAgreement(ITEMS, 1).reading).toBe(agreementReading(null));
    expect(groupAgreement(ITEMS, 1).readingEn).toBe(agreementReading(null, "en-US"));
    expect(groupAgreement(ITEMS, 1).level).toBe("unknown");
  });
});

/** The formula as the paper writes it, every ordered pair of values (O(n²)): the oracle for the counted sums. */
function alphaByPairs(
  data: readonly (readonly (number | undefined)[])[],
  metric: "nominal" | "interval"
): number | null {
  const delta2 = (a: number, b: number) =>
    metric === "nominal" ? (a === b ? 0 : 1) : (a - b) * (a - b);
  const units = Math.max(0, ...data.map((r) => r.length));
  const pairable: number[][] = [];
  for (let u = 0; u < units; u++) {
    const values = data.map((r) => r[u]).filter((v): v is number => v !== undefined);
    if (values.length >= 2) pairable.push(values);
  }
  const all = pairable.flat();
  const n = all.length;
  if (n < 2) return null;
  let observed = 0;
  for (const vs of pairable) {
    let sum = 0;
    for (let i = 0; i < vs.length; i++)
      for (let j = 0; j < vs.length; j++) if (i !== j) sum += delta2(vs[i]!, vs[j]!);
    observed += sum / (vs.length - 1);
  }
  let expected = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j) expected += delta2(all[i]!, all[j]!);
  expected /= n * (n - 1);
  return expected === 0 ? null : 1 - observed / n / expected;
}

test("alpha from counted values equals the formula over every pair (seeded, missing values included)", () => {
  const value = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(0, 0.5, 1),
    fc.integer({ min: 0, max: 20 }).map((k) => k / 20)
  );
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }).chain((units) =>
        fc.array(fc.array(value, { minLength: units, maxLength: units }), {
          minLength: 1,
          maxLength: 8,
        })
      ),
      fc.constantFrom("nominal" as const, "interval" as const),
      (data, metric) => {
        const fast = krippendorffAlpha(data, metric);
        const slow = alphaByPairs(data, metric);
        if (slow === null) expect(fast).toBeNull();
        else expect(fast).toBeCloseTo(slow, 10);
      }
    ),
    { seed: 20261130, numRuns: 500 }
  );
});

test("outliers read off one sort equal each expert's own median of the others (seeded, ties included)", () => {
  /** 畸高畸低 as defined: at least half the cap from the median of the others, each median sorted afresh. */
  const byEachMedian = (scores: readonly number[], cap: number): number[] =>
    scores.length < 3
      ? []
      : scores.flatMap((s, k) => {
          const others = scores.filter((_, j) => j !== k).sort((a, b) => a - b);
          const h = others.length / 2;
          const median =
            others.length % 2 === 1
              ? new Fraction(others[Math.floor(h)]!)
              : new Fraction(others[h - 1]!).add(others[h]!).div(2);
          return new Fraction(s).sub(median).abs().mul(2).compare(cap) >= 0 ? [k] : [];
        });
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 20 }),
      fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 0, maxLength: 12 }),
      (cap, raw) => {
        const scores = raw.map((r) => Math.round(((r % (cap * 100 + 1)) / 100) * 4) / 4);
        expect(outliers(scores, cap)).toEqual(byEachMedian(scores, cap));
      }
    ),
    { seed: 11300, numRuns: 800 }
  );
});

describe("deviation at its edges", () => {
  test("no totals, none; a mean of 0 deviates by 0 and needs no explanation", () => {
    expect(deviations([])).toEqual([]);
    expect(deviations([0, 0, 0])).toEqual([
      { deviationPct: 0, needsExplanation: false },
      { deviationPct: 0, needsExplanation: false },
      { deviationPct: 0, needsExplanation: false },
    ]);
  });

  test("below the mean by more than the limit needs an explanation too", () => {
    // Mean 200: 100 is −50 %, 300 is +50 %; with the limit 50 neither is beyond it.
    expect(deviations([100, 300])).toEqual([
      { deviationPct: -50, needsExplanation: true },
      { deviationPct: 50, needsExplanation: true },
    ]);
    expect(deviations([100, 300], 50).map((d) => d.needsExplanation)).toEqual([false, false]);
  });
});

describe("combineGroup's defaults", () => {
  test("an item no expert's data names scores full marks for everyone", () => {
    const group = groupOf(["甲", "乙"], [5, 0]);
    const items = new Map(group.items);
    items.delete("A.1.1");
    const result = combineGroup({ ...group, items }, "mean", "2026-11-28T08:00:00.000Z", []);
    const a = result.items.find((i) => i.id === "A.1.1")!;
    const cap = allItems().find((i) => i.id === "A.1.1")!.cap;
    expect(a.scores).toEqual([cap, cap]);
    expect(a.statuses).toEqual(["normal", "normal"]);
    expect(a.notes).toEqual([]);
    expect(a.exactConsensus).toBe(String(cap));
    expect(result.exactTotal).toBe("495");
  });
});
