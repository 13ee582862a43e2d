/**
 * The Chinese words the workbook shows for codes (status, levels, roles), and their way back to codes.
 */
import { LEVELS, ROLES } from "../standard";
import type { AwardLevel, Level, LevelItemDef, Role } from "../standard";
import { LEVEL_LABELS as LEVEL_WORDS, STATUS_LABELS as STATUS_WORDS } from "../engine";
import type { Bilingual, ItemStatus } from "../engine";

function chinese<K extends string>(
  table: Readonly<Record<K, Bilingual>>
): Readonly<Record<K, string>> {
  return Object.fromEntries(Object.entries<Bilingual>(table).map(([k, v]) => [k, v[0]])) as Record<
    K,
    string
  >;
}

/** An item's status as its dropdown shows it (the Chinese of the engine's one word table). */
export const STATUS_LABELS: Readonly<Record<ItemStatus, string>> = chinese(STATUS_WORDS);

/** Short dropdown labels for the level items (the full sentences of the standard stand in the requirement column). */
export const LEVEL_LABELS: Readonly<Record<AwardLevel, string>> = chinese(LEVEL_WORDS);

/** The dropdown options of a level item, in the standard's order. */
export function levelOptions(item: LevelItemDef): string[] {
  return item.options.map((o) => LEVEL_LABELS[o.level]);
}

/**
 * A status from what a cell holds: its label or blank (normal, and only an empty cell is blank: spaces are not);
 * undefined otherwise. Only the labels count,
 * exactly as the workbook's formulas count them, so the reader and the formulas never disagree.
 */
export function statusFromCell(text: string): ItemStatus | undefined {
  if (text === "") return "normal";
  for (const [code, label] of Object.entries(STATUS_LABELS) as [ItemStatus, string][])
    if (text === label) return code;
  return undefined;
}

/** A level code from a cell's label (as the formulas match it); undefined when unrecognised. */
export function levelFromCell(item: LevelItemDef, text: string): AwardLevel | undefined {
  for (const o of item.options) if (text === LEVEL_LABELS[o.level]) return o.level;
  return undefined;
}

export const LEVEL_NAMES: readonly string[] = Object.values(LEVELS).map((l) => l.zh);
export const ROLE_NAMES: readonly string[] = Object.values(ROLES).map((r) => r.zh);

/** The level code for its Chinese name (or the code itself). */
export function levelCodeFromCell(text: string): Level | undefined {
  const t = text.trim();
  for (const [code, l] of Object.entries(LEVELS) as [Level, { zh: string }][])
    if (t === l.zh || t === code) return code;
  return undefined;
}

/** The role code for its Chinese name (or the code itself). */
export function roleCodeFromCell(text: string): Role | undefined {
  const t = text.trim();
  for (const [code, r] of Object.entries(ROLES) as [Role, { zh: string }][])
    if (t === r.zh || t === code) return code;
  return undefined;
}

/** Prefixes of the check column, counted by the summary with COUNTIF(…,"错误*"). */
export const CHECK_ERROR = "错误：";
export const CHECK_WARNING = "提示：";
