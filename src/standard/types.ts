/**
 * Types of the Appendix A definition (标准体系评价确认评分表). Plain data: no behaviour, no I/O.
 */

export type TableId = "A.1" | "A.2" | "A.3" | "A.4" | "A.5" | "A.6" | "A.7";

/** A requirement line whose deduction the evaluator types (0 … maxDeduction). */
export interface DeductionLineDef {
  readonly kind: "deduction";
  readonly id: string;
  /** 评价要求 of this line (for a split list: the sub-requirement as printed, e.g. "a) 单一部门工作程序"). */
  readonly requirement: string;
  /** The heading or list the line was split from, as printed (e.g. "有事项服务规程："), when there is one. */
  readonly group?: string;
  /** 扣分标准 as printed. */
  readonly rule: string;
  /** The most this line may deduct. */
  readonly maxDeduction: number;
  /** For "未达到一项扣N分" over named elements: the elements counted (max = N × elements). */
  readonly elements?: readonly string[];
}

/** One tier of a rate-tiered deduction: a rate ≥ min (以上 includes the number) deducts `deduction`. */
export interface RateTier {
  readonly min: number;
  readonly deduction: number;
}

/** The training-completion line (A.1.4.4): the evaluator types a completion rate %, the tier gives the deduction. */
export interface RateLineDef {
  readonly kind: "rate";
  readonly id: string;
  readonly requirement: string;
  readonly rule: string;
  readonly maxDeduction: number;
  /** Ordered from the highest min down; a rate below every min deducts `belowAll`. */
  readonly tiers: readonly RateTier[];
  readonly belowAll: number;
}

export type LineDef = DeductionLineDef | RateLineDef;

/** An item scored by deductions from its cap (7.3). */
export interface DeductionItemDef {
  readonly kind: "deduction";
  readonly id: string;
  readonly tableId: TableId;
  /** 评价内容 as printed, without its number ("标准化方针、目标"). */
  readonly title: string;
  /** The number the standard gives the item within its table ("1" … "10"). */
  readonly number: string;
  /** For the split A.4.6.x items: the 评价内容 they belong to. */
  readonly parentTitle?: string;
  readonly cap: number;
  readonly lines: readonly LineDef[];
  /** A transcription judgement worth showing to evaluators, when one was needed. */
  readonly note?: string;
}

/** One tier of an award: a value ≥ min (以上 includes the number) earns `points`. */
export interface AwardTier {
  readonly min: number;
  readonly points: number;
  /** The standard's sentence for the tier. */
  readonly text: string;
}

export type TierMeasure = "satisfaction" | "time-reduction";

/** A.7.1 / A.7.2: the evaluator types a percentage; the tier gives the points, below the lowest tier 0. */
export interface TieredItemDef {
  readonly kind: "tiered";
  readonly id: string;
  readonly tableId: TableId;
  readonly title: string;
  readonly number: string;
  readonly cap: number;
  readonly measure: TierMeasure;
  readonly tiers: readonly AwardTier[];
  /** The standard's sentence for the bottom (0 points), when it prints one. */
  readonly belowText?: string;
}

export type BrandLevel = "national" | "provincial" | "municipal" | "none";
export type BenefitLevel = "significant" | "over10" | "over5" | "none";
export type AwardLevel = BrandLevel | BenefitLevel;

export interface LevelOption {
  readonly level: AwardLevel;
  readonly points: number;
  /** The standard's sentence, or for "none" a label of ours (the standard prints no bottom row). */
  readonly text: string;
  readonly fromStandard: boolean;
}

/** A.7.3 / A.7.4: the evaluator picks a level. */
export interface LevelItemDef {
  readonly kind: "level";
  readonly id: string;
  readonly tableId: TableId;
  readonly title: string;
  readonly number: string;
  readonly cap: number;
  readonly options: readonly LevelOption[];
}

export type ItemDef = DeductionItemDef | TieredItemDef | LevelItemDef;

export interface TableDef {
  readonly id: TableId;
  /** 表 title as printed ("网格化治理标准化工作基本要求"). */
  readonly title: string;
  /** The 评价项目 heading of the table ("一、网格化服务管理标准化工作基本要求"). */
  readonly heading: string;
  /** The points the standard declares for the table ("(60 分)"). */
  readonly declaredMax: number;
  /** The score column's header as printed: 得分 (A.1–A.5) or 分值 (A.6, A.7). */
  readonly scoreHeader: "得分" | "分值";
  readonly items: readonly ItemDef[];
}

export interface StandardDef {
  /** Version of this transcription; bump whenever any text or number changes. */
  readonly version: string;
  readonly id: string;
  readonly title: string;
  /** 8.2: 满分 500 分. */
  readonly declaredTotal: number;
  /** 8.3: 总分大于或等于 300 分为合格. */
  readonly passMark: number;
  readonly tables: readonly TableDef[];
}
