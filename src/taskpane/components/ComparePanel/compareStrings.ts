/**
 * The compare (对比) section's texts in both pane languages, beside the section so the pane's first bundle does
 * not carry them.
 */
export interface CompareStrings {
  readonly heading: string;
  readonly intro: string;
  readonly before: string;
  readonly after: string;
  readonly plan: string;
  readonly planHint: string;
  readonly pick: string;
  readonly none: string;
  readonly reading: string;
  readonly refused: (file: string) => string;
  readonly hasErrors: (file: string, count: number) => string;
  readonly notPlan: (file: string) => string;
  readonly planRefused: (file: string) => string;
  /** A plan of another unit than the earlier evaluation's (remediation-other-unit): not used. */
  readonly planOtherUnit: (file: string) => string;
  /** 评估组 rows of the earlier evaluation the re-evaluation scoresheet cannot carry (new --from refuses them). */
  readonly groupNotCarried: (file: string, count: number) => string;
  readonly totalsCaption: string;
  readonly side: string;
  readonly date: string;
  readonly total: string;
  readonly verdict: string;
  readonly change: string;
  readonly tablesCaption: string;
  readonly table: string;
  readonly improved: (n: number) => string;
  readonly worse: (n: number) => string;
  readonly same: (n: number) => string;
  readonly item: string;
  readonly claimedFixed: (n: number) => string;
  readonly lost: string;
  readonly download: string;
  readonly downloaded: (file: string) => string;
  readonly compared: (delta: string) => string;
  readonly next: string;
  readonly nextHint: string;
}

export const COMPARE_STRINGS: Readonly<Record<"zh-CN" | "en-US", CompareStrings>> = {
  "zh-CN": {
    heading: "对比两次评估",
    intro:
      "选择同一单位之前和之后的评估（评分表、共识工作簿或评价 JSON），查看总分、结论、各表和各项的变化；可另选整改台账，找出称已完成但仍失分的要求。",
    before: "之前的评估",
    after: "之后的评估",
    plan: "整改台账（可选）",
    planHint: "gridscore 生成的整改台账；不选时用之前评估 JSON 中的整改记录",
    pick: "选择文件…",
    none: "未选择",
    reading: "正在读取…",
    refused: (file) => `无法读取 ${file}`,
    hasErrors: (file, count) => `${file} 有 ${count} 个错误，请改正后再对比`,
    notPlan: (file) => `${file} 不是 gridscore 生成的整改台账`,
    planRefused: (file) => `整改台账 ${file} 有无法读取的填写，未使用；请改正后重新选择`,
    planOtherUnit: (file) =>
      `整改台账 ${file} 不是之前评估的被评单位的，未使用；请选择本单位的整改台账`,
    groupNotCarried: (file, count) =>
      `${file} 的评估组有 ${count} 处填写无法带入复评评分表，未生成复评评分表；请改正后重新选择`,
    totalsCaption: "总分与结论",
    side: "",
    date: "评估日期",
    total: "总分",
    verdict: "结论",
    change: "变化",
    tablesCaption: "各表得分",
    table: "表",
    improved: (n) => `变好的项目（${n}）`,
    worse: (n) => `变差的项目（${n}）`,
    same: (n) => `不变的项目（${n}）`,
    item: "编号",
    claimedFixed: (n) => `整改台账称已完成但仍失分（${n}）`,
    lost: "失分",
    download: "下载对比报告（Word）",
    downloaded: (file) => `已下载 ${file}`,
    compared: (delta) => `对比完成：总分变化 ${delta}`,
    next: "下载复评评分表（.xlsx）",
    nextHint:
      "以之前的评估为上次评估生成新的评分表：带上单位、层级和评估组，每行只读显示上次扣分、说明和整改状态，输入为空，专家重新评分。",
  },
  "en-US": {
    heading: "Compare two evaluations",
    intro:
      "Pick the earlier and the later evaluation of one unit (a scoresheet, a consensus workbook or an evaluation JSON) to see the totals, verdicts and every table's and item's change; add a remediation plan to find rows claimed done that still lose points.",
    before: "Earlier evaluation",
    after: "Later evaluation",
    plan: "Remediation plan (optional)",
    planHint:
      "a plan workbook written by gridscore; without one, the plan rows of the earlier evaluation's JSON",
    pick: "Choose file…",
    none: "None chosen",
    reading: "Reading…",
    refused: (file) => `${file} cannot be read`,
    hasErrors: (file, count) => `${file} has ${count} error(s): correct them before comparing`,
    notPlan: (file) => `${file} is not a remediation plan written by gridscore`,
    planRefused: (file) =>
      `the plan ${file} has entries that cannot be read; it was not used: fix them and pick it again`,
    planOtherUnit: (file) =>
      `the plan ${file} is not the earlier evaluation's unit's; it was not used: pick that unit's plan`,
    groupNotCarried: (file, count) =>
      `${file} has ${count} 评估组 entr${count === 1 ? "y" : "ies"} the re-evaluation scoresheet cannot carry; no re-evaluation scoresheet: fix them and pick the file again`,
    totalsCaption: "Totals and verdicts",
    side: "",
    date: "Evaluation date",
    total: "Total",
    verdict: "Verdict",
    change: "Change",
    tablesCaption: "Tables",
    table: "Table",
    improved: (n) => `Improved items (${n})`,
    worse: (n) => `Worse items (${n})`,
    same: (n) => `Unchanged items (${n})`,
    item: "Id",
    claimedFixed: (n) => `Claimed done, still losing points (${n})`,
    lost: "Lost",
    download: "Download the comparison (Word)",
    downloaded: (file) => `Downloaded ${file}`,
    compared: (delta) => `Compared: total changed by ${delta}`,
    next: "Download the re-evaluation scoresheet (.xlsx)",
    nextHint:
      "A fresh scoresheet with the earlier evaluation as the previous one: unit, level and group carried over, every line showing the previous deduction, note and remediation status read-only, the inputs empty for the experts to score afresh.",
  },
};
