/**
 * The checks made before any number is combined: identity of each input, duplicates, and each input's errors.
 */
import { describeProblem } from "../engine";
import type { LocatedProblem } from "../engine";
import type { ExpertInput, MergeRecord, MergeResult } from "./consensus";

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
    // Each names the first file that had it: a third copy is a copy of the first, as a third evaluator is.
    if (!byHash.has(e.sha256)) byHash.set(e.sha256, e.file);
    if (e.workbookId && !byId.has(e.workbookId)) byId.set(e.workbookId, e.file);
    if (evaluator && !byEvaluator.has(evaluator)) byEvaluator.set(evaluator, e.file);
  }
  errors.push(...planProblems(candidates), ...unitProblems(candidates));
  return errors;
}

/** The value most copies give (the first one's when tied); blanks never count. */
function mostNamed(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = "";
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * 4.2 and 6.6: the group's experts evaluate one unit, so a merge of copies naming different organizations or
 * levels would put one unit's scores under another's name. Copies are named against the unit most copies name;
 * a copy leaving the organization or the level blank takes the group's (the consensus carries it).
 */
function unitProblems(candidates: readonly MergeCandidate[]): LocatedProblem[] {
  const units = candidates.flatMap((c) =>
    c.kind === "read"
      ? [
          {
            file: c.expert.file,
            organization: c.expert.evaluation.meta.organization?.trim() ?? "",
            level: c.expert.evaluation.meta.level?.trim() ?? "",
          },
        ]
      : []
  );
  const organization = mostNamed(units.map((u) => u.organization));
  const level = mostNamed(units.map((u) => u.level));
  const differs = (found: string, expected: string) => found !== "" && found !== expected;
  const holder =
    units.find((u) => u.organization === organization && u.level === level) ??
    units.find((u) => u.organization === organization) ??
    units[0];
  return units
    .filter((u) => differs(u.organization, organization) || differs(u.level, level))
    .map((u) => ({
      code: "unit-mismatch" as const,
      organization: u.organization,
      level: u.level,
      expectedOrganization: organization,
      expectedLevel: level,
      other: holder?.file ?? "",
      where: { file: u.file },
    }));
}

/**
 * 4.3 and 7.2: every copy made from the group's plan carries its fingerprint; copies with a different plan, or
 * none where the others have one, are named against the plan most copies carry (a copy without a plan is never
 * taken for the group's plan, even when such copies are the majority).
 */
function planProblems(candidates: readonly MergeCandidate[]): LocatedProblem[] {
  const experts = candidates.flatMap((c) => (c.kind === "read" ? [c.expert] : []));
  if (!experts.some((e) => e.plan)) return [];
  // The group's plan is the one most copies carry; copies without a plan never outvote it.
  const counts = new Map<string, number>();
  for (const e of experts) if (e.plan) counts.set(e.plan, (counts.get(e.plan) ?? 0) + 1);
  const [common] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  // `common` is a plan some copy carries, never undefined: a copy without a plan differs from it as it is.
  const holder = experts.find((e) => e.plan === common)!;
  return experts
    .filter((e) => e.plan !== common)
    .map((e) => ({
      code: "plan-mismatch" as const,
      found: e.plan ?? "",
      expected: common,
      other: holder.file,
      where: { file: e.file },
    }));
}

/** The files left out when only the valid ones are merged (CLI --skip-invalid, the pane's choice): every file with an error, with its errors as reasons. */
export function excludedFiles(
  candidates: readonly MergeCandidate[],
  errors: readonly LocatedProblem[]
): NonNullable<MergeRecord["excluded"]> {
  const byFile = new Map<string, LocatedProblem[]>();
  for (const e of errors) {
    const file = e.where?.file;
    if (file !== undefined) byFile.set(file, [...(byFile.get(file) ?? []), e]);
  }
  return candidates.flatMap((c) => {
    const file = c.kind === "read" ? c.expert.file : c.file;
    const problems = byFile.get(file);
    if (!problems) return [];
    byFile.delete(file); // a file named twice is listed once
    return [
      {
        file,
        ...(c.kind === "read" ? { sha256: c.expert.sha256 } : {}),
        reasons: problems.map((p) => describeProblem(p, "zh-CN")),
      },
    ];
  });
}

/**
 * The experts a merge of only the valid files takes, and the files it leaves out: every file with an error is
 * excluded, with its errors as reasons (issue 10). With no errors, every expert and nothing excluded.
 */
export function validExperts(
  candidates: readonly MergeCandidate[],
  errors: readonly LocatedProblem[]
): { experts: ExpertInput[]; excluded: NonNullable<MergeRecord["excluded"]> } {
  const excluded = excludedFiles(candidates, errors);
  const left = new Set(excluded.map((x) => x.file));
  const experts = candidates.flatMap((c): ExpertInput[] =>
    c.kind === "read" && !left.has(c.expert.file) ? [c.expert] : []
  );
  return { experts, excluded };
}

/** A merge result with the files left out recorded, and a warning per file (merge-excluded). */
export function withExcluded(
  result: MergeResult,
  excluded: NonNullable<MergeRecord["excluded"]>
): MergeResult {
  if (excluded.length === 0) return result;
  return {
    ...result,
    record: { ...result.record, excluded },
    warnings: [
      ...excluded.map((x): LocatedProblem => ({
        code: "merge-excluded",
        errors: x.reasons.length,
        where: { file: x.file },
      })),
      ...result.warnings,
    ],
  };
}
