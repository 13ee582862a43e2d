/**
 * The messages about editions of the standard (README: Editions), beside messages.ts: a workbook of another
 * edition than the run's. In Chinese and English, naming both editions and what to do.
 */
import type { Problem } from "./problems";

type OtherTemplate = Extract<Problem, { code: "other-template" }>;

/**
 * A workbook made from another edition: with `known`, a second edition in one run (compare or merge of two
 * editions), to be migrated first; otherwise an edition this run does not know, to be given with --standard.
 */
export function editionMismatch(problem: OtherTemplate, zh: boolean): string {
  const found = problem.foundEdition;
  const expected = problem.expectedEdition ?? "";
  if (problem.known && found)
    return zh
      ? `评分表模板不一致：标准版本不同，本文件按“${found}”制作，本次先读取的文件为“${expected}”；不同版本的评分不能一起比较或合并。请先用 gridscore migrate 把其中一个迁移到另一版本（如 gridscore migrate 本文件 --to <“${expected}”的版本文件.json> -o 新文件.xlsx），再用迁移后的文件`
      : `made from another edition of the standard: this file is of edition "${found}", the file read first of "${expected}"; evaluations of different editions cannot be compared or merged together. Move one to the other's edition first with gridscore migrate (e.g. gridscore migrate this-file --to <edition file of "${expected}"> -o new.xlsx), then use the new file`;
  const fingerprint = problem.found.replace(/（.*$/, "");
  const named = found ? `“${found}”（模板指纹 ${fingerprint}）` : `（模板指纹 ${fingerprint}）`;
  const namedEn = found
    ? `"${found}" (template fingerprint ${fingerprint})`
    : `(template fingerprint ${fingerprint})`;
  return zh
    ? `评分表模板不一致：本文件的标准版本${named}不是本次所用的版本“${expected}”，也不是 --standard 给出的版本；请加 --standard <该版本的版本文件.json> 后重试`
    : `made from another template: this file's edition ${namedEn} is neither this run's edition "${expected}" nor one given with --standard; add --standard <its edition file> and run again`;
}
