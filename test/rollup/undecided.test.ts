/**
 * Two evaluations of one unit that only the files' order tells apart (same organization and level, same day,
 * same kind and number of experts) with different totals: the roll-up counts the file given later, as before,
 * and now says so (`rollup-undecided`, a warning at the file that does not count) in the CLI, its --json and
 * the pane, so that a person decides which one is final. Found by a new user: b300.json (300, 合格) and
 * b29999.json (299.99, 不合格) of one unit, one verdict picked by the files' order without a word.
 */
import * as path from "path";
import { describeProblem } from "../../src/engine";
import { buildRollup } from "../../src/rollup/compute";
import type { RollupUnit } from "../../src/rollup/types";
import { runCli, tmpDir, writeJson } from "../followup/support";
import { rollupUnit } from "../support/rollupUnits";

/** The unit 边界单位 (county) of 2026-11-28, a single scoresheet of 300, in `file`, but for what `over` gives. */
const unit = (file: string, over: Partial<RollupUnit> = {}): RollupUnit =>
  rollupUnit({ file, organization: "边界单位", level: "county", date: "2026-11-28", ...over });

describe("buildRollup: duplicates only the files' order separates", () => {
  test("different totals: the later file counts, and the earlier one is a warning naming both", () => {
    const r = buildRollup(
      [unit("b300.json"), unit("b29999.json", { exactTotal: "29999/100", verdict: "不合格" })],
      []
    );
    expect(r.units.map((u) => u.duplicateOf ?? null)).toEqual(["b29999.json", null]);
    expect(r.warnings).toEqual([
      {
        code: "rollup-undecided",
        organization: "边界单位",
        date: "2026-11-28",
        counted: "b29999.json",
        countedTotal: "299.99",
        otherTotal: "300",
        where: { file: "b300.json" },
      },
    ]);
    expect(describeProblem(r.warnings[0]!, "zh-CN")).toBe(
      "与 b29999.json 是同一单位“边界单位”在同一天（2026-11-28）的评价，方式和专家人数也相同，总分却不同（本文件 300，b29999.json 299.99）；汇总按文件顺序计入了 b29999.json。请核实哪一份是定稿，并把另一份移出汇总的文件"
    );
  });

  test.each<[string, Partial<RollupUnit>, Partial<RollupUnit>]>([
    ["the same total (a copy sent twice)", {}, {}],
    ["a later day", {}, { date: "2026-11-29", exactTotal: "299" }],
    [
      "a consensus against a single scoresheet",
      {},
      { kind: "consensus", experts: 5, exactTotal: "299" },
    ],
    [
      "more experts",
      { kind: "consensus", experts: 5 },
      { kind: "consensus", experts: 7, exactTotal: "299" },
    ],
  ])("no warning when the rule decides: %s", (_n, first, second) => {
    const r = buildRollup([unit("a.json", first), unit("b.json", second)], []);
    expect(r.units.map((u) => u.duplicateOf ?? null)).toEqual(["b.json", null]);
    expect(r.warnings).toEqual([]);
  });
});

describe("gridscore rollup", () => {
  const doc = (deduct: number) => ({
    format: "gridscore-evaluation/1",
    meta: { organization: "边界单位", level: "county", evaluator: "甲", date: "2026-11-28" },
    items: deduct ? { "A.1.1": { lines: { "A.1.1.1": deduct }, notes: { "A.1.1.1": "缺" } } } : {},
  });

  test("prints the warning, and --json carries it with its messages", async () => {
    const dir = tmpDir();
    const a = writeJson(dir, "a.json", doc(0));
    const b = writeJson(dir, "b.json", doc(2));
    const text = await runCli(["rollup", a, b, "-o", path.join(dir, "r.xlsx")]);
    expect(text.code).toBe(0);
    expect(text.err).toContain(`${a}：与 ${b} 是同一单位“边界单位”在同一天（2026-11-28）的评价`);
    expect(text.err).toContain("the roll-up counted");
    const json = await runCli(["rollup", a, b, "--json"]);
    const parsed = JSON.parse(json.out) as {
      warnings: { code: string; where: { file: string }; messageEn: string }[];
    };
    // The files' own warnings come first (a.json has no entries; neither fills A.7), then the roll-up's.
    const undecided = parsed.warnings.filter((w) => w.code === "rollup-undecided");
    expect(undecided.map((w) => [w.code, w.where.file])).toEqual([["rollup-undecided", a]]);
    expect(parsed.warnings.at(-1)).toBe(undecided[0]);
    expect(parsed.warnings.filter((w) => w.code === "no-entries").map((w) => w.where.file)).toEqual(
      [a]
    );
    expect(undecided[0]!.messageEn).toContain("Check which one is final");
  });
});
