/**
 * Who evaluated, as the report and a re-evaluation's 上次评估 sheet name them (4.2, 6.7): the evaluator recorded,
 * else for a consensus the group, as its 评估组 sheet lists it (leader first, then the plan's order), else the
 * experts as merged.
 */
import type { ReportInput } from "./types";

/**
 * The evaluator's text of a report input: `meta.evaluator` trimmed when given; for a consensus with none,
 * "评估组（甲、乙、丙）" from the group's members with a name, or from the experts merged; otherwise "".
 */
export function evaluatorText(input: ReportInput): string {
  const recorded = input.meta.evaluator?.trim();
  if (recorded) return recorded;
  if (!input.consensus) return "";
  const members = input.group?.filter((m) => m.name.trim() !== "");
  const names = members?.length ? members.map((m) => m.name.trim()) : input.consensus.experts;
  return `评估组（${names.join("、")}）`;
}
