/**
 * The checks made before any number is combined: identity of each input, duplicates, and each input's errors.
 */
import type { LocatedProblem } from "../engine";
import type { ExpertInput } from "./consensus";

/** A file that was read (maybe with errors) or refused outright. */
export type MergeCandidate =
  | {
      readonly kind: "read";
      readonly expert: ExpertInput;
      readonly errors: readonly LocatedProblem[];
    }
  | { readonly kind: "refused"; readonly file: string; readonly errors: readonly LocatedProblem[] };

/** Every error of every input, per file; empty when the merge may go ahead. */
export function checkCandidates(candidates: readonly MergeCandidate[]): LocatedProblem[] {
  if (candidates.length === 0) return [{ code: "no-inputs" }];
  const errors: LocatedProblem[] = [];
  const byHash = new Map<string, string>();
  const byId = new Map<string, string>();
  const byEvaluator = new Map<string, string>();
  for (const c of candidates) {
    errors.push(...c.errors);
    if (c.kind === "refused") continue;
    const e = c.expert;
    const where = { where: { file: e.file } };
    const evaluator = e.evaluator.trim();
    if (!evaluator) errors.push({ code: "missing-evaluator", ...where });
    const dupHash = byHash.get(e.sha256);
    const dupId = e.workbookId ? byId.get(e.workbookId) : undefined;
    if (dupHash ?? dupId)
      errors.push({ code: "duplicate-workbook", other: (dupHash ?? dupId)!, ...where });
    else if (evaluator && byEvaluator.has(evaluator))
      errors.push({
        code: "duplicate-evaluator",
        evaluator,
        other: byEvaluator.get(evaluator)!,
        ...where,
      });
    byHash.set(e.sha256, e.file);
    if (e.workbookId) byId.set(e.workbookId, e.file);
    if (evaluator && !byEvaluator.has(evaluator)) byEvaluator.set(evaluator, e.file);
  }
  errors.push(...planProblems(candidates));
  return errors;
}

/**
 * 4.3 and 7.2: every copy made from the group's plan carries its fingerprint; copies with a different plan, or
 * none where the others have one, are named against the plan most copies carry.
 */
function planProblems(candidates: readonly MergeCandidate[]): LocatedProblem[] {
  const experts = candidates.flatMap((c) => (c.kind === "read" ? [c.expert] : []));
  if (!experts.some((e) => e.plan)) return [];
  const counts = new Map<string, number>();
  for (const e of experts) counts.set(e.plan ?? "", (counts.get(e.plan ?? "") ?? 0) + 1);
  const [common] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const holder = experts.find((e) => (e.plan ?? "") === common)!;
  return experts
    .filter((e) => (e.plan ?? "") !== common)
    .map((e) => ({
      code: "plan-mismatch" as const,
      found: e.plan ?? "",
      expected: common,
      other: holder.file,
      where: { file: e.file },
    }));
}
