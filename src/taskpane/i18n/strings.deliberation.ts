/**
 * The Merge view's words for the group's deliberation (issue 12): agreement, deviations, outliers and the agreed
 * score form, in zh-CN and en-US.
 */

/** The deliberation part of the Merge view. */
export interface DeliberationStrings {
  /** "评估组一致性" */
  readonly agreement: string;
  readonly alphaUnknown: string;
  /** "评估组一致性：Krippendorff α = 0.85（α ≥ 0.8，一致性良好）" */
  readonly agreementLine: (alpha: string, reading: string) => string;
  /** Krippendorff's thresholds read for the group: α ≥ 0.8, 0.667 ≤ α < 0.8, below, undefined. */
  readonly deviationsCaption: string;
  readonly expert: string;
  readonly total: string;
  readonly deviation: string;
  readonly mark: string;
  /** The mark of an expert beyond the limit. */
  readonly needsExplanation: (limit: string) => string;
  readonly outliers: string;
  readonly resolved: (method: string, agreed: string) => string;
  readonly reasonShown: string;
  readonly dissentShown: string;
  readonly formHeading: (itemId: string) => string;
  readonly agreedScore: (cap: string) => string;
  readonly reason: string;
  readonly dissent: string;
  readonly record: string;
  readonly clear: string;
  readonly recorded: (itemId: string) => string;
  readonly written: (itemId: string, sheet: string) => string;
  readonly needsNumber: string;
  /** The deviation limit field (percent; 30 by default). */
  readonly limit: string;
  readonly limitHint: string;
  readonly limitInvalid: string;
}

export const deliberationZhCN: DeliberationStrings = {
  agreement: "评估组一致性",
  alphaUnknown: "无法计算",
  agreementLine: (alpha, reading) => `评估组一致性：Krippendorff α = ${alpha}（${reading}）`,
  deviationsCaption: "各专家总分偏离全组平均总分",
  expert: "专家",
  total: "总分",
  deviation: "偏离均值",
  mark: "标记",
  needsExplanation: (limit) => `超过±${limit}%，须书面说明`,
  outliers: "畸高畸低",
  resolved: (method, agreed) => `方法结果 ${method} → 评议后得分 ${agreed}`,
  reasonShown: "评议理由",
  dissentShown: "不同意见",
  formHeading: (itemId) => `${itemId} 的评议结果`,
  agreedScore: (cap) => `评议后得分（0–${cap}，留空按方法结果计）`,
  reason: "评议理由",
  dissent: "不同意见（持不同意见成员的姓名和理由）",
  record: "记录评议结果",
  clear: "清除",
  recorded: (itemId) => `已记录 ${itemId} 的评议结果。`,
  written: (itemId, sheet) => `已把 ${itemId} 的评议结果写入工作表“${sheet}”。`,
  needsNumber: "评议后得分须为数字（最多两位小数）。",
  limit: "偏离限值（%）",
  limitHint: "专家总分偏离全组平均总分超过此百分比的，须书面说明（恰好等于不算超过）。默认 30。",
  limitInvalid: "请填写大于 0、不超过 100 的百分数（最多两位小数）；仍按上一个有效值计算。",
};

export const deliberationEnUS: DeliberationStrings = {
  agreement: "Group agreement",
  alphaUnknown: "undefined",
  agreementLine: (alpha, reading) => `Group agreement: Krippendorff's α = ${alpha} (${reading})`,
  deviationsCaption: "Each expert's total against the group's mean total",
  expert: "Expert",
  total: "Total",
  deviation: "Deviation",
  mark: "Mark",
  needsExplanation: (limit) => `beyond ±${limit}%: explain in writing`,
  outliers: "Abnormally high or low",
  resolved: (method, agreed) => `method result ${method} → agreed score ${agreed}`,
  reasonShown: "Reason",
  dissentShown: "Dissent",
  formHeading: (itemId) => `The group's decision on ${itemId}`,
  agreedScore: (cap) => `Agreed score (0–${cap}; blank keeps the method's result)`,
  reason: "Reason",
  dissent: "Dissent (the member's name and reason)",
  record: "Record the decision",
  clear: "Clear",
  recorded: (itemId) => `Recorded the decision on ${itemId}.`,
  written: (itemId, sheet) => `Wrote the decision on ${itemId} into the sheet ${sheet}.`,
  needsNumber: "The agreed score must be a number (at most 2 decimals).",
  limit: "Deviation limit (%)",
  limitHint:
    "An expert whose total deviates from the group's mean total by more than this explains it in writing (exactly the limit is not beyond it). 30 by default.",
  limitInvalid:
    "Enter a percent above 0 and at most 100 (at most 2 decimals); the last valid one still applies.",
};
