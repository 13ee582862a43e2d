/**
 * The rounding note names the exact total so a reader can take it in (new user's review: "结论按精确值（399341/900）判定"
 * left a first-time user with a bare fraction): the fraction is called one and its rounded value given beside it.
 */
import { roundingNote } from "../../src/merge/rounding";
import type { MergeResult } from "../../src/merge";

const result = (scores: number[], total: number, exactTotal: string) =>
  ({
    tables: scores.map((score) => ({ score })),
    total,
    exactTotal,
  }) as unknown as Pick<MergeResult, "tables" | "total" | "exactTotal">;

describe("roundingNote", () => {
  it.each<[string, number[], number, string, string | undefined]>([
    ["an exact total in hundredths needs no note", [300.5], 300.5, "601/2", undefined],
    [
      "a total of thirds: the fraction named as one, with its rounded value",
      [443.71],
      443.71,
      "399341/900",
      "注：总分四舍五入到两位小数显示，结论按未舍入的精确值（分数 399341/900，约 443.71）判定。",
    ],
    [
      "subtotals that do not add up to the total",
      [100.33, 100.33, 100.33],
      301,
      "301",
      "注：各表共识得分四舍五入到两位小数，相加为 300.99，与总分 301 不同；总分和结论按未舍入的精确值（301）计算。",
    ],
  ])("%s", (_name, scores, total, exactTotal, note) => {
    expect(roundingNote(result(scores, total, exactTotal))).toBe(note);
  });
});
