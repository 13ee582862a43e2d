/**
 * From the picked files' candidates and the merge checks to the rows the experts table shows: every error and
 * warning of a file under it, in the pane's language.
 */
import { describeProblem, describeWhere } from "../../../engine";
import type { Locale, LocatedProblem } from "../../../engine";
import type { MergeCandidate } from "../../../merge/checks";
import { formatScore } from "../SummaryPanel/useSummaryPanel";
import type { ExpertRow, ProblemLine } from "../ExpertsTable";
import type { FileEntry } from "./MergeView.types";

/** A problem's message with its sheet and cell but not its file (the row names the file). */
export function problemText(p: LocatedProblem, locale: Locale): string {
  const where = p.where ? { ...p.where, file: undefined } : undefined;
  return `${describeWhere(where, locale)}${describeProblem(p, locale)}`;
}

function fileOf(c: MergeCandidate): string {
  return c.kind === "read" ? c.expert.file : c.file;
}

/** The check errors that belong to no candidate's own list (duplicates, a missing evaluator…). */
function crossErrors(
  entries: readonly FileEntry[],
  errors: readonly LocatedProblem[]
): LocatedProblem[] {
  const own = new Set<LocatedProblem>(entries.flatMap((e) => e.candidate.errors));
  return errors.filter((p) => !own.has(p));
}

/** One row per file, with its own errors, the cross-file errors naming it, and its warnings. */
export function expertRows(
  entries: readonly FileEntry[],
  errors: readonly LocatedProblem[],
  locale: Locale
): ExpertRow[] {
  const cross = crossErrors(entries, errors);
  return entries.map(({ key, candidate }) => {
    const file = fileOf(candidate);
    const fileErrors = [...candidate.errors, ...cross.filter((p) => p.where?.file === file)];
    const warnings = candidate.kind === "read" ? candidate.expert.warnings : [];
    const line =
      (severity: ProblemLine["severity"]) =>
      (p: LocatedProblem, i: number): ProblemLine => ({
        key: `${severity}-${i}`,
        severity,
        text: problemText(p, locale),
      });
    const expert = candidate.kind === "read" ? candidate.expert : undefined;
    return {
      key,
      file,
      evaluator: expert?.evaluator,
      total: expert ? formatScore(expert.report.total) : undefined,
      pass: expert?.report.pass,
      problems: [...fileErrors.map(line("error")), ...warnings.map(line("warning"))],
      errors: fileErrors.length,
      warnings: warnings.length,
    };
  });
}

/** The check errors no row shows (they name no picked file), for the blocked notice. */
export function unplacedErrors(
  entries: readonly FileEntry[],
  errors: readonly LocatedProblem[]
): LocatedProblem[] {
  const files = new Set(entries.map((e) => fileOf(e.candidate)));
  return crossErrors(entries, errors).filter((p) => !p.where?.file || !files.has(p.where.file));
}
