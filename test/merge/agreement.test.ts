import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { processIo } from "../../src/cli/io";
import {
  agreementReading,
  deviations,
  groupAgreement,
  krippendorffAlpha,
  outliers,
} from "../../src/merge/agreement";

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E: 4 observers, 12 units,
// missing values as undefined. The paper gives nominal α = 0.743 and interval α = 0.849.
const _ = undefined;
const PAPER = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

describe("Krippendorff's alpha", () => {
  test.each([
    ["nominal", 0.743],
    ["interval", 0.849],
  ] as const)("the paper's example: %s α = %p", (metric, alpha) => {
    expect(krippendorffAlpha(PAPER, metric)).toBeCloseTo(alpha, 3);
  });

  test("identical experts agree perfectly (α = 1) whenever their scores vary", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 20 }),
        fc.integer({ min: 2, max: 7 }),
        (scores, n) => {
          fc.pre(new Set(scores).size > 1);
          expect(
            krippendorffAlpha(
              Array.from({ length: n }, () => scores),
              "interval"
            )
          ).toBe(1);
        }
      ),
      { seed: 12, numRuns: 200 }
    );
  });

  test("undefined without variation or with fewer than 2 experts", () => {
    expect(
      krippendorffAlpha(
        [
          [5, 5, 5],
          [5, 5, 5],
        ],
        "interval"
      )
    ).toBeNull();
    expect(groupAgreement([{ cap: 10, scores: [7] }], 1).alpha).toBeNull();
  });

  test("the group's agreement is over score ÷ cap and rounded to 2 decimals for output", () => {
    const a = groupAgreement(
      [
        { cap: 10, scores: [10, 9, 8] },
        { cap: 5, scores: [5, 5, 4] },
        { cap: 20, scores: [0, 2, 1] },
      ],
      3
    );
    expect(a).toMatchObject({ metric: "interval", units: 3, observers: 3 });
    expect(String(a.alpha)).toMatch(/^-?\d(\.\d{1,2})?$/);
  });

  test.each([
    [0.85, "一致性良好"],
    [0.8, "一致性良好"],
    [0.7, "可接受"],
    [0.667, "可接受"],
    [0.5, "分歧较大"],
  ])("α = %p reads %p", (alpha, reading) => {
    expect(agreementReading(alpha)).toContain(reading);
  });
});

describe("deviation of an expert's total from the group mean (limit 30% by default)", () => {
  test("exactly 30.00% is not over the limit; just beyond it is", () => {
    // mean 300: 390 is +30.00%, 210 is −30.00%
    expect(deviations([390, 210, 300])).toEqual([
      { deviationPct: 30, needsExplanation: false },
      { deviationPct: -30, needsExplanation: false },
      { deviationPct: 0, needsExplanation: false },
    ]);
    expect(deviations([390.5, 209.5, 300])).toEqual([
      { deviationPct: 30.17, needsExplanation: true },
      { deviationPct: -30.17, needsExplanation: true },
      { deviationPct: 0, needsExplanation: false },
    ]);
  });

  test("the limit can be set", () => {
    expect(deviations([330, 270, 300], 5).map((d) => d.needsExplanation)).toEqual([
      true,
      true,
      false,
    ]);
  });

  test("thirds are exact: 100, 100, 101 deviate by −0.33%, −0.33%, +0.66%", () => {
    expect(deviations([100, 100, 101]).map((d) => d.deviationPct)).toEqual([-0.33, -0.33, 0.66]);
  });
});

describe("abnormal item scores (畸高畸低): at least half the cap from the others' median", () => {
  test.each([
    [[10, 10, 5, 10], 10, [2]],
    [[10, 10, 6, 10], 10, []],
    [[0, 10, 10, 10, 10], 10, [0]],
    [[4, 4], 10, []],
    [[1, 1, 3.5], 5, [2]],
  ])("scores %p of cap %p: experts %p", (scores, cap, expected) => {
    expect(outliers(scores, cap)).toEqual(expected);
  });
});

describe("merge --json reports agreement, deviation and outliers (issue 12)", () => {
  test("the consensus-300 case: α, deviations of the five experts, the limit", async () => {
    const dir = path.join(__dirname, "..", "fixtures", "cases", "consensus-300");
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith("t5"))
      .map((f) => path.join(dir, f));
    let out = "";
    const io: CliIo = { ...processIo, out: (t) => void (out += t), err: () => undefined };
    expect(
      await main(
        ["merge", ...files, "--method", "trimmed", "--json", "--deviation-limit", "0.5"],
        io
      )
    ).toBe(0);
    const json = JSON.parse(out);
    expect(json.deviationLimit).toBe(0.5);
    // mean total 300.2: 302 is +0.6%, 299 is −0.4%; beyond ±0.5% only the two at 302.
    expect(
      json.experts.map((e: { deviationPct: number; needsExplanation: boolean }) => [
        e.deviationPct,
        e.needsExplanation,
      ])
    ).toEqual([
      [0.6, true],
      [0.6, true],
      [-0.4, false],
      [-0.4, false],
      [-0.4, false],
    ]);
    expect(json.agreement).toMatchObject({ metric: "interval", units: 43, observers: 5 });
    expect(typeof json.agreement.alpha).toBe("number");
    for (const item of json.items) expect(Array.isArray(item.outliers)).toBe(true);
  });

  test("a deviation limit that is not a percent is a usage error", async () => {
    const io: CliIo = { ...processIo, out: () => undefined, err: () => undefined };
    expect(await main(["merge", "x.json", "--deviation-limit", "abc"], io)).toBe(2);
  });
});
