/**
 * What the Merge view hands to the Report view: the latest consensus and the metadata a report of it carries.
 */
import type { EvaluationMeta } from "../engine";
import type { ExpertInput, MergeResult } from "../merge/consensus";

/** The latest consensus computed in the Merge view. */
export interface ConsensusSnapshot {
  readonly result: MergeResult;
  /** The organization, level and date the experts' scoresheets agree on (see consensusMeta). */
  readonly meta: EvaluationMeta;
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v && v.trim()) counts.set(v.trim(), (counts.get(v.trim()) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The report metadata of a consensus: the organization and level most experts name, the latest evaluation
 * date, role expert; no evaluator (the report names the group, whose leader signs).
 */
export function consensusMeta(experts: readonly ExpertInput[]): EvaluationMeta {
  const organization = mostCommon(experts.map((e) => e.evaluation.meta.organization));
  const level = mostCommon(experts.map((e) => e.evaluation.meta.level));
  const found = experts.find((e) => e.evaluation.meta.level === level)?.evaluation.meta.level;
  const date = experts
    .map((e) => e.evaluation.meta.date ?? "")
    .filter((d) => d !== "")
    .sort()
    .pop();
  return {
    ...(organization ? { organization } : {}),
    ...(found ? { level: found } : {}),
    ...(date ? { date } : {}),
    role: "expert",
  };
}
