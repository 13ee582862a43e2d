/**
 * The merge's reader of a returned copy (readCandidate, which the CLI's merge and the pane's 合并 both call) names a
 * damaged plan record (`plan-record-corrupt`) at file, sheet and cell, and checkCandidates refuses the merge with it,
 * as a plan-mismatch would be: a copy whose plan cannot be read is never merged as one made without a plan.
 * Table-driven over the kinds of damage in test/support/planRecord.ts.
 */
import { formatProblem } from "../../src/engine";
import { checkCandidates, readCandidate } from "../../src/merge";
import { writeXlsx } from "../../src/writers/xlsx";
import { COMMON_WORDS, CORRUPTIONS, damaged, planCopy, planDataCell } from "../support/planRecord";

test.each(CORRUPTIONS)("%s", async (_label, damage, defect, zh, en) => {
  const model = planCopy("甲");
  const bad = await readCandidate("甲.xlsx", await writeXlsx(damaged(model, damage)));
  const sound = await readCandidate("乙.xlsx", await writeXlsx(planCopy("乙")));
  expect(sound.errors).toEqual([]);
  const corrupt = bad.errors.filter((p) => p.code === "plan-record-corrupt");
  expect(corrupt).toEqual([
    expect.objectContaining({
      defect,
      where: { file: "甲.xlsx", sheet: "_gridscore", cell: planDataCell(model) },
    }),
  ]);
  expect(checkCandidates([bad, sound])).toContainEqual(corrupt[0]);
  const zhLine = formatProblem(corrupt[0]!, "zh-CN");
  expect(zhLine).toContain(COMMON_WORDS[0]);
  expect(zhLine).toContain(zh);
  const enLine = formatProblem(corrupt[0]!, "en-US");
  expect(enLine).toContain(COMMON_WORDS[1]);
  expect(enLine).toContain(en);
});
