/**
 * Messages beside messages.ts about what a workbook is: one of another edition of the standard (README: Editions),
 * another kind of gridscore workbook, and `gridscore migrate`'s listing. In Chinese and English, saying what to do.
 */
import type { MigrationEntry } from "./migrate";
import type { Problem } from "./problems";
import { KIND_WORDS, LEVEL_NAMES, MIGRATION_WHAT, STATUS_NAMES, word } from "./words";

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

/** The value as the workbook shows it: a status or level by its name, a percentage with %. */
function shownValue(e: MigrationEntry, k: 0 | 1): string {
  if (e.what === "status") return word(STATUS_NAMES, e.value, k);
  if (e.what === "level") return word(LEVEL_NAMES, e.value, k);
  if (e.what === "value" && /^-?\d+(\.\d+)?$/.test(e.value)) return `${e.value}%`;
  if (e.what === "note" && e.value.length > 40) return `${e.value.slice(0, 40)}…`;
  return e.value;
}

/** A changed line's fields ("maxDeduction 3→5", "requirement", "rule") in words. */
function changedFields(fields: readonly string[], k: 0 | 1): string {
  return fields
    .map((f) => {
      const max = /^maxDeduction (.+)$/.exec(f);
      if (max) return k === 0 ? `本行最多扣分 ${max[1]}` : `the line's maximum ${max[1]}`;
      if (f === "requirement") return k === 0 ? "评价要求" : "the requirement";
      if (f === "rule") return k === 0 ? "扣分标准" : "the rule";
      return f;
    })
    .join(k === 0 ? "，" : ", ");
}

/** One entry of `gridscore migrate`'s listing, in Chinese and English, with what to do where there is something. */
export function migrationText(e: MigrationEntry, wasCarried: boolean): string {
  const head = `${e.id} ${MIGRATION_WHAT[e.what][0]} ${shownValue(e, 0)}`;
  const headEn = `${e.id} ${MIGRATION_WHAT[e.what][1]} ${shownValue(e, 1)}`;
  const r = e.reason;
  if (!r) return `${head}：已迁移 / ${headEn}: carried`;
  switch (r.code) {
    case "item-missing":
      return `${head}：未迁移，新版本中没有此评价内容；如仍适用，请在新工作簿相应的评价内容中重新填写 / ${headEn}: not carried, the target edition has no such item; where it still applies, enter it again under the matching item of the new workbook`;
    case "line-missing":
      return `${head}：未迁移，新版本中没有此行；如仍适用，请在本项相应的行重新填写 / ${headEn}: not carried, the target edition has no such line; where it still applies, enter it again on the matching line of the item`;
    case "kind-changed":
      return `${head}：未迁移，新版本此处改为填写${word(KIND_WORDS, r.to, 0)}（原为${word(KIND_WORDS, r.from, 0)}）；请在新工作簿中按新要求重新填写 / ${headEn}: not carried, the target takes ${word(KIND_WORDS, r.to, 1)} here (was ${word(KIND_WORDS, r.from, 1)}): enter it again as the new edition asks`;
    case "level-missing":
      return `${head}：未迁移，新版本中没有等级“${word(LEVEL_NAMES, r.level, 0)}”；请在新工作簿中选择新版本的等级 / ${headEn}: not carried, the target item has no level "${word(LEVEL_NAMES, r.level, 1)}": pick one of the new edition's levels`;
    case "over-max":
      return `${head}：已迁移，但超过新版本本行最多可扣的 ${r.max} 分，请在新工作簿中更正 / ${headEn}: carried, but above the target line's max ${r.max}: correct it in the new workbook`;
    case "line-changed":
      return `${head}：已迁移${wasCarried ? "" : "？"}，新版本本行有变化（${changedFields(r.fields, 0)}），请复核 / ${headEn}: carried; the line changed in the target (${changedFields(r.fields, 1)}), please review`;
  }
}

/** What to do after `gridscore migrate`: check the new workbook, then score it in its edition. */
export function migrationNextSteps(out: string, editionFile: string, toCheck: number): string {
  const check =
    toCheck > 0
      ? [
          `核对标为“请复核”和“未迁移”的 ${toCheck} 项`,
          `check the ${toCheck} entries marked check or not carried`,
        ]
      : ["核对迁移结果", "check what was carried"];
  return `下一步 / next: 打开 ${out}，${check[0]}，填写新增的评价内容；然后运行 gridscore score ${out} --standard ${editionFile} 校验计分 / open ${out}, ${check[1]} and fill in the new items; then run gridscore score ${out} --standard ${editionFile} to check and score it`;
}

/** A remediation plan or a roll-up given where an evaluation was expected: what it is, and what to pass instead. */
export function otherWorkbook(kind: "remediation" | "rollup", zh: boolean): string {
  if (kind === "remediation")
    return zh
      ? "这是整改台账（gridscore plan 或 report --sheet 的输出），不是评分表；请给评分表、共识工作簿或评价 JSON（复评 new --from 给上次的评分表或共识工作簿）。整改台账用 --plan-status 传入：gridscore new 新表.xlsx --from 上次.xlsx --plan-status 整改台账.xlsx，或 gridscore compare 之前 之后 --plan-status 整改台账.xlsx"
      : "this is a remediation plan (made by gridscore plan or report --sheet), not a scoresheet: give a scoresheet, a consensus workbook or an evaluation JSON (for new --from, the previous scoresheet or consensus). A plan goes with --plan-status: gridscore new next.xlsx --from previous.xlsx --plan-status plan.xlsx, or gridscore compare before after --plan-status plan.xlsx";
  return zh
    ? "这是多个单位的汇总工作簿（gridscore rollup 的输出），不是评分表；请给某个单位的评分表、共识工作簿或评价 JSON"
    : "this is a roll-up of many units (made by gridscore rollup), not a scoresheet: give one unit's scoresheet, consensus workbook or evaluation JSON";
}
