/**
 * Reading one file of a roll-up into a unit row or a refusal: a single scoresheet, a consensus workbook or an
 * evaluation JSON, told apart by content. The workbook is dropped as soon as the row is made, so memory holds
 * rows only. Never throws for bad input; the same call serves the CLI and the task pane.
 */
import { sha256Hex } from "../standard";
import { formatProblem, partitionProblems, planOverrides, scoreEvaluation } from "../engine";
import { parseEvaluationDocument } from "../layout/evaluationDocument";
import type { LocatedProblem } from "../engine";
import { loadXlsx, readLoadedScoresheet } from "../writers/xlsx/readXlsx";
import { readJsonBytes, sniff } from "../writers/input";
import { readLoadedConsensus } from "../merge";
import { noEntriesWarnings } from "../merge/blankCopy";
import { unitFromConsensus, unitFromEvaluation } from "./units";
import type { RefusedFile, RollupUnit } from "./types";

export type RollupRead =
  | {
      readonly ok: true;
      readonly unit: RollupUnit;
      /**
       * The file's warnings, each located at least at the file: what the reader found (a GB18030 encoding, a stale
       * cached result), the evaluation's own warnings and a copy with no entries (no-entries). Printed, not a
       * reason to refuse.
       */
      readonly warnings?: readonly LocatedProblem[];
    }
  | { readonly ok: false; readonly refused: RefusedFile };

/** How many of a file's problems its refusal lists (the rest are counted). */
export const LISTED_PROBLEMS = 5;

/** A refusal listing a file's problems in Chinese and English. */
export function refusal(file: string, problems: readonly LocatedProblem[]): RefusedFile {
  const listed = problems.slice(0, LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  const located = (p: LocatedProblem): LocatedProblem => ({ ...p, where: p.where ?? { file } });
  return {
    file,
    reasons: [
      ...listed.map((p) => formatProblem(located(p), "zh-CN")),
      ...(more > 0 ? [`另有 ${more} 个问题`] : []),
    ],
    reasonsEn: [
      ...listed.map((p) => formatProblem(located(p), "en-US")),
      ...(more > 0 ? [`${more} more problem(s)`] : []),
    ],
  };
}

/**
 * One file's bytes as a unit. A scoresheet or JSON with errors is refused: its verdict is not final while they
 * stand (README: Inputs). Warnings are not a reason to refuse.
 */
export async function readRollupFile(file: string, bytes: Uint8Array): Promise<RollupRead> {
  const refuse = (problems: readonly LocatedProblem[]): RollupRead => ({
    ok: false,
    refused: refusal(file, problems),
  });
  // Every warning names its file, whether or not the reader located it further.
  const accept = (unit: RollupUnit, warnings: readonly LocatedProblem[]): RollupRead => {
    const located = warnings.map((w) => ({
      ...w,
      where: { ...w.where, file: w.where?.file ?? file },
    }));
    return { ok: true, unit, ...(located.length > 0 ? { warnings: located } : {}) };
  };
  if (sniff(bytes) === "json") {
    const at = (p: LocatedProblem): LocatedProblem => ({ ...p, where: { file } });
    const json = readJsonBytes(bytes);
    if (!json.ok) return refuse(json.problems.map(at));
    // Version 1 or 2 (what `export` writes), as merge and score read them.
    const parsed = parseEvaluationDocument(json.value);
    if (!parsed.document) return refuse(parsed.problems.map(at));
    const { evaluation, groupPlan } = parsed.document;
    const report = scoreEvaluation(evaluation);
    // A JSON exported from a copy made from the group's plan: its 不适用 items must still be 不适用 (7.2).
    const overridden = groupPlan ? planOverrides(evaluation, groupPlan.plan) : [];
    const { errors, warnings } = partitionProblems(
      [...overridden, ...report.errors, ...report.warnings].map(at)
    );
    if (errors.length > 0) return refuse(errors);
    return accept(unitFromEvaluation(file, sha256Hex(bytes), evaluation, report), [
      ...json.warnings.map(at),
      ...noEntriesWarnings(file, evaluation),
      ...warnings,
    ]);
  }
  const loaded = await loadXlsx(bytes, file);
  if (!loaded.ok) return refuse(loaded.errors);
  if (loaded.loaded.identity.kind === "consensus") {
    const read = readLoadedConsensus(loaded.loaded);
    if (!read.ok) return refuse(read.errors);
    return accept(
      unitFromConsensus(file, read.sha256, read.result, read.meta),
      read.result.warnings
    );
  }
  const sheet = readLoadedScoresheet(loaded.loaded);
  if (sheet.errors.length > 0) return refuse(sheet.errors);
  return accept(unitFromEvaluation(file, sheet.sha256, sheet.evaluation, sheet.report), [
    ...noEntriesWarnings(file, sheet.evaluation),
    ...sheet.warnings,
  ]);
}
