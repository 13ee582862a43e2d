/**
 * An edition file (`gridscore-edition/1`, README: Editions) turned into the definition the engine and the layout
 * use. Pure data, no I/O and no validator: the built-in edition is checked by the tests, a file given with
 * `--standard` by {@link ../standard/validateEdition} before it gets here.
 *
 * The definition is rebuilt key by key in one fixed order, whatever the order in the file, because the template
 * fingerprint hashes its JSON text (workbooks in circulation carry it; the built-in edition's must never change).
 */
import { sha256Text } from "./sha256";
import type {
  AwardTier,
  ItemDef,
  LevelOption,
  LineDef,
  RateTier,
  StandardDef,
  TableDef,
  TableId,
  TierMeasure,
} from "./types";

export const EDITION_FORMAT = "gridscore-edition/1";

/** A line as written in an edition file. */
export type EditionLine =
  | {
      readonly id: string;
      readonly kind: "deduction";
      readonly group?: string;
      readonly requirement: string;
      readonly rule: string;
      readonly maxDeduction: number;
      readonly elements?: readonly string[];
    }
  | {
      readonly id: string;
      readonly kind: "rate";
      readonly requirement: string;
      readonly rule: string;
      readonly maxDeduction: number;
      readonly tiers: readonly RateTier[];
      readonly belowAll: number;
    };

interface EditionItemHead {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly cap: number;
}

/** An item as written in an edition file (its table is the table it sits in). */
export type EditionItem =
  | (EditionItemHead & {
      readonly kind: "deduction";
      readonly parentTitle?: string;
      readonly note?: string;
      readonly lines: readonly EditionLine[];
    })
  | (EditionItemHead & {
      readonly kind: "tiered";
      readonly measure: TierMeasure;
      readonly tiers: readonly AwardTier[];
      readonly belowText?: string;
    })
  | (EditionItemHead & { readonly kind: "level"; readonly options: readonly LevelOption[] });

export interface EditionTable {
  readonly id: TableId;
  readonly title: string;
  readonly heading: string;
  readonly declaredMax: number;
  readonly scoreHeader: "得分" | "分值";
  readonly items: readonly EditionItem[];
}

/** A transcription judgement, at a table, item or line id. */
export interface TranscriptionNote {
  readonly at: string;
  readonly text: string;
}

/** An edition file, as edition.schema.json describes it. */
export interface EditionFile {
  readonly $schema?: string;
  readonly format: typeof EDITION_FORMAT;
  /** A short key naming the edition ("t-cssg-001.5-2020"); recorded in every workbook. */
  readonly edition: string;
  readonly id: string;
  readonly title: string;
  /** Version of this transcription; bump whenever any text or number changes. */
  readonly version: string;
  /** The scoresheet the file transcribes ("附录A 标准体系评价确认评分表"). */
  readonly scoresheet: string;
  readonly declaredTotal: number;
  readonly passMark: number;
  readonly transcription: {
    readonly source: string;
    readonly conventions: readonly string[];
    readonly notes: readonly TranscriptionNote[];
  };
  readonly tables: readonly EditionTable[];
}

/** One edition as the program holds it: the definition, its fingerprint and where it came from. */
export interface Edition {
  readonly key: string;
  readonly scoresheet: string;
  readonly standard: StandardDef;
  /** {@link templateFingerprintOf} of `standard`: what workbooks record. */
  readonly fingerprint: string;
  readonly transcription: EditionFile["transcription"];
  /** The file it was loaded from; undefined for the built-in edition. */
  readonly file?: string;
}

/** A hash of the whole definition: two workbooks with the same fingerprint were made from the same template. */
export function templateFingerprintOf(standard: StandardDef): string {
  return sha256Text(JSON.stringify(standard)).slice(0, 16);
}

function lineDef(line: EditionLine): LineDef {
  const { id, requirement, rule, maxDeduction } = line;
  if (line.kind === "rate")
    return {
      kind: "rate",
      requirement,
      rule,
      maxDeduction,
      tiers: line.tiers.map((t) => ({ min: t.min, deduction: t.deduction })),
      belowAll: line.belowAll,
      id,
    };
  return {
    kind: "deduction",
    requirement,
    rule,
    maxDeduction,
    ...(line.group === undefined ? {} : { group: line.group }),
    ...(line.elements === undefined ? {} : { elements: [...line.elements] }),
    id,
  };
}

function itemDef(item: EditionItem, tableId: TableId): ItemDef {
  const { id, number, title, cap } = item;
  switch (item.kind) {
    case "deduction":
      return {
        kind: "deduction",
        number,
        title,
        cap,
        lines: item.lines.map(lineDef),
        ...(item.parentTitle === undefined ? {} : { parentTitle: item.parentTitle }),
        ...(item.note === undefined ? {} : { note: item.note }),
        id,
        tableId,
      };
    case "tiered":
      return {
        kind: "tiered",
        number,
        title,
        cap,
        measure: item.measure,
        tiers: item.tiers.map((t) => ({ min: t.min, points: t.points, text: t.text })),
        ...(item.belowText === undefined ? {} : { belowText: item.belowText }),
        id,
        tableId,
      };
    case "level":
      return {
        kind: "level",
        number,
        title,
        cap,
        options: item.options.map((o) => ({
          level: o.level,
          points: o.points,
          text: o.text,
          fromStandard: o.fromStandard,
        })),
        id,
        tableId,
      };
  }
}

function tableDef(table: EditionTable): TableDef {
  return {
    id: table.id,
    title: table.title,
    heading: table.heading,
    declaredMax: table.declaredMax,
    scoreHeader: table.scoreHeader,
    items: table.items.map((item) => itemDef(item, table.id)),
  };
}

/**
 * The definition of an edition file that has passed its schema (the file's key order does not matter; keys the
 * definition does not hold, such as `$schema` and `transcription`, are left out of it and of the fingerprint).
 * `fingerprint`, when given, is taken as {@link templateFingerprintOf} of the definition without hashing it
 * again: only the built-in edition passes one, written down and recomputed by its test.
 */
export function editionFromFile(file: EditionFile, path?: string, fingerprint?: string): Edition {
  const standard: StandardDef = {
    version: file.version,
    id: file.id,
    title: file.title,
    declaredTotal: file.declaredTotal,
    passMark: file.passMark,
    tables: file.tables.map(tableDef),
  };
  return {
    key: file.edition,
    scoresheet: file.scoresheet,
    standard,
    fingerprint: fingerprint ?? templateFingerprintOf(standard),
    transcription: file.transcription,
    ...(path === undefined ? {} : { file: path }),
  };
}
