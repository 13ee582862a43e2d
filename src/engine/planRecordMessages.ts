/**
 * The words of `plan-record-corrupt` (src/engine/plan.ts readPlanRecord): the group's plan a copy records in its
 * hidden identity sheet cannot be read back, so the copy's 7.2 items cannot be checked and no export or rebuild may
 * carry it on without the plan. In Chinese and English, naming what is wrong and what to do.
 */
import type { Problem } from "./problems";

type PlanRecordCorrupt = Extract<Problem, { code: "plan-record-corrupt" }>;

/** What the messages table hands in: the cause and the JSON parser's detail already in the line's language. */
export interface PlanRecordWords {
  /** The plan parser's first problem (`shape`), in the message's language. */
  readonly cause?: string;
  /** The JSON parser's detail (`json`), in the message's language. */
  readonly json?: string;
}

function defectWords(p: PlanRecordCorrupt, zh: boolean, words: PlanRecordWords): string {
  const detail = p.detail ?? "";
  switch (p.defect) {
    case "json":
      return zh
        ? `方案内容（planData）不是完整的 JSON（${words.json ?? detail}），可能被截断或改动过`
        : `the plan's data (planData) is not complete JSON (${words.json ?? detail}); it was cut short or edited`;
    case "shape":
      return zh
        ? `方案内容（planData）不是评估方案的格式${words.cause ? `（${words.cause}）` : ""}`
        : `the plan's data (planData) is not a plan${words.cause ? ` (${words.cause})` : ""}`;
    case "version":
      return zh
        ? `方案内容（planData）的格式为“${detail}”，本版本 gridscore 只能读取 gridscore-plan/1（可能由更新版本的 gridscore 生成，或被改动过）`
        : `the plan's data (planData) has the format "${detail}", and this gridscore reads only gridscore-plan/1 (a newer gridscore wrote it, or it was edited)`;
    case "fingerprint":
      return zh
        ? `方案内容（planData）与记录的方案指纹 ${detail} 不符：方案在评分表生成后被改动过`
        : `the plan's data (planData) no longer matches the recorded fingerprint ${detail}: the plan was changed after the copy was made`;
    case "missing":
      return zh
        ? `缺少“${detail}”一项（方案指纹 plan 与方案内容 planData 应同时存在）`
        : `the entry "${detail}" is missing (the fingerprint plan and the data planData go together)`;
  }
}

/**
 * What is wrong with a corrupt plan record, as short words for a line that names the plan (`gridscore migrate`'s
 * "not carried" line): "记录的评估方案无法读取：缺少“plan”一项（…）" / "its recorded plan cannot be read: the entry
 * "plan" is missing (…)". The full message ({@link planRecordCorruptWords}) says why and what to do.
 */
export function planRecordDefectWords(
  p: PlanRecordCorrupt,
  zh: boolean,
  words: PlanRecordWords
): string {
  const what = defectWords(p, zh, words);
  return zh ? `记录的评估方案无法读取：${what}` : `its recorded plan cannot be read: ${what}`;
}

/**
 * The message of a corrupt plan record: where it sits (the hidden identity sheet, or the pane's saved rewrite), what
 * is wrong, why the copy is refused, and what to do (the copy that was sent, or a copy made again from plan.json).
 */
export function planRecordCorruptWords(
  p: PlanRecordCorrupt,
  zh: boolean,
  words: PlanRecordWords
): string {
  const what = defectWords(p, zh, words);
  if (zh)
    return `${
      p.rewrite ? "加载项为未完成的重写保存的记录中" : "此评分表隐藏的标识工作表（_gridscore）中"
    }记录的评估方案（4.3、7.2）无法读取：${what}。无法据此核对评估方案界定为不适用的项目，也不能把评估方案带入导出或重建的文件，已拒绝，不会在不提示的情况下丢弃评估方案。请改用发出时的评分表副本（由 gridscore new --plan 或加载项按评估方案生成，勿修改隐藏的标识工作表）；如已无原副本，请评估组长用评估方案 plan.json 重新生成评分表（gridscore new --plan，或加载项“导出 → 为评估组成员生成空白评分表”）后重新填写`;
  return `the group's plan (4.3, 7.2) recorded ${
    p.rewrite
      ? "in the add-in's saved record of an unfinished rewrite"
      : "in this scoresheet's hidden identity sheet (_gridscore)"
  } cannot be read: ${what}. The items the plan fixes as not applicable cannot be checked, and no export or rebuild can carry the plan, so the copy is refused rather than losing the plan without a word. Use the copy as it was sent (made from the plan by gridscore new --plan or the add-in; leave the hidden identity sheet alone); if it is gone, ask the group leader to make the copy again from plan.json (gridscore new --plan, or the add-in's 导出 → 为评估组成员生成空白评分表) and enter the scores again`;
}
