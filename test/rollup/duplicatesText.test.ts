/**
 * The roll-up's console list of duplicates (src/cli/rollupCommand.ts): each set-aside evaluation with the one
 * counted instead, the first ten, then how many more and where to find them.
 */
import { duplicatesText } from "../../src/cli/rollupCommand";
import { buildRollup } from "../../src/rollup";
import type { RollupUnit } from "../../src/rollup";
import { rollupUnit } from "../support/rollupUnits";

/** 单位k, evaluated on `date`. */
const unit = (k: number, date: string): RollupUnit =>
  rollupUnit({ file: `${date}/单位${k}.xlsx`, organization: `单位${k}`, date });

/** `n` units, each evaluated twice: in September (set aside) and October (counted). */
const twice = (n: number) =>
  buildRollup(
    Array.from({ length: n }, (_, k) => [unit(k, "2026-09-01"), unit(k, "2026-10-01")]).flat(),
    []
  );

test("no duplicates: nothing", () => {
  expect(duplicatesText(buildRollup([unit(1, "2026-10-01"), unit(2, "2026-10-01")], []))).toBe("");
});

test("each duplicate with the evaluation counted instead", () => {
  expect(duplicatesText(twice(2))).toBe(
    "同一单位的重复评价（同一单位、同一层级，以评价日期较晚者为准）：\n" +
      "  单位0：2026-09-01/单位0.xlsx（2026-09-01）不计入，以 2026-10-01/单位0.xlsx 为准\n" +
      "  单位1：2026-09-01/单位1.xlsx（2026-09-01）不计入，以 2026-10-01/单位1.xlsx 为准\n"
  );
});

test.each([
  [10, 10, ""],
  [11, 10, "  另有 1 份，见汇总工作簿“单位”表的“重复于”列\n"],
  [25, 10, "  另有 15 份，见汇总工作簿“单位”表的“重复于”列\n"],
])("%i duplicates: %i named, then the rest counted", (n, named, more) => {
  const text = duplicatesText(twice(n));
  expect(text.split("\n").filter((l) => l.includes("不计入"))).toHaveLength(named);
  expect(text.endsWith(`为准\n${more}`)).toBe(true);
});
