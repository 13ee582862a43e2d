/**
 * Small builders that turn the transcription into ids ("A.t.i", "A.t.i.r"), so the tables read like the standard.
 */
import type {
  AwardTier,
  DeductionItemDef,
  LevelItemDef,
  LevelOption,
  LineDef,
  RateTier,
  TableDef,
  TableId,
  TierMeasure,
  TieredItemDef,
} from "./types";

/** A line before its id is known. */
export type LineDraft =
  | {
      kind: "deduction";
      requirement: string;
      rule: string;
      maxDeduction: number;
      group?: string;
      elements?: readonly string[];
    }
  | {
      kind: "rate";
      requirement: string;
      rule: string;
      maxDeduction: number;
      tiers: readonly RateTier[];
      belowAll: number;
    };

/** One requirement with one deduction rule. */
export function line(requirement: string, rule: string, maxDeduction: number): LineDraft {
  return { kind: "deduction", requirement, rule, maxDeduction };
}

/** "未达到一项扣N分" over named elements stays one line worth N × elements. */
export function elementsLine(
  requirement: string,
  rule: string,
  perElement: number,
  elements: readonly string[]
): LineDraft {
  return {
    kind: "deduction",
    requirement,
    rule,
    maxDeduction: perElement * elements.length,
    elements,
  };
}

/** "每缺一项扣N分" over a list: one line per sub-requirement, each worth N. */
export function eachLine(
  rule: string,
  perItem: number,
  requirements: readonly string[],
  group?: string
): LineDraft[] {
  return requirements.map((requirement) => ({
    kind: "deduction" as const,
    requirement,
    rule,
    maxDeduction: perItem,
    ...(group === undefined ? {} : { group }),
  }));
}

export type ItemDraft =
  | {
      kind: "deduction";
      number: string;
      title: string;
      cap: number;
      lines: LineDraft[];
      parentTitle?: string;
      note?: string;
    }
  | Omit<TieredItemDef, "id" | "tableId">
  | Omit<LevelItemDef, "id" | "tableId">;

/** A deduction item (7.3: its cap is the most that may be deducted). */
export function item(
  number: string,
  title: string,
  cap: number,
  lines: LineDraft[],
  extra: { parentTitle?: string; note?: string } = {}
): ItemDraft {
  return { kind: "deduction", number, title, cap, lines, ...extra };
}

/** A percentage item awarding points by tiers. */
export function tiered(
  number: string,
  title: string,
  cap: number,
  measure: TierMeasure,
  tiers: readonly AwardTier[],
  belowText?: string
): ItemDraft {
  return {
    kind: "tiered",
    number,
    title,
    cap,
    measure,
    tiers,
    ...(belowText === undefined ? {} : { belowText }),
  };
}

/** An item awarding points by a chosen level. */
export function levels(
  number: string,
  title: string,
  cap: number,
  options: readonly LevelOption[]
): ItemDraft {
  return { kind: "level", number, title, cap, options };
}

/** Assigns ids in the standard's order: items "A.t.i" (or "A.4.6.k" for split items), lines "…​.r". */
export function table(
  id: TableId,
  title: string,
  heading: string,
  declaredMax: number,
  scoreHeader: "得分" | "分值",
  drafts: readonly ItemDraft[]
): TableDef {
  const items = drafts.map((draft) => {
    const itemId = `${id}.${draft.number}`;
    if (draft.kind !== "deduction") return { ...draft, id: itemId, tableId: id };
    const lines: LineDef[] = draft.lines.map((l, index) => ({
      ...l,
      id: `${itemId}.${index + 1}`,
    }));
    const built: DeductionItemDef = { ...draft, id: itemId, tableId: id, lines };
    return built;
  });
  return { id, title, heading, declaredMax, scoreHeader, items };
}
