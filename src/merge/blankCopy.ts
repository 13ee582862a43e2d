/**
 * An untouched expert copy (issue: a scoresheet nobody filled in merges as an expert deducting nothing, 435 合格). A copy
 * has no entries when none of its input cells holds anything (README: merge):
 *
 * - every status is blank or 正常评分 (`normal`, the default);
 * - every deduction line, rate (A.1.4.4), value (A.7.1, A.7.2) and level (A.7.3, A.7.4) is blank: empty, or only
 *   spaces. A typed 0 is an entry (someone looked at the line and wrote 0), and so is text or an error value;
 * - every note is blank.
 *
 * The unit, level, evaluator and date (meta) do not count: a secretary fills those in before sending the copies.
 */
import { isRateInput } from "../engine";
import type { CellValue, Evaluation, LineInput, LocatedProblem } from "../engine";

const blank = (v: CellValue | undefined): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

// isRateInput is false for undefined and null: they are blank as they are.
const blankLine = (v: LineInput): boolean => (isRateInput(v) ? blank(v.rate) : blank(v));

/** Whether an evaluation has no entries at all (see the module's definition). */
export function hasNoEntries(evaluation: Evaluation): boolean {
  return Object.values(evaluation.items).every(
    (item) =>
      (blank(item.status) || item.status === "normal") &&
      blank(item.value) &&
      blank(item.level) &&
      Object.values(item.lines ?? {}).every(blankLine) &&
      Object.values(item.notes ?? {}).every((n) => blank(n))
  );
}

/** The `no-entries` warning for an input file whose evaluation has no entries, located at the file; else none. */
export function noEntriesWarnings(file: string, evaluation: Evaluation): LocatedProblem[] {
  return hasNoEntries(evaluation) ? [{ code: "no-entries", where: { file } }] : [];
}
