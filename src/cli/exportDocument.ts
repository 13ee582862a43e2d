/**
 * What `gridscore export` writes: the whole evaluation of a scoresheet as "gridscore-evaluation/2", with the
 * eligibility, group and procedure sheets' data beside the inputs (README: The evaluation JSON format).
 */
import { recordedPlan } from "../engine";
import type { LocatedProblem } from "../engine";
import { evaluationDocumentJson, procedureRecord } from "../layout/evaluationDocument";
import {
  formatSheetProblemLines,
  readEvaluationSheets,
  sheetProblemLosesInput,
} from "../layout/evaluationSheets";
import type { EvaluationSheetProblem } from "../layout/evaluationSheets";
import { loadXlsx, readLoadedScoresheet } from "../writers/xlsx/readXlsx";
import { InputRefused } from "./io";
import type { CliIo } from "./io";
import { openInput } from "./gate";
import { printProblems } from "./shared";

export interface ExportedDocument {
  readonly json: Record<string, unknown>;
  readonly errors: readonly LocatedProblem[];
  readonly warnings: readonly LocatedProblem[];
  /**
   * What the eligibility and group sheets hold that the reader could not take as typed. Those that would keep a
   * typed value out of the JSON (sheetProblemLosesInput) refuse the export; the others are warnings.
   */
  readonly sheetProblems: readonly EvaluationSheetProblem[];
}

/** Reads a scoresheet through the gate and returns its version 2 JSON; refusals are printed and thrown. */
export async function exportDocument(file: string, io: CliIo): Promise<ExportedDocument> {
  const opened = openInput(file, io, ["workbook"]);
  if (!opened.ok) {
    printProblems(opened.problems, io);
    throw new InputRefused(file);
  }
  const loaded = await loadXlsx(opened.bytes, file);
  if (!loaded.ok) {
    printProblems(loaded.errors, io);
    throw new InputRefused(file);
  }
  if (loaded.loaded.identity.kind === "consensus") {
    printProblems([{ code: "consensus-workbook", where: { file } }], io);
    throw new InputRefused(file);
  }
  const sheet = readLoadedScoresheet(loaded.loaded);
  const sheets = readEvaluationSheets(loaded.loaded.grid);
  // A record that cannot be read back is among the errors (plan-record-corrupt): refusePlanLost refuses it.
  const groupPlan = recordedPlan(sheet.identity.plan, sheet.identity.planData);
  const json = evaluationDocumentJson({
    evaluation: sheet.evaluation,
    ...(sheets.eligibility ? { eligibility: sheets.eligibility } : {}),
    ...(sheets.group ? { group: sheets.group } : {}),
    ...(sheets.procedure ? { procedure: procedureRecord(sheets.procedure) } : {}),
    // the group's plan goes along, so the JSON merges with the copies made from it (4.3, 7.2)
    ...(groupPlan ? { groupPlan: { fingerprint: sheet.identity.plan!, plan: groupPlan } } : {}),
  });
  return { json, errors: sheet.errors, warnings: sheet.warnings, sheetProblems: sheets.problems };
}

/**
 * Prints the evaluation sheets' problems (naming sheet and cell) and returns true when one of them would keep a
 * typed value out of the JSON (a date that is no date, a field or role off the list, a group row without a name,
 * a copied row): export then writes nothing, since a JSON that drops it, or that its own parser refuses, helps
 * nobody. A self-check total beyond 0–495 is carried as typed, with a warning.
 */
export function refuseLostInputs(doc: ExportedDocument, file: string, io: CliIo): boolean {
  const lost = doc.sheetProblems.filter(sheetProblemLosesInput);
  for (const p of doc.sheetProblems)
    io.err(formatSheetProblemLines(p, sheetProblemLosesInput(p) ? "error" : "warning", file));
  if (lost.length === 0) return false;
  io.err(
    `错误：${file} 有${lost.length}处填写无法导出，未写出评价 JSON；请按上面的提示改正工作簿后重试\n` +
      `  error: ${file} has ${lost.length} entr${lost.length === 1 ? "y" : "ies"} the evaluation JSON cannot hold; nothing written: fix the workbook as above and run again\n`
  );
  return true;
}

/**
 * Returns true, after saying so, when the scoresheet's recorded plan cannot be read back (`plan-record-corrupt`,
 * already printed at file, sheet and cell): export then writes nothing, since a JSON without the group's plan would
 * drop it without a word (and no longer merge with the copies made from it).
 */
export function refusePlanLost(doc: ExportedDocument, file: string, io: CliIo): boolean {
  if (!doc.errors.some((p) => p.code === "plan-record-corrupt")) return false;
  io.err(
    `错误：${file} 记录的评估方案无法读取，未写出评价 JSON（写出将丢失评估方案）；请按上面的提示处理后重试\n` +
      `  error: ${file}'s recorded plan cannot be read; nothing written (the JSON would lose the group's plan): do as above and run again\n`
  );
  return true;
}
