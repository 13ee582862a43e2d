/**
 * The standard as the engine holds it: Appendix A (loaded from the edition files in ./editions), its computed maxima,
 * lookups and the template fingerprint.
 */
import { templateFingerprintOf } from "./edition";
import { STANDARD, editionOf } from "./registry";
import type { ItemDef, LineDef, StandardDef, TableDef, TableId } from "./types";

export * from "./types";
export { sha256Hex, sha256Text } from "./sha256";
export { EDITION_FORMAT, editionFromFile, templateFingerprintOf } from "./edition";
export type {
  Edition,
  EditionFile,
  EditionItem,
  EditionLine,
  EditionTable,
  TranscriptionNote,
} from "./edition";
/**
 * `STANDARD` is the active edition's definition (the built-in T/CSSG 001.5-2020 unless `--standard` or a
 * workbook's record chose another): a live binding, see ./registry.
 */
export {
  BUILT_IN_EDITION,
  BUILT_IN_FINGERPRINT,
  STANDARD,
  activeEdition,
  addEdition,
  editionByFingerprint,
  editionOf,
  knownEditions,
  pickEdition,
  pickedEdition,
  resetEditions,
  activateEdition,
} from "./registry";

export const TABLE_IDS: readonly TableId[] = ["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7"];

/** The maximum a table can really score: the sum of its items' caps (A.4: 115, though it declares 120). */
export function computedMax(table: TableDef): number {
  return table.items.reduce((sum, item) => sum + item.cap, 0);
}

/** The maximum the whole sheet can really score (495, though 8.2 declares 500). */
export function computedTotal(standard: StandardDef = STANDARD): number {
  return standard.tables.reduce((sum, t) => sum + computedMax(t), 0);
}

/** One line, per language, that explains a declared/computed gap wherever maxima are shown. */
export function maxGapNote(
  table: TableDef,
  locale: "zh-CN" | "en-US" = "zh-CN"
): string | undefined {
  const max = computedMax(table);
  if (max === table.declaredMax) return undefined;
  return locale === "zh-CN"
    ? `注：表${table.id}标注${table.declaredMax}分，但其各评价内容分值之和为${max}分；本表按${max}分计算，标准原文未作更正。`
    : `Note: table ${table.id} declares ${table.declaredMax} points but its items add up to ${max}; scores use ${max}, as the standard itself was never corrected.`;
}

/** The same gap for the whole sheet (8.2 declares 500), naming each table whose items miss its declared figure. */
export function totalGapNote(
  standard: StandardDef = STANDARD,
  locale: "zh-CN" | "en-US" = "zh-CN"
): string | undefined {
  const total = computedTotal(standard);
  if (total === standard.declaredTotal) return undefined;
  const gaps = standard.tables.filter((t) => computedMax(t) !== t.declaredMax);
  const zhGaps = gaps.map((t) => `表${t.id}标注${t.declaredMax}分，各项之和${computedMax(t)}分`);
  const enGaps = gaps.map(
    (t) => `table ${t.id} declares ${t.declaredMax}, its items ${computedMax(t)}`
  );
  return locale === "zh-CN"
    ? `注：8.2规定满分${standard.declaredTotal}分，附录A各项分值之和为${total}分${zhGaps.length ? `（${zhGaps.join("；")}）` : ""}；合格线仍为${standard.passMark}分（8.3）。`
    : `Note: 8.2 declares ${standard.declaredTotal} points but Appendix A's items add up to ${total}${enGaps.length ? ` (${enGaps.join("; ")})` : ""}; the pass mark stays ${standard.passMark} (8.3).`;
}

export interface StandardIndex {
  readonly items: ReadonlyMap<string, ItemDef>;
  readonly lines: ReadonlyMap<string, { readonly line: LineDef; readonly item: ItemDef }>;
  readonly tables: ReadonlyMap<TableId, TableDef>;
}

const indexCache = new WeakMap<StandardDef, StandardIndex>();

/** Id lookups built once per definition, so validation of a paste costs map hits, not scans. */
export function indexStandard(standard: StandardDef = STANDARD): StandardIndex {
  const cached = indexCache.get(standard);
  if (cached) return cached;
  const items = new Map<string, ItemDef>();
  const lines = new Map<string, { line: LineDef; item: ItemDef }>();
  const tables = new Map<TableId, TableDef>();
  for (const table of standard.tables) {
    tables.set(table.id, table);
    for (const item of table.items) {
      items.set(item.id, item);
      if (item.kind === "deduction")
        for (const line of item.lines) lines.set(line.id, { line, item });
    }
  }
  const index = { items, lines, tables };
  indexCache.set(standard, index);
  return index;
}

/** All items in the standard's order. */
export function allItems(standard: StandardDef = STANDARD): ItemDef[] {
  return standard.tables.flatMap((t) => [...t.items]);
}

/** A hash of the whole definition: two workbooks with the same fingerprint were made from the same template. */
export function templateFingerprint(standard: StandardDef = STANDARD): string {
  // A known edition's definition has its fingerprint already (the built-in one's is written down).
  return editionOf(standard)?.fingerprint ?? templateFingerprintOf(standard);
}

/** The four levels of section 1. */
export const LEVELS = {
  city: { zh: "省辖市", en: "City (provincial-administered)" },
  county: { zh: "县（市、区）", en: "County (city, district)" },
  township: { zh: "乡（镇、街道）", en: "Township (town, subdistrict)" },
  village: { zh: "村（社区/居）", en: "Village (community)" },
} as const;
export type Level = keyof typeof LEVELS;

export const ROLES = {
  expert: { zh: "评估专家", en: "Expert evaluator" },
  self: { zh: "自我评价", en: "Self-evaluation" },
} as const;
export type Role = keyof typeof ROLES;
