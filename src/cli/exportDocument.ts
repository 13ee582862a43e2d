/**
 * What `gridscore export` writes: the whole evaluation of a scoresheet as "gridscore-evaluation/2", with the
 * eligibility, group and procedure sheets' data beside the inputs (README: The evaluation JSON format).
 */
import { recordedPlan } from "../engine";
import type { LocatedProblem } from "../engine";
import { evaluationDocumentJson, procedureRecord } from "../layout/evaluationDocument";
import { readEvaluationSheets } from "../layout/evaluationSheets";
import { loadXlsx, readLoadedScoresheet } from "../writers/xlsx/readXlsx";
import { InputRefused } from "./io";
import type { CliIo } from "./io";
import { openInput } from "./gate";
import { printProblems } from "./shared";

export interface ExportedDocument {
  readonly json: Record<string, unknown>;
  readonly errors: readonly LocatedProblem[];
  readonly warnings: readonly LocatedProblem[];
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
  const groupPlan = recordedPlan(sheet.identity.plan, sheet.identity.planData);
  const json = evaluationDocumentJson({
    evaluation: sheet.evaluation,
    ...(sheets.eligibility ? { eligibility: sheets.eligibility } : {}),
    ...(sheets.group ? { group: sheets.group } : {}),
    ...(sheets.procedure ? { procedure: procedureRecord(sheets.procedure) } : {}),
    // the group's plan goes along, so the JSON merges with the copies made from it (4.3, 7.2)
    ...(groupPlan ? { groupPlan: { fingerprint: sheet.identity.plan!, plan: groupPlan } } : {}),
  });
  return { json, errors: sheet.errors, warnings: sheet.warnings };
}
