/**
 * The 汇总 (roll-up) view's texts in both pane languages. They live beside the view, loaded with it, so the
 * pane's first bundle does not carry them.
 */
import type { Verdict } from "../../../engine";
import { levelLabel } from "../../../rollup/compute";
import { LEVELS } from "../../../standard";
import type { Level } from "../../../standard";

export interface RollupStrings {
  readonly heading: string;
  readonly intro: string;
  readonly reading: (done: number, total: number, file: string) => string;
  readonly read: (count: number) => string;
  readonly empty: string;
  readonly unitsCaption: (units: number, counted: number) => string;
  readonly unit: string;
  readonly level: string;
  readonly total: string;
  readonly verdict: string;
  readonly duplicateOf: (file: string) => string;
  readonly more: (count: number) => string;
  readonly levelsCaption: string;
  /** A level's name in this language (the standard's section 1 names; "none": no level given; "all": every unit). */
  readonly levelName: (level: Level | "none" | "all") => string;
  /** The verdict (8.3) in this language; the standard's word stays beside the English. */
  readonly verdictName: (verdict: Verdict) => string;
  readonly count: string;
  readonly passed: string;
  readonly passRate: string;
  readonly mean: string;
  readonly weakCaption: string;
  readonly refusedCaption: (count: number) => string;
  /** Above the evaluations of one unit that only the files' order told apart. */
  readonly undecidedCaption: (count: number) => string;
  readonly clear: string;
  readonly write: string;
  readonly writing: string;
  readonly written: (sheets: string) => string;
  readonly skipped: (features: string) => string;
  readonly download: string;
  readonly downloading: string;
  readonly downloaded: (file: string) => string;
  readonly needsUnits: string;
  readonly noWrite: string;
  readonly failed: string;
}

export const rollupZhCN: RollupStrings = {
  heading: "汇总",
  intro:
    "选择或拖入各单位的评分表、评价 JSON 或共识工作簿（每个单位一份）。同一单位（名称与层级相同）有多份时，评价日期最晚的一份计入。",
  reading: (done, total, file) => `正在读取第 ${done}/${total} 个文件：${file}`,
  read: (count) => `已读取 ${count} 个文件。`,
  empty: "尚未选择文件。",
  unitsCaption: (units, counted) => `${units} 份评价，计入 ${counted} 个单位`,
  unit: "单位",
  level: "层级",
  total: "总分",
  verdict: "结论",
  duplicateOf: (file) => `重复，计入 ${file}`,
  more: (count) => `另有 ${count} 份评价，见写入或下载的“单位”表。`,
  levelsCaption: "按层级汇总（只计计入的单位）",
  levelName: levelLabel,
  verdictName: (verdict) => verdict,
  count: "单位数",
  passed: "合格数",
  passRate: "合格率",
  mean: "平均分",
  weakCaption: "失分单位最多的评价内容（前 5）",
  refusedCaption: (count) => `未纳入的文件（${count}）`,
  undecidedCaption: (count) => `需核实哪一份是定稿（${count}）`,
  clear: "清空",
  write: "写入工作簿",
  writing: "正在写入汇总表…",
  written: (sheets) => `已写入：${sheets}。`,
  skipped: (features) => `当前环境未绘制：${features}（汇总数据和公式不受影响）。`,
  download: "下载汇总 .xlsx",
  downloading: "正在生成汇总工作簿…",
  downloaded: (file) => `已下载 ${file}。`,
  needsUnits: "至少读入一个可汇总的文件后才能写入或下载。",
  noWrite: "当前 Excel 不能写入汇总表。",
  failed: "汇总失败",
};

export const rollupEnUS: RollupStrings = {
  heading: "Roll-up",
  intro:
    "Pick or drop the units' scoresheets, evaluation JSON files or consensus workbooks (one per unit). When a unit (same name and level) has several, the latest evaluation counts.",
  reading: (done, total, file) => `Reading file ${done} of ${total}: ${file}`,
  read: (count) => `${count} file(s) read.`,
  empty: "No files picked yet.",
  unitsCaption: (units, counted) => `${units} evaluation(s), ${counted} unit(s) counted`,
  unit: "Unit",
  level: "Level",
  total: "Total",
  verdict: "Verdict",
  duplicateOf: (file) => `duplicate; ${file} counts`,
  more: (count) => `${count} more evaluation(s): see the 单位 sheet written or downloaded.`,
  levelsCaption: "By level (counted units only)",
  levelName: (level) =>
    level === "none" ? "No level given" : level === "all" ? "All" : LEVELS[level].en,
  verdictName: (verdict) => (verdict === "合格" ? "Pass (合格)" : "Fail (不合格)"),
  count: "Units",
  passed: "Passed",
  passRate: "Pass rate",
  mean: "Mean",
  weakCaption: "Items most units lose points on (top 5)",
  refusedCaption: (count) => `Files not rolled up (${count})`,
  undecidedCaption: (count) => `Check which evaluation is final (${count})`,
  clear: "Clear",
  write: "Write to workbook",
  writing: "Writing the roll-up sheets…",
  written: (sheets) => `Written: ${sheets}.`,
  skipped: (features) => `Not drawn here: ${features} (the figures and formulas are not affected).`,
  download: "Download roll-up .xlsx",
  downloading: "Building the roll-up workbook…",
  downloaded: (file) => `Downloaded ${file}.`,
  needsUnits: "Read at least one file that can be rolled up to write or download.",
  noWrite: "This Excel cannot write the roll-up sheets.",
  failed: "Roll-up failed",
};

export const ROLLUP_STRINGS = { "zh-CN": rollupZhCN, "en-US": rollupEnUS } as const;
