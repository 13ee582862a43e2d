/**
 * The one table of words for codes, in Chinese and English: statuses, award levels, kinds of input and JSON
 * types, and what a migration entry is. The messages (messages.ts, editionMessages.ts) and the workbook's
 * dropdowns (layout/labels.ts) all take their words from here, so a status or a level is named the same way in a
 * cell, an error and a listing. Codes never reach a user: an unknown code falls back to itself, quoted by the
 * caller.
 */
import type { AwardLevel } from "../standard";
import type { ItemStatus } from "./evaluation";
import type { MigrationWhat } from "./migrate";

/** A word or phrase in both languages. */
export type Bilingual = readonly [zh: string, en: string];

/** Which side of a {@link Bilingual}: 0 Chinese, 1 English. */
export type Side = 0 | 1;

/** The side for a Chinese (true) or English (false) line. */
export const sideOf = (zh: boolean): Side => (zh ? 0 : 1);

/**
 * A code's word on one side of a table; the code itself when the table has none (a value found in a file is
 * shown as found, never as "undefined").
 */
export function word(table: Readonly<Record<string, Bilingual>>, code: string, k: Side): string {
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code]![k] : code;
}

/**
 * An item's status as the workbook's 状态 dropdown shows it (7.2: 不适用 scores full marks, 应有未有 scores 0),
 * with its English. The Chinese side is matched exactly by the workbook's formulas and the reader.
 */
export const STATUS_LABELS: Readonly<Record<ItemStatus, Bilingual>> = {
  normal: ["正常评分", "scored normally"],
  na: ["不适用（满分）", "not applicable (full marks)"],
  absent: ["应有未有（0分）", "required but missing (0)"],
};

/** A status's short name, for lists of experts' statuses and `gridscore migrate`'s listing. */
export const STATUS_NAMES: Readonly<Record<ItemStatus, Bilingual>> = {
  normal: ["正常评分", "normal"],
  na: ["不适用", "not applicable"],
  absent: ["应有未有", "required but missing"],
};

/**
 * A level of A.7.3 (brand) and A.7.4 (benefit) as the workbook's dropdown shows it, with the points it scores.
 * The Chinese side is matched exactly by the workbook's formulas and the reader.
 */
export const LEVEL_LABELS: Readonly<Record<AwardLevel, Bilingual>> = {
  national: ["国家级（10分）", "national (10 points)"],
  provincial: ["省级（5分）", "provincial (5 points)"],
  municipal: ["地（市）级（3分）", "prefecture-level (3 points)"],
  significant: ["社会效益显著提高（10分）", "significantly better social benefit (10 points)"],
  over10: [
    "比实行标准化以前提高10%以上（5分）",
    "over 10% better than before standardization (5 points)",
  ],
  over5: [
    "比实行标准化以前提高5%以上（3分）",
    "over 5% better than before standardization (3 points)",
  ],
  none: ["无（0分）", "none (0)"],
};

/** A level's short name, for listings where the points are beside it or do not matter. */
export const LEVEL_NAMES: Readonly<Record<AwardLevel, Bilingual>> = {
  national: ["国家级", "national"],
  provincial: ["省级", "provincial"],
  municipal: ["地（市）级", "prefecture-level"],
  significant: ["显著提高", "significantly better"],
  over10: ["提高10%以上", "over 10% better"],
  over5: ["提高5%以上", "over 5% better"],
  none: ["无", "none"],
};

/**
 * What a place takes or holds, in words: the kinds of input a line or item takes (deduction, rate, percentage,
 * level, status, note), the JSON types the parsers and the JSON Schema name, and the parsers' own phrases.
 */
export const KIND_WORDS: Readonly<Record<string, Bilingual>> = {
  deduction: ["扣分", "a deduction"],
  rate: ["完成率（%）", "a completion rate (%)"],
  value: ["百分比（按档得分）", "a percentage (scored by tiers)"],
  tiered: ["百分比（按档得分）", "a percentage (scored by tiers)"],
  level: ["等级", "a level"],
  status: ["状态", "a status"],
  note: ["说明", "a note"],
  object: ["对象（{ … }）", "an object ({ … })"],
  array: ["数组（[ … ]）", "an array ([ … ])"],
  string: ["文本", "a text"],
  number: ["数字", "a number"],
  integer: ["整数", "a whole number"],
  boolean: ["true 或 false", "true or false"],
  null: ["null", "null"],
  "a value (required)": ["必填的值（此字段不能缺少）", "a value (required)"],
  "a text": ["文本", "a text"],
  "a name": ["姓名或名称（文本）", "a name (a text)"],
  "object of strings": ["各值均为文本的对象", "an object whose values are texts"],
  "string or number": ["文本或数字", "a text or a number"],
  "YYYY-MM-DD": [
    "日期，格式 YYYY-MM-DD（如 2026-12-01）",
    "a date as YYYY-MM-DD (e.g. 2026-12-01)",
  ],
};

/** What an entry of `gridscore migrate`'s listing carries (never the codes deduction, na, provincial…). */
export const MIGRATION_WHAT: Readonly<Record<MigrationWhat, Bilingual>> = {
  deduction: ["扣分", "deduction"],
  rate: ["完成率", "rate"],
  status: ["状态", "status"],
  value: ["百分比", "percentage"],
  level: ["等级", "level"],
  note: ["说明", "note"],
};
