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
 * One member per merged expert, each completed from the first 评估组 row (of any expert's workbook) with the same
 * name. The leader comes first, then the members in the order of those rows (a copy made from the plan has them
 * in the plan's order), then anyone no row names, in merge order. Rows naming people who did not score are left
 * out: the consensus lists who scored.
 */
export function consensusGroup(experts: readonly ExpertSideInfo[]): GroupMember[] {
  const rows = experts.flatMap((e) => e.group ?? []);
  const members = experts.map((e, i) => {
    const name = e.evaluator.trim();
    const at = rows.findIndex((m) => m.name.trim() === name);
    const row = at >= 0 ? rows[at] : undefined;
    const member: GroupMember = {
      name,
      ...(row?.field ? { field: row.field } : {}),
      ...(row?.unit ? { unit: row.unit } : {}),
      ...(row?.role ? { role: row.role } : {}),
      ...(row?.source ? { source: row.source } : {}),
    };
    return { member, key: [row?.role === "leader" ? 0 : 1, at >= 0 ? at : rows.length, i] };
  });
  const cmp = (a: readonly number[], b: readonly number[]): number =>
    a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  return members.sort((a, b) => cmp(a.key, b.key)).map((m) => m.member);
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
