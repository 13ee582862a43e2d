/**
 * What a consensus carries of the group that made it: the members (the merged experts, with the field, unit and
 * role their own workbooks' 评估组 sheets give), and the evaluation's own date (the experts' dates, never the
 * date of the merge).
 */
import type { EvaluationMeta } from "../engine";
import type { GroupMember } from "../layout/evaluationSheets";
import { parseDateText } from "../layout/evaluationSheets";

/** What an expert brings besides the scores (an ExpertInput has it). */
export interface ExpertSideInfo {
  readonly evaluator: string;
  readonly evaluation: { readonly meta: EvaluationMeta };
  /** The expert workbook's 评估组 rows, when it has any. */
  readonly group?: readonly GroupMember[];
}

/**
 * One member per merged expert, in merge order, each completed from the first 评估组 row (of any expert's
 * workbook) with the same name. Rows naming people who did not score are left out: the consensus lists who
 * scored.
 */
export function consensusGroup(experts: readonly ExpertSideInfo[]): GroupMember[] {
  const rows = experts.flatMap((e) => e.group ?? []);
  return experts.map((e) => {
    const name = e.evaluator.trim();
    const row = rows.find((m) => m.name.trim() === name);
    return {
      name,
      ...(row?.field ? { field: row.field } : {}),
      ...(row?.unit ? { unit: row.unit } : {}),
      ...(row?.role ? { role: row.role } : {}),
      ...(row?.source ? { source: row.source } : {}),
    };
  });
}

/**
 * The evaluation's date from the experts' own dates (YYYY-MM-DD): the one date, or "first 至 last" when they
 * differ; undefined when none is given.
 */
export function consensusDate(experts: readonly ExpertSideInfo[]): string | undefined {
  const dates = [
    ...new Set(
      experts
        .map((e) => (e.evaluation.meta.date ? parseDateText(e.evaluation.meta.date) : undefined))
        .filter((d): d is string => d !== undefined)
    ),
  ].sort();
  if (dates.length === 0) return undefined;
  return dates.length === 1 ? dates[0] : `${dates[0]} 至 ${dates[dates.length - 1]}`;
}

function mostCommon<T extends string>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v && v.trim()) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The consensus's meta: the organization and level most experts name, the evaluation's date, role expert; no
 * evaluator (the report names the group, whose leader signs).
 */
export function consensusMeta(experts: readonly ExpertSideInfo[]): EvaluationMeta {
  const organization = mostCommon(experts.map((e) => e.evaluation.meta.organization?.trim()));
  const level = mostCommon(experts.map((e) => e.evaluation.meta.level));
  const date = consensusDate(experts);
  return {
    ...(organization ? { organization } : {}),
    ...(level ? { level } : {}),
    ...(date ? { date } : {}),
    role: "expert",
  };
}
