/**
 * The report (评估报告 / 自我评价报告) as plain data: what the sheet and the Word writer both render.
 */
import type { EvaluationMeta, ItemStatus, ScoreReport, Verdict } from "../engine";
import type { TableId } from "../standard";
import type {
  EligibilityInput,
  EligibilityResult,
  GroupMember,
  GroupWarning,
  ProcedureStep,
} from "../layout/evaluationSheets";

/** One evaluator's note on an item (or on one of its lines). */
export interface ReportNote {
  readonly evaluator: string;
  readonly lineId?: string;
  readonly note: string;
}

/**
 * What a report is made from: one evaluation, or a consensus of several (then the notes of every expert,
 * the per-line deductions agreed, and the items the group must discuss).
 */
export interface ReportInput {
  readonly meta: EvaluationMeta;
  readonly report: ScoreReport;
  readonly notesByItem: ReadonlyMap<string, readonly ReportNote[]>;
  /** Items to list first (e.g. where the experts disagree). */
  readonly flaggedItems?: readonly string[];
  /** Deduction per line id, to show which requirements lost points; without it, lines with notes are shown. */
  readonly lineDeductions?: ReadonlyMap<string, number>;
  /**
   * A consensus (no per-line deductions): per item id, the lines some expert lost points on. Only these lines are
   * listed; without it (an older consensus workbook), lines with notes are shown.
   */
  readonly lostLines?: ReadonlyMap<string, readonly string[]>;
  /**
   * A consensus: per item id, its exact score as a fraction ("13/3"); `report.items` carry the shown (rounded)
   * scores. Totals of points lost are added from these and rounded once (README: Numbers).
   */
  readonly exactScores?: ReadonlyMap<string, string>;
  /** Who decided each 不适用 (7.2: 经评估小组界定); defaults to the evaluator of meta. */
  readonly naDecidedBy?: ReadonlyMap<string, readonly string[]>;
  readonly eligibility?: EligibilityInput;
  readonly group?: readonly GroupMember[];
  readonly procedure?: readonly ProcedureStep[];
  /** For a report of a consensus: how it was reached (method, experts, where they differed, rounding). */
  readonly consensus?: ConsensusFacts;
}

/** What a consensus report says about how the figures were reached. */
export interface ConsensusFacts {
  /** "去掉一个最高分和一个最低分后平均" (and the fallback when fewer than 5 experts). */
  readonly method: string;
  readonly experts: readonly string[];
  /** One line per item the experts differed on: "A.1.1：最低 4（专家丙），最高 5（专家甲、专家乙）". */
  readonly differences: readonly string[];
  /** The rounding note when rounded subtotals do not add up to the rounded total, or the total is rounded. */
  readonly roundingNote?: string;
  /** The group's agreement: "评估组一致性 Krippendorff α = 0.85（区间尺度，43项、5位专家）：α ≥ 0.8，一致性良好". */
  readonly agreement?: string;
  /**
   * Every item the group settled by deliberation (6.6; issue 12):
   * "A.1.2：共识方法结果 8.2分 → 评议后得分 9分（评议理由：…）".
   */
  readonly resolutions?: readonly string[];
  /** Every dissent recorded (不同意见): "A.1.2：乙：佐证已补充，应维持原分". */
  readonly dissents?: readonly string[];
  /**
   * The experts whose total deviates from the group's mean beyond the limit, who explain in writing:
   * "丁（总分390分，偏离均值+30.17%，超过±30%）：书面说明：…" (or "未提交书面说明").
   */
  readonly explanations?: readonly string[];
}

export type ReportKind = "expert" | "self";

export interface SuggestionLine {
  readonly lineId: string;
  readonly requirement: string;
  readonly rule: string;
  /** The deduction of the line when known. */
  readonly deduction?: number;
}

/** An item that lost points: what the standard requires, its rule, what was lost and why. */
export interface Suggestion {
  readonly itemId: string;
  readonly tableId: TableId;
  /** "2、组织机构图有职责划分" */
  readonly title: string;
  readonly cap: number;
  readonly score: number;
  /** cap − the score as shown: what the report prints for the item. */
  readonly pointsLost: number;
  /** The exact points lost as a fraction ("2/3"): what totals of points lost are added from. */
  readonly exactLost: string;
  /** The requirements concerned, each with its rule (for A.7's tiered and level items: the tiers). */
  readonly lines: readonly SuggestionLine[];
  readonly notes: readonly ReportNote[];
  readonly flagged: boolean;
}

export interface SuggestionGroup {
  readonly tableId: TableId;
  readonly title: string;
  readonly items: readonly Suggestion[];
}

export interface StatusItem {
  readonly itemId: string;
  readonly tableId: TableId;
  readonly title: string;
  readonly cap: number;
  readonly status: Exclude<ItemStatus, "normal">;
  /** For 不适用: who decided (7.2). */
  readonly decidedBy: readonly string[];
  readonly notes: readonly ReportNote[];
}

export interface SubtotalRow {
  readonly tableId: TableId;
  readonly title: string;
  readonly score: number;
  readonly max: number;
  readonly declaredMax: number;
  readonly note?: string;
}

/** For a self-evaluation: may the unit apply for evaluation (score ≥ pass mark and section 5 met)? */
export type Application =
  | { readonly verdict: "may-apply"; readonly text: string }
  | {
      readonly verdict: "may-not-apply";
      readonly text: string;
      readonly reasons: readonly string[];
    };

export interface ReportModel {
  readonly kind: ReportKind;
  /** 评估报告 or 自我评价报告 */
  readonly title: string;
  /** "依据 T/CSSG 001.5-2020 / T/CA 007.5-2020《…》" */
  readonly basis: string;
  readonly organization: string;
  readonly level: string;
  readonly evaluator: string;
  readonly date: string;
  readonly dates: readonly { readonly label: string; readonly value: string }[];
  readonly group?: {
    readonly members: readonly GroupMember[];
    readonly warnings: readonly GroupWarning[];
    readonly check: string;
  };
  readonly procedure?: readonly ProcedureStep[];
  readonly consensus?: ConsensusFacts;
  readonly total: number;
  readonly max: number;
  readonly declaredMax: number;
  readonly passMark: number;
  readonly pass: boolean;
  readonly verdict: Verdict;
  /** "总分 435 分（满分 495 分，标注 500 分），合格线 300 分，评价结果：合格" */
  readonly verdictText: string;
  readonly subtotals: readonly SubtotalRow[];
  readonly totalNote?: string;
  readonly flagged: readonly Suggestion[];
  readonly suggestions: readonly SuggestionGroup[];
  readonly absent: readonly StatusItem[];
  readonly notApplicable: readonly StatusItem[];
  readonly eligibility?: EligibilityResult;
  readonly application?: Application;
  /** When the scores carry errors, the report says its result is provisional. */
  readonly scoreErrors: number;
  /** "合格" / "不合格", or "结论待定：有 N 个错误" while the scores carry errors (never final then). */
  readonly verdictShown: string;
  readonly signatures: { readonly leader: string; readonly members: readonly string[] };
}
