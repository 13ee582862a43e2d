/**
 * The words for a consensus workbook's formula cells in the tamper messages (src/merge/consensusTamper.ts names
 * them "ConsensusItem:A1.1", "ConsensusExpertTotal:张三", "ConsensusTotal"…), in Chinese and English.
 */

/** [zh, en] per cell kind; {x} is the item id or the expert's name after the colon. */
const CELLS: Readonly<Record<string, readonly [string, string]>> = {
  ConsensusMethod: ["{x} 的方法结果（共识表）", "item {x}'s method result (consensus sheet)"],
  ConsensusItem: ["{x} 的共识得分（共识表）", "item {x}'s consensus score (consensus sheet)"],
  ConsensusMin: ["{x} 的最低分（共识表）", "item {x}'s lowest score (consensus sheet)"],
  ConsensusMax: ["{x} 的最高分（共识表）", "item {x}'s highest score (consensus sheet)"],
  ConsensusSpread: ["{x} 的极差（共识表）", "item {x}'s spread (consensus sheet)"],
  ConsensusFlag: ["{x} 的分歧标记（共识表）", "item {x}'s discussion flag (consensus sheet)"],
  ConsensusOutliers: ["{x} 的畸高畸低（共识表）", "item {x}'s outliers (consensus sheet)"],
  ConsensusCheck: ["{x} 的评议检查（共识表）", "item {x}'s review check (consensus sheet)"],
  ConsensusTotal: ["共识总分（共识汇总页）", "the consensus total (consensus summary)"],
  ConsensusVerdict: ["共识评价结果（共识汇总页）", "the consensus verdict (consensus summary)"],
  ConsensusDiscuss: [
    "需讨论项目数（共识汇总页）",
    "the count of items to discuss (consensus summary)",
  ],
  ConsensusReviewErrors: [
    "评议错误数（共识汇总页）",
    "the count of review errors (consensus summary)",
  ],
  ConsensusFinalVerdict: ["结论（定稿）（共识汇总页）", "the final verdict (consensus summary)"],
  ConsensusLimitCheck: [
    "偏离限值提示（共识汇总页）",
    "the deviation limit's check (consensus summary)",
  ],
  ConsensusExpertTotal: ["专家 {x} 的总分（共识汇总页）", "expert {x}'s total (consensus summary)"],
  ConsensusExpertVerdict: [
    "专家 {x} 的结论（共识汇总页）",
    "expert {x}'s verdict (consensus summary)",
  ],
  ConsensusDeviation: [
    "专家 {x} 的偏离（共识汇总页）",
    "expert {x}'s deviation (consensus summary)",
  ],
  ConsensusNeedsExplanation: [
    "专家 {x} 的须书面说明标记（共识汇总页）",
    "expert {x}'s needs-explanation mark (consensus summary)",
  ],
  ConsensusFormula: ["共识工作簿的公式单元格", "a formula cell of the consensus workbook"],
};

/** The words for a consensus cell's name, or undefined for any other name. */
export function consensusCellWords(name: string, zh: boolean): string | undefined {
  const colon = name.indexOf(":");
  const kind = colon < 0 ? name : name.slice(0, colon);
  const words = Object.prototype.hasOwnProperty.call(CELLS, kind) ? CELLS[kind] : undefined;
  return words?.[zh ? 0 : 1].replace("{x}", colon < 0 ? "" : name.slice(colon + 1));
}

/** What to do about a consensus workbook's overwritten or changed formula. */
export function consensusRemedy(zh: boolean): string {
  return zh
    ? "；该工作簿显示的分数和结论不可信，已拒绝。请恢复该单元格的公式（可从用 gridscore merge 新生成的共识工作簿复制），或用 gridscore merge 由各专家评分表重新生成共识工作簿（评议后得分、评议理由和书面说明须重新填写）"
    : "; the scores and verdict the workbook shows cannot be trusted, so it is refused. Restore the cell's formula (copy it from a consensus workbook made anew with gridscore merge), or make the consensus again with gridscore merge from the experts' scoresheets (then enter the agreed scores, reasons and explanations again)";
}
