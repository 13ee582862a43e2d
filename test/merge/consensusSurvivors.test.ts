/**
 * What the merge-consensus part's surviving mutants left unpinned (test/mutation/merge-consensus.json), each with
 * values worked out by hand:
 * - consensus.ts: the trimmed mean below 5 experts is the mean; blank deduction notes are not carried; the record
 *   names a workbook id only when there is one; 4.2's group of 5–7 warned about at 4 and 8, never at 5, 6 or 7;
 *   a reason, a dissent or an explanation counts only when it is not blank, a reason alone only without an agreed
 *   score; an agreed score without a reason records "";
 * - resolve.ts: the four warnings the group's merge adds itself are recomputed, never carried twice (the set of
 *   their codes is module-level: each test loads the module itself, so that Stryker credits the test with it);
 *   the lines that lost points are carried over;
 * - groupOf.ts: a 评估组 row typed with spaces around the name (an evaluation JSON keeps them) still names its expert;
 * - lostLines.ts: a rate counts only from 0 to 100 %, whatever a line's tiers deduct.
 * Each test builds what it checks (README, Mutation testing).
 */
import { scoreEvaluation } from "../../src/engine";
import type { Evaluation, ItemStatus, LocatedProblem } from "../../src/engine";
import { combine, combineGroup, mergeExperts, trimmedMean } from "../../src/merge";
import type { ExpertInput, GroupScores, MergeResult } from "../../src/merge";
import { applyDeliberation } from "../../src/merge/resolve";
import { consensusGroup } from "../../src/merge/groupOf";
import { lostLines } from "../../src/merge/lostLines";
import { allItems } from "../../src/standard";
import type { ItemDef } from "../../src/standard";
import { expertEvaluation } from "../support/finishScenario";
import { groupOf } from "./deliberationSupport";

type GroupItem = GroupScores["items"] extends ReadonlyMap<string, infer V> ? V : never;

/** Merges a group by the mean, as the CLI does, with no input warnings. */
function combined(group: GroupScores, method: "mean" | "trimmed" = "mean"): MergeResult {
  return combineGroup(
    group,
    method,
    "2026-11-30T08:00:00.000Z",
    group.experts.map((e) => ({ file: e.file, sha256: "0".repeat(64), evaluator: e.evaluator })),
    []
  );
}

/** The group with one item's entry changed. */
function withItem(group: GroupScores, id: string, change: Partial<GroupItem>): GroupScores {
  const items = new Map(group.items);
  items.set(id, { ...items.get(id)!, ...change });
  return { ...group, items };
}

const item = (r: MergeResult, id: string) => r.items.find((i) => i.id === id)!;
const coded = (r: MergeResult, code: string): LocatedProblem[] =>
  r.warnings.filter((w) => w.code === code);

/** An expert input as a reader gives it: the evaluation scored by the engine. */
function expertInput(evaluation: Evaluation, file: string, workbookId?: string): ExpertInput {
  return {
    file,
    sha256: `sha-${file}`,
    ...(workbookId !== undefined ? { workbookId } : {}),
    evaluator: evaluation.meta.evaluator ?? "",
    evaluation,
    report: scoreEvaluation(evaluation),
    warnings: [],
  };
}

describe("consensus.ts: the trimmed mean (4.2) drops the highest and lowest only from 5 experts", () => {
  test.each<[number[], string]>([
    // below 5: the mean; a trim would give 2, 3 and a division by zero
    [[1, 2, 9], "4"],
    [[0, 2, 4, 10], "4"],
    [[3, 7], "5"],
    [[6], "6"],
    // 5: (0 + 1 + 2 + 3 + 10 − 10 − 0) / 3 = 2 (the mean would be 16/5)
    [[0, 1, 2, 3, 10], "2"],
  ])("%p gives %s", (xs, expected) => {
    expect(trimmedMean(xs).toFraction()).toBe(expected);
    expect(combine("trimmed", xs).toFraction()).toBe(expected);
  });
});

describe("consensus.ts: what mergeExperts carries of each expert", () => {
  test("deduction notes: blank ones are left out, the others kept as typed and attributed", () => {
    const base = expertEvaluation(3); // no notes on A.1.1
    const notes = (n: Record<string, string>): Evaluation => ({
      ...base,
      items: { ...base.items, "A.1.1": { lines: { "A.1.1.3": 1 }, notes: n } },
    });
    const experts = [
      expertInput(
        {
          ...notes({ "A.1.1.1": "", "A.1.1.2": "   ", "A.1.1.3": "未见发布文件" }),
          meta: { ...base.meta, evaluator: "甲" },
        },
        "甲.xlsx"
      ),
      expertInput(
        { ...notes({ "A.1.1.3": "  已核实  " }), meta: { ...base.meta, evaluator: "乙" } },
        "乙.xlsx"
      ),
    ];
    expect(item(mergeExperts(experts, "mean", "now"), "A.1.1").notes).toEqual([
      { evaluator: "甲", id: "A.1.1.3", note: "未见发布文件" },
      { evaluator: "乙", id: "A.1.1.3", note: "  已核实  " },
    ]);
  });

  test("the record names each input's workbook id only when it has one", () => {
    const experts = [
      expertInput(expertEvaluation(0), "甲.xlsx", "wb-甲"),
      expertInput(expertEvaluation(1), "乙.json"),
      expertInput(expertEvaluation(2), "丙.xlsx", ""),
    ];
    const inputs = mergeExperts(experts, "mean", "now").record.inputs;
    expect(inputs).toEqual([
      { file: "甲.xlsx", sha256: "sha-甲.xlsx", workbookId: "wb-甲", evaluator: "王建国" },
      { file: "乙.json", sha256: "sha-乙.json", evaluator: "李秀英" },
      { file: "丙.xlsx", sha256: "sha-丙.xlsx", evaluator: "张伟" },
    ]);
    expect("workbookId" in inputs[1]!).toBe(false);
    expect("workbookId" in inputs[2]!).toBe(false);
  });
});

describe("consensus.ts: 4.2's group of 5 to 7 experts", () => {
  test.each<[number, boolean]>([
    [3, true],
    [4, true],
    [5, false],
    [6, false],
    [7, false],
    [8, true],
  ])("%d experts: warned %p", (n, warned) => {
    const names = Array.from({ length: n }, (_, k) => `专家${k + 1}`);
    const r = combined(groupOf(names, Array<number>(n).fill(0)));
    expect(coded(r, "group-size")).toEqual(warned ? [{ code: "group-size", experts: n }] : []);
    // Every expert lost nothing: the consensus is the computed maximum, 495.
    expect(r.exactTotal).toBe("495");
  });
});

describe("consensus.ts: the group's deliberation, only when it says something", () => {
  // Three experts losing 5, 0, 0 on A.1.1 (cap 5): the method's result is the mean 10/3.
  const NAMES = ["甲", "乙", "丙"];

  test("an agreed score with its reason: applied, the reason recorded, no reason-alone warning", () => {
    const r = combined(groupOf(NAMES, [5, 0, 0], { "A.1.1": { agreed: 4, reason: "复核后改定" } }));
    const a = item(r, "A.1.1");
    expect(a.resolution).toEqual({
      methodResult: 3.33,
      exactMethodResult: "10/3",
      agreed: 4,
      reason: "复核后改定",
    });
    expect(a.exactConsensus).toBe("4");
    expect(a.unappliedReason).toBeUndefined();
    expect("unappliedReason" in a).toBe(false);
    expect(coded(r, "reason-without-agreed")).toEqual([]);
    // 495 − 5 + 4
    expect(r.exactTotal).toBe("494");
  });

  test("an agreed score without a reason records an empty reason", () => {
    const a = item(combined(groupOf(NAMES, [5, 0, 0], { "A.1.1": { agreed: 0 } })), "A.1.1");
    expect(a.resolution).toEqual({
      methodResult: 3.33,
      exactMethodResult: "10/3",
      agreed: 0,
      reason: "",
    });
  });

  test("a reason alone is kept beside the method's result, with a warning naming the item", () => {
    const r = combined(groupOf(NAMES, [5, 0, 0], { "A.1.1": { reason: "现场复核" } }));
    expect(item(r, "A.1.1").unappliedReason).toBe("现场复核");
    expect(item(r, "A.1.1").exactConsensus).toBe("10/3");
    expect(coded(r, "reason-without-agreed")).toEqual([
      { code: "reason-without-agreed", itemId: "A.1.1", reason: "现场复核" },
    ]);
  });

  test.each(["", "   "])(
    "a blank reason alone (%p) is no reason: nothing kept, no warning",
    (reason) => {
      const r = combined(groupOf(NAMES, [5, 0, 0], { "A.1.1": { reason } }));
      expect("unappliedReason" in item(r, "A.1.1")).toBe(false);
      expect(coded(r, "reason-without-agreed")).toEqual([]);
      expect(r.warnings).toEqual([{ code: "group-size", experts: 3 }]);
    }
  );

  test("a dissent is kept as typed; a blank one is none", () => {
    const r = combined(
      groupOf(NAMES, [5, 0, 0], {
        "A.1.1": { dissent: "乙：应扣分" },
        "A.1.2": { dissent: "" },
        "A.1.3": { dissent: "   " },
      })
    );
    expect(item(r, "A.1.1").dissent).toBe("乙：应扣分");
    for (const id of ["A.1.2", "A.1.3"]) expect("dissent" in item(r, id)).toBe(false);
  });

  test("a written explanation is kept as typed; a blank one is none", () => {
    const group = groupOf(NAMES, [5, 0, 0]);
    const explained: GroupScores = {
      ...group,
      experts: group.experts.map((e, k) => ({ ...e, explanation: ["", "   ", "甲扣分有据"][k]! })),
    };
    const experts = combined(explained).experts;
    expect("explanation" in experts[0]!).toBe(false);
    expect("explanation" in experts[1]!).toBe(false);
    expect(experts[2]!.explanation).toBe("甲扣分有据");
  });
});

describe("resolve.ts: applyDeliberation recomputes the group's own warnings and carries the rest", () => {
  /**
   * applyDeliberation from a fresh load of resolve.ts inside the calling test: the codes it recomputes are a
   * module-level set, and Stryker credits a test only with code run while it runs.
   */
  async function freshApplyDeliberation(): Promise<typeof applyDeliberation> {
    let fresh: typeof applyDeliberation | undefined;
    await jest.isolateModulesAsync(async () => {
      fresh = (await import("../../src/merge/resolve")).applyDeliberation;
    });
    return fresh!;
  }

  const NAMES = ["甲", "乙", "丙"];
  const conflict = (): GroupScores =>
    withItem(groupOf(NAMES, [0, 0, 0]), "A.2.2", {
      statuses: ["normal", "na", "normal"] satisfies ItemStatus[],
    });

  test.each<[string, () => MergeResult]>([
    // three experts by the trimmed mean: it falls back to the mean (below 5), and the group is below 4.2's 5
    ["trimmed-fallback", () => combined(groupOf(NAMES, [5, 0, 0]), "trimmed")],
    ["group-size", () => combined(groupOf(NAMES, [5, 0, 0]))],
    ["status-conflict", () => combined(conflict())],
    [
      "reason-without-agreed",
      () => combined(groupOf(NAMES, [5, 0, 0], { "A.1.1": { reason: "现场复核" } })),
    ],
  ])("%s: once before, once after (applied twice)", async (code, merge) => {
    const apply = await freshApplyDeliberation();
    const base = merge();
    expect(coded(base, code)).toHaveLength(1);
    const once = apply(base, new Map());
    const twice = apply(once, new Map());
    expect(coded(once, code)).toEqual(coded(base, code));
    expect(coded(twice, code)).toEqual(coded(base, code));
    expect(twice.warnings).toEqual(base.warnings);
  });

  test("a status conflict settled by an agreed score is no longer warned about", async () => {
    const apply = await freshApplyDeliberation();
    const out = apply(combined(conflict()), new Map([["A.2.2", { agreed: 8, reason: "适用" }]]));
    expect(coded(out, "status-conflict")).toEqual([]);
    expect(item(out, "A.2.2").statusConflict).toBe(true);
    expect(out.warnings).toEqual([{ code: "group-size", experts: 3 }]);
  });

  test("an expert's own warning is carried once", async () => {
    const apply = await freshApplyDeliberation();
    const own: LocatedProblem = { code: "missing-evaluator", where: { file: "乙.xlsx" } };
    const group = groupOf(NAMES, [0, 0, 0]);
    const base = combineGroup(
      group,
      "mean",
      "now",
      group.experts.map((e) => ({ file: e.file, sha256: "0".repeat(64), evaluator: e.evaluator })),
      [own]
    );
    expect(apply(base, new Map()).warnings).toEqual([own, { code: "group-size", experts: 3 }]);
  });

  test("the lines that lost points are carried over, settled items too", () => {
    // The finish scenario's five experts: A.1.1.1 lost by the first three, A.1.2.1 by all five; A.3.3 absent for all.
    const experts = [0, 1, 2, 3, 4].map((k) => expertInput(expertEvaluation(k), `专家${k}.xlsx`));
    const base = mergeExperts(experts, "mean", "now");
    expect(item(base, "A.1.1").lostLines).toEqual(["A.1.1.1"]);
    expect(item(base, "A.1.2").lostLines).toEqual(["A.1.2.1"]);
    expect(item(base, "A.3.3").lostLines).toEqual([]);
    const out = applyDeliberation(base, new Map([["A.1.1", { agreed: 5, reason: "已发布" }]]));
    expect(item(out, "A.1.1").lostLines).toEqual(["A.1.1.1"]);
    expect(item(out, "A.1.2").lostLines).toEqual(["A.1.2.1"]);
    for (const i of base.items) expect(item(out, i.id).lostLines).toEqual(i.lostLines);
  });
});

describe("groupOf.ts: a 评估组 row names its expert whatever spaces surround the name", () => {
  test("a row typed ' 乙 ' completes the expert 乙 (a JSON's group keeps the spaces)", () => {
    const experts = [
      { evaluator: "甲", evaluation: { meta: {} } },
      {
        evaluator: "乙",
        evaluation: { meta: {} },
        group: [{ name: " 乙 ", unit: "市标准化研究院", role: "leader" as const }],
      },
    ];
    expect(consensusGroup(experts)).toEqual([
      { name: "乙", unit: "市标准化研究院", role: "leader" },
      { name: "甲" },
    ]);
  });
});

describe("lostLines.ts: a rate counts only from 0 to 100 %, whatever the tiers deduct", () => {
  /** A.1.4 with its rate line A.1.4.4 deducting 1 from 50 % up (no tier without a deduction). */
  function strictA14(): ItemDef {
    const def = allItems().find((i) => i.id === "A.1.4")!;
    if (def.kind !== "deduction") throw new Error("A.1.4 is a deduction item");
    return {
      ...def,
      lines: def.lines.map((l) =>
        l.kind === "rate" ? { ...l, tiers: [{ min: 50, deduction: 1 }], belowAll: 2 } : l
      ),
    };
  }
  const expert = (rate: number) => ({
    evaluation: {
      format: "gridscore-evaluation/1" as const,
      meta: {},
      items: { "A.1.4": { lines: { "A.1.4.4": { rate } } } },
    },
    status: "normal" as const,
  });

  test.each<[number, boolean]>([
    [100, true],
    [50, true],
    [0, true],
    [100.01, false],
    [150, false],
    [-1, false],
  ])("at %p %: lost %p", (rate, lost) => {
    expect(lostLines(strictA14(), [expert(rate)])).toEqual(lost ? ["A.1.4.4"] : []);
  });
});
