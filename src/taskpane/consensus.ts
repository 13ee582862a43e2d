/**
 * What the Merge view hands to the Report view: the latest consensus and the metadata a report of it carries.
 */
import type { EvaluationMeta } from "../engine";
import type { ExpertInput, MergeResult } from "../merge/consensus";
import { consensusGroup, consensusMeta as sharedConsensusMeta } from "../merge/groupOf";
import type { GroupMember } from "../layout/evaluationSheets";

/** The latest consensus computed in the Merge view. */
export interface ConsensusSnapshot {
  readonly result: MergeResult;
  /** The organization, level and date the experts' scoresheets agree on (see consensusMeta). */
  readonly meta: EvaluationMeta;
  /** The merged experts as the group (see consensusMembers). */
  readonly group?: readonly GroupMember[];
}

/**
 * The report metadata of a consensus: the organization and level most experts name, the evaluation's own date
 * (the experts' dates), role expert; no evaluator (the report names the group, whose leader signs).
 */
export function consensusMeta(experts: readonly ExpertInput[]): EvaluationMeta {
  return sharedConsensusMeta(experts);
}

/** The group of a consensus: the merged experts with the field, unit and role their 评估组 sheets give. */
export function consensusMembers(experts: readonly ExpertInput[]): GroupMember[] {
  return consensusGroup(experts);
}
