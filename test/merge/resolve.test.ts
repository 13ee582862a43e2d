/**
 * applyDeliberation (src/merge/resolve.ts, issue 12): what the pane's 评议 view applies to a merge. An item the map
 * names takes the map's agreed score, reason and dissent, even to clear them; an item it does not name keeps its
 * own; a reason alone is kept (not applied) unless blank; written explanations are matched by name; the group's
 * own warnings are recomputed, never doubled, and the experts' warnings and the merge record are carried over.
 * Each test builds what it checks (README, Mutation testing).
 */
import { combineGroup } from "../../src/merge";
import type { MergeResult } from "../../src/merge";
import { applyDeliberation } from "../../src/merge/resolve";
import type { LocatedProblem } from "../../src/engine";
import { groupOf } from "./deliberationSupport";

const NAMES = ["甲", "乙", "丙"];
const EXPERT_WARNING: LocatedProblem = {
  code: "missing-evaluator",
  where: { file: "乙.xlsx" },
};

/** Three experts losing 5, 0 and 0 on A.1.1 (cap 5): its mean is 10/3; the total is 495 − 5/3. */
function merged(
  deliberation: Parameters<typeof groupOf>[2] = {},
  explanations: readonly string[] = [],
  method: "mean" | "trimmed" = "mean"
): MergeResult {
  const group = groupOf(NAMES, [5, 0, 0], deliberation, explanations);
  return combineGroup(
    group,
    method,
    "2026-11-28T08:00:00.000Z",
    group.experts.map((e) => ({ file: e.file, sha256: "0".repeat(64), evaluator: e.evaluator })),
    [EXPERT_WARNING],
    25
  );
}

const item = (r: MergeResult, id: string) => r.items.find((i) => i.id === id)!;

describe("applyDeliberation", () => {
  test("with nothing to apply, every figure is the merge's own and the record is the same object", () => {
    const base = merged();
    const out = applyDeliberation(base, new Map());
    expect(out.record).toBe(base.record);
    expect(out.exactTotal).toBe(base.exactTotal);
    expect(out.exactTotal).toBe("1480/3");
    expect(out.items).toEqual(base.items);
    expect(out.experts).toEqual(base.experts);
    expect(out.deviationLimit).toBe(25);
    expect(out.warnings).toEqual(base.warnings);
  });

  test("an agreed score replaces the method's result; the total, resolution and reason follow", () => {
    const out = applyDeliberation(
      merged(),
      new Map([["A.1.1", { agreed: 5, reason: "复核佐证后改定", dissent: "甲：应扣分" }]])
    );
    const a = item(out, "A.1.1");
    expect(a.exactConsensus).toBe("5");
    expect(a.resolution).toMatchObject({ agreed: 5, reason: "复核佐证后改定" });
    expect(a.dissent).toBe("甲：应扣分");
    expect(out.exactTotal).toBe("495");
    expect(out.verdict).toBe("合格");
  });

  test("an agreed score without a reason is applied with an empty reason", () => {
    const a = item(applyDeliberation(merged(), new Map([["A.1.1", { agreed: 0 }]])), "A.1.1");
    expect(a.exactConsensus).toBe("0");
    expect(a.resolution).toMatchObject({ agreed: 0, reason: "" });
  });

  test("an item the map does not name keeps its agreed score, reason and dissent", () => {
    const first = merged({ "A.1.1": { agreed: 4, reason: "维持", dissent: "丙：不同意" } });
    expect(item(first, "A.1.1").exactConsensus).toBe("4");
    const out = applyDeliberation(first, new Map([["A.1.2", { agreed: 10, reason: "原样" }]]));
    const a = item(out, "A.1.1");
    expect(a.resolution).toMatchObject({ agreed: 4, reason: "维持" });
    expect(a.dissent).toBe("丙：不同意");
    expect(a.exactConsensus).toBe("4");
  });

  test("an item the map names without a score clears the earlier one, its reason and dissent", () => {
    const first = merged({ "A.1.1": { agreed: 4, reason: "维持", dissent: "丙：不同意" } });
    const a = item(applyDeliberation(first, new Map([["A.1.1", {}]])), "A.1.1");
    expect(a.resolution).toBeUndefined();
    expect(a.dissent).toBeUndefined();
    expect(a.unappliedReason).toBeUndefined();
    expect(a.exactConsensus).toBe("10/3");
  });

  test("a reason alone is kept beside the method's result and warned about once; a blank one is dropped", () => {
    const kept = applyDeliberation(merged(), new Map([["A.1.1", { reason: "现场复核" }]]));
    expect(item(kept, "A.1.1").unappliedReason).toBe("现场复核");
    expect(item(kept, "A.1.1").resolution).toBeUndefined();
    expect(item(kept, "A.1.1").exactConsensus).toBe("10/3");
    expect(kept.warnings.filter((w) => w.code === "reason-without-agreed")).toEqual([
      { code: "reason-without-agreed", itemId: "A.1.1", reason: "现场复核" },
    ]);
    // Applied again with nothing new: the reason stays and its warning is not doubled.
    const again = applyDeliberation(kept, new Map());
    expect(item(again, "A.1.1").unappliedReason).toBe("现场复核");
    expect(again.warnings).toEqual(kept.warnings);

    const blank = applyDeliberation(merged(), new Map([["A.1.1", { reason: " \u3000" }]]));
    expect(item(blank, "A.1.1").unappliedReason).toBeUndefined();
    expect(blank.warnings.some((w) => w.code === "reason-without-agreed")).toBe(false);
  });

  test("explanations are matched by name; an expert not named keeps theirs; an empty one is none", () => {
    const base = merged({}, ["甲原有说明", "乙原有说明"]);
    const out = applyDeliberation(
      base,
      new Map(),
      new Map([
        ["甲", "甲新说明"],
        ["丙", ""],
      ])
    );
    expect(out.experts.map((e) => e.explanation)).toEqual(["甲新说明", "乙原有说明", undefined]);
    expect("explanation" in out.experts[2]!).toBe(false);
  });

  test("the group's warnings are recomputed once; the experts' own are carried over", () => {
    // Three experts and the trimmed mean: combineGroup falls back to the mean and warns of the group size.
    const base = merged({}, [], "trimmed");
    const codes = (r: MergeResult) => r.warnings.map((w) => w.code).sort();
    expect(codes(base)).toEqual(["group-size", "missing-evaluator", "trimmed-fallback"]);
    const out = applyDeliberation(applyDeliberation(base, new Map()), new Map());
    expect(codes(out)).toEqual(codes(base));
    expect(out.warnings).toContainEqual(EXPERT_WARNING);
    expect(out.record.method).toBe("trimmed");
  });
});
