/**
 * Reading the group's returned files (in Node or in the task pane), one at a time, into merge candidates: workbooks and evaluation JSON alike.
 * Only the evaluation and its report are kept; the workbook itself is dropped as soon as it is read.
 */
import { sha256Hex } from "../standard";
import { partitionProblems, planOverrides, scoreEvaluation } from "../engine";
import type { LocatedProblem } from "../engine";
import { loadXlsx, readLoadedScoresheet } from "../writers/xlsx/readXlsx";
import {
  isGroupSheetProblem,
  readEvaluationSheets,
  sheetEntryNotKept,
  sheetProblemLosesOnRebuild,
} from "../layout/evaluationSheets";
import { parseEvaluationDocument } from "../layout/evaluationDocument";
import { readJsonBytes, sniff } from "../writers/input";
import type { MergeCandidate } from "./checks";
import { noEntriesWarnings } from "./blankCopy";

/**
 * Reads one input's bytes, a workbook or an evaluation JSON told apart by content (not by name); never throws for
 * bad input. The same call serves the CLI and the task pane.
 */
export async function readCandidate(file: string, bytes: Uint8Array): Promise<MergeCandidate> {
  if (sniff(bytes) === "json") return readJsonCandidate(file, bytes);
  const result = await loadXlsx(bytes, file);
  if (!result.ok) return { kind: "refused", file, errors: result.errors };
  if (result.loaded.identity.kind === "consensus")
    return { kind: "refused", file, errors: [{ code: "consensus-workbook", where: { file } }] };
  const s = readLoadedScoresheet(result.loaded);
  const sheets = readEvaluationSheets(result.loaded.grid);
  // The reader keeps only named rows (a row with something typed but no name is its member-without-name problem).
  const group = sheets.group;
  // A 评估组 row the consensus could not carry as typed (a 领域 or 组内角色 off the list, a unit without a name, a
  // copied row) refuses the copy, naming its sheet and cell, as export refuses it: nothing typed is dropped.
  const unkept = sheets.problems
    .filter((p) => isGroupSheetProblem(p) && sheetProblemLosesOnRebuild(p))
    .map((p) => sheetEntryNotKept(p, file));
  return {
    kind: "read",
    expert: {
      file,
      sha256: s.sha256,
      ...(s.identity.workbookId ? { workbookId: s.identity.workbookId } : {}),
      ...(s.identity.plan ? { plan: s.identity.plan } : {}),
      evaluator: s.evaluation.meta.evaluator ?? "",
      evaluation: s.evaluation,
      report: s.report,
      // An untouched copy first: its other hints (A.7 missing) follow from it.
      warnings: [...noEntriesWarnings(file, s.evaluation), ...s.warnings],
      ...(group && group.length > 0 ? { group } : {}),
    },
    errors: [...s.errors, ...unkept],
  };
}

function readJsonCandidate(file: string, bytes: Uint8Array): MergeCandidate {
  const at = (p: LocatedProblem): LocatedProblem => ({ ...p, where: { file } });
  const json = readJsonBytes(bytes);
  if (!json.ok) return { kind: "refused", file, errors: json.problems.map(at) };
  // Version 1 or 2: a version 2 file's group is the expert's own 评估组, as a workbook's sheet is.
  const parsed = parseEvaluationDocument(json.value);
  if (!parsed.document) return { kind: "refused", file, errors: parsed.problems.map(at) };
  const { evaluation } = parsed.document;
  // The parser refuses a blank name ($.group[i].name), so every member here has one.
  const group = parsed.document.group;
  const report = scoreEvaluation(evaluation);
  // A JSON exported from a copy made from the group's plan carries it: its 不适用 items must still be 不适用 (7.2).
  const groupPlan = parsed.document.groupPlan;
  const overridden = groupPlan ? planOverrides(evaluation, groupPlan.plan) : [];
  const { errors, warnings } = partitionProblems(
    [...json.warnings, ...overridden, ...report.errors, ...report.warnings].map(at)
  );
  return {
    kind: "read",
    expert: {
      file,
      sha256: sha256Hex(bytes),
      ...(groupPlan ? { plan: groupPlan.fingerprint } : {}),
      evaluator: evaluation.meta.evaluator ?? "",
      evaluation,
      report,
      warnings: [...noEntriesWarnings(file, evaluation), ...warnings],
      ...(group && group.length > 0 ? { group } : {}),
    },
    errors,
  };
}
