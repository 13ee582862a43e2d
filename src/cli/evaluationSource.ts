/**
 * One finished evaluation, whatever it comes as: an evaluation JSON (version 1 or 2), a filled scoresheet or a
 * consensus workbook. `plan`, `new --from` and `compare` read their inputs through this, so the three see an
 * evaluation the way the report does (its ReportInput), with the sheets around it.
 */
import type { Evaluation, LocatedProblem } from "../engine";
import { procedureRecord, procedureSteps } from "../layout/evaluationDocument";
import type { EvaluationDocument } from "../layout/evaluationDocument";
import { readEvaluationSheets } from "../layout/evaluationSheets";
import type { EligibilityInput, GroupMember } from "../layout/evaluationSheets";
import type { ProcedureRecord } from "../layout/evaluationSheets";
import type { EvaluationSheetProblem } from "../layout/evaluationSheets";
import type { MergeResult } from "../merge";
import { reportInputFromEvaluation } from "../report/build";
import { reportInputFromConsensus } from "../report/consensus";
import type { ReportInput } from "../report/types";
import { InputRefused } from "./io";
import type { CliIo } from "./io";
import { ANY_SOURCE, openEvaluationSource } from "./openSource";
import type { OpenedSource, SourceKind } from "./openSource";
import { printProblems } from "./shared";

export type { SourceKind } from "./openSource";

export interface EvaluationSource {
  readonly file: string;
  readonly kind: SourceKind;
  /** What the report is built from: scores, notes, line deductions (when known), group, procedure. */
  readonly input: ReportInput;
  /** The inputs of one evaluation (JSON or scoresheet); absent for a consensus. */
  readonly evaluation?: Evaluation;
  /** The consensus of a consensus workbook. */
  readonly consensus?: MergeResult;
  readonly eligibility?: EligibilityInput;
  readonly group?: readonly GroupMember[];
  readonly procedure?: ProcedureRecord;
  /** The plan rows a version 2 JSON carries. */
  readonly plan?: EvaluationDocument["plan"];
  readonly errors: readonly LocatedProblem[];
  readonly warnings: readonly LocatedProblem[];
  /** What the eligibility, group or procedure sheet could not read (workbooks only), as hints. */
  readonly sheetProblems: readonly EvaluationSheetProblem[];
}

/**
 * Reads one evaluation through openEvaluationSource. Refusals (gate, schema, container, identity, an unreadable
 * consensus) are printed and thrown as InputRefused; the evaluation's own errors and warnings are returned, not
 * printed.
 */
export async function loadEvaluationSource(file: string, io: CliIo): Promise<EvaluationSource> {
  const opened = await openEvaluationSource(file, io, ANY_SOURCE);
  if (opened.kind !== "json") return sourceOfWorkbook(opened);
  const doc = opened.document;
  const input = reportInputFromEvaluation(doc.evaluation, {
    ...(doc.eligibility ? { eligibility: doc.eligibility } : {}),
    ...(doc.group ? { group: doc.group } : {}),
    ...(doc.procedure ? { procedure: procedureSteps(doc.procedure) } : {}),
  });
  const at = (p: LocatedProblem): LocatedProblem => ({ ...p, where: { file } });
  return {
    file,
    kind: "json",
    input,
    evaluation: doc.evaluation,
    ...(doc.eligibility ? { eligibility: doc.eligibility } : {}),
    ...(doc.group ? { group: doc.group } : {}),
    ...(doc.procedure ? { procedure: doc.procedure } : {}),
    ...(doc.plan ? { plan: doc.plan } : {}),
    errors: input.report.errors.map(at),
    warnings: [...opened.fileWarnings, ...input.report.warnings.map(at)],
    sheetProblems: [],
  };
}

function sourceOfWorkbook(opened: Exclude<OpenedSource, { kind: "json" }>): EvaluationSource {
  const { file, loaded } = opened;
  const sheets = readEvaluationSheets(loaded.grid);
  const around = {
    ...(sheets.eligibility ? { eligibility: sheets.eligibility } : {}),
    ...(sheets.group ? { group: sheets.group } : {}),
    ...(sheets.procedure ? { procedure: procedureRecord(sheets.procedure) } : {}),
  };
  if (opened.kind === "consensus") {
    const { consensus } = opened;
    const input = reportInputFromConsensus(consensus.result, consensus.meta, sheets);
    return {
      file,
      kind: "consensus",
      input,
      consensus: consensus.result,
      ...around,
      ...(input.group ? { group: input.group } : {}),
      errors: [],
      warnings: consensus.result.warnings,
      sheetProblems: sheets.problems,
    };
  }
  const { sheet } = opened;
  return {
    file,
    kind: "scoresheet",
    input: reportInputFromEvaluation(sheet.evaluation, sheets),
    evaluation: sheet.evaluation,
    ...around,
    errors: sheet.errors,
    warnings: sheet.warnings,
    sheetProblems: sheets.problems,
  };
}

/** Loads a source and refuses it when it has errors (a plan or a comparison of wrong scores helps nobody). */
export async function loadSoundSource(
  file: string,
  io: CliIo,
  what: readonly [zh: string, en: string]
): Promise<EvaluationSource> {
  const source = await loadEvaluationSource(file, io);
  printProblems([...source.errors, ...source.warnings], io);
  if (source.errors.length > 0) {
    io.err(
      `错误：${file} 有${source.errors.length}个错误，未生成${what[0]}；请改正后重试\n` +
        `  error: ${file} has ${source.errors.length} error(s); no ${what[1]} made: fix them and run again\n`
    );
    throw new InputRefused(file);
  }
  return source;
}
