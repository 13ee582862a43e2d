/**
 * Reading the two evaluations the pane compares (and an optional plan workbook), from the bytes of picked files:
 * an evaluation JSON (version 1 or 2), a scoresheet or a consensus workbook, told apart by content, as
 * `gridscore compare` reads them. Loaded with import() by the compare section, with ExcelJS.
 */
import ExcelJS from "exceljs";
import { emptyEvaluation } from "../../engine";
import type { Evaluation, LocatedProblem } from "../../engine";
import { assertWritable, buildScoresheet } from "../../layout";
import { withPreviousEvaluation } from "../../layout/previousColumns";
import type { GroupMember } from "../../layout/evaluationSheets";
import { previousEvaluation } from "../../report/previous";
import { writeXlsx } from "../../writers/xlsx";
import { PANE_GENERATOR, newWorkbookId } from "./blankCopies";
import { parseEvaluationDocument, procedureSteps } from "../../layout/evaluationDocument";
import type { PlanEntry } from "../../layout/evaluationDocument";
import {
  isGroupSheetProblem,
  readEvaluationSheets,
  sheetEntryNotKept,
  sheetProblemLosesInput,
} from "../../layout/evaluationSheets";
import type { EvaluationSheetsRead } from "../../layout/evaluationSheets";
import { readLoadedConsensus } from "../../merge/readConsensus";
import { reportInputFromEvaluation } from "../../report/build";
import { compareEvaluations } from "../../report/compare";
import type { Comparison } from "../../report/compare";
import { reportInputFromConsensus } from "../../report/consensus";
import { describePlanCellProblem, readPlanGrid } from "../../report/planRead";
import { readPlanSourceFacts } from "../../report/planIdentity";
import type { PlanSourceFacts } from "../../report/planIdentity";
import type { ReportInput } from "../../report/types";
import { readJsonBytes, sniff } from "../../writers/input";
import {
  DEFAULT_LIMITS,
  excelGrid,
  inspectXlsx,
  loadXlsx,
  readLoadedScoresheet,
} from "../../writers/xlsx";

/** One side of a comparison, read; `errors` are the evaluation's own (a comparison of wrong scores is refused). */
export type CompareSource =
  | {
      readonly ok: true;
      readonly file: string;
      readonly input: ReportInput;
      /** The inputs of one evaluation (JSON or scoresheet): a re-evaluation shows their line deductions. */
      readonly evaluation?: Evaluation;
      /** The evaluation group, carried over by a re-evaluation. */
      readonly group?: readonly GroupMember[];
      /**
       * The 评估组 rows the re-evaluation scoresheet could not carry as typed (`sheet-entry-not-kept` at the file,
       * sheet and cell: no name, a field or role off the list, a copied row): `new --from` refuses them, so the pane
       * makes no re-evaluation scoresheet while there are any. The comparison is not affected.
       */
      readonly groupLost?: readonly LocatedProblem[];
      /** A version 2 JSON's plan rows. */
      readonly plan?: Readonly<Record<string, PlanEntry>>;
      readonly errors: readonly LocatedProblem[];
      /** What `gridscore compare` prints about the file besides errors: shown, not a reason to refuse. */
      readonly warnings: readonly LocatedProblem[];
    }
  | { readonly ok: false; readonly file: string; readonly errors: readonly LocatedProblem[] };

/** Reads one evaluation from a file's bytes; never throws for bad input. */
export async function readCompareSource(file: string, bytes: Uint8Array): Promise<CompareSource> {
  const at = (p: LocatedProblem): LocatedProblem => ({ ...p, where: { file } });
  if (sniff(bytes) === "json") {
    const json = readJsonBytes(bytes);
    if (!json.ok) return { ok: false, file, errors: json.problems.map(at) };
    const parsed = parseEvaluationDocument(json.value);
    if (!parsed.document) return { ok: false, file, errors: parsed.problems.map(at) };
    const doc = parsed.document;
    const input = reportInputFromEvaluation(doc.evaluation, {
      ...(doc.eligibility ? { eligibility: doc.eligibility } : {}),
      ...(doc.group ? { group: doc.group } : {}),
      ...(doc.procedure ? { procedure: procedureSteps(doc.procedure) } : {}),
    });
    return {
      ok: true,
      file,
      input,
      evaluation: doc.evaluation,
      ...(doc.group ? { group: doc.group } : {}),
      ...(doc.plan ? { plan: doc.plan } : {}),
      errors: input.report.errors.map(at),
      warnings: [...json.warnings, ...input.report.warnings].map(at),
    };
  }
  const loaded = await loadXlsx(bytes, file);
  if (!loaded.ok) return { ok: false, file, errors: loaded.errors };
  const sheets = readEvaluationSheets(loaded.loaded.grid);
  const lost = groupLost(sheets, file);
  if (loaded.loaded.identity.kind === "consensus") {
    const consensus = readLoadedConsensus(loaded.loaded);
    if (!consensus.ok) return { ok: false, file, errors: consensus.errors };
    const input = reportInputFromConsensus(consensus.result, consensus.meta, sheets);
    return {
      ok: true,
      file,
      input,
      ...(input.group ? { group: input.group } : {}),
      ...lost,
      errors: [],
      // A stale consensus (cached results that do not match its formulas) warns here as in the CLI.
      warnings: consensus.result.warnings,
    };
  }
  const sheet = readLoadedScoresheet(loaded.loaded);
  return {
    ok: true,
    file,
    input: reportInputFromEvaluation(sheet.evaluation, sheets),
    evaluation: sheet.evaluation,
    ...(sheets.group ? { group: sheets.group } : {}),
    ...lost,
    errors: sheet.errors,
    warnings: sheet.warnings,
  };
}

/** The 评估组 rows `export` and `new --from` refuse, at their file, sheet and cell; nothing when there are none. */
function groupLost(
  sheets: EvaluationSheetsRead,
  file: string
): { readonly groupLost?: readonly LocatedProblem[] } {
  const lost = sheets.problems.filter((p) => isGroupSheetProblem(p) && sheetProblemLosesInput(p));
  return lost.length > 0 ? { groupLost: lost.map((p) => sheetEntryNotKept(p, file)) } : {};
}

/**
 * The entries of a plan workbook (整改台账) written by gridscore, by row key; undefined for any other file. A cell
 * the reader cannot take as typed (a 状态 off the list, a 完成期限 that is no date, a copied row) refuses the plan,
 * as `--plan-status` does: its lines name each cell in the pane's language, and no entries are returned.
 */
export async function readPlanStatus(
  bytes: Uint8Array,
  locale: "zh-CN" | "en-US" = "zh-CN"
): Promise<ReadonlyMap<string, PlanEntry> | { readonly refused: readonly string[] } | undefined> {
  const read = await readPlanWorkbook(bytes, locale);
  return read && "entries" in read ? read.entries : read;
}

/**
 * A plan workbook as `--plan-status` reads it: its entries and what its identity sheet records of the evaluation it
 * was made from (checked against the earlier evaluation by planSourceCheck, ./planSource.ts); `refused` with each
 * cell named when a cell cannot be read as typed; undefined for a file that is no plan workbook written by gridscore.
 */
export async function readPlanWorkbook(
  bytes: Uint8Array,
  locale: "zh-CN" | "en-US" = "zh-CN"
): Promise<
  | { readonly entries: ReadonlyMap<string, PlanEntry>; readonly facts: PlanSourceFacts }
  | { readonly refused: readonly string[] }
  | undefined
> {
  if (sniff(bytes) === "json" || inspectXlsx(bytes, DEFAULT_LIMITS, "").length > 0)
    return undefined;
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
    const grid = excelGrid(workbook);
    const read = readPlanGrid(grid);
    if (!read.ok) return undefined;
    if (read.problems.length > 0)
      return { refused: read.problems.map((p) => describePlanCellProblem(p, locale === "zh-CN")) };
    return { entries: read.entries, facts: readPlanSourceFacts(grid) };
  } catch {
    return undefined;
  }
}

/**
 * Compares two sound evaluations. The plan status comes from the plan workbook when one is given, else from the
 * plan rows of the earlier evaluation's version 2 JSON.
 */
export function compareSources(
  before: Extract<CompareSource, { ok: true }>,
  after: Extract<CompareSource, { ok: true }>,
  plan: ReadonlyMap<string, PlanEntry> | undefined
): Comparison {
  const status = plan ?? (before.plan ? new Map(Object.entries(before.plan)) : undefined);
  return compareEvaluations(before.input, after.input, status);
}

/**
 * The fresh scoresheet of a re-evaluation (`gridscore new next.xlsx --from previous` in the pane): the unit, level
 * and group carried over, every line showing read-only what the previous evaluation found and the plan's status,
 * the inputs empty.
 */
export async function nextScoresheet(
  previous: Extract<CompareSource, { ok: true }>,
  plan: ReadonlyMap<string, PlanEntry> | undefined,
  now: Date
): Promise<Uint8Array> {
  // As new --from: a 评估组 row it could not carry as typed refuses the scoresheet (the pane offers none then).
  if (previous.groupLost && previous.groupLost.length > 0)
    throw new Error(`${previous.file}: 评估组 rows not carried`);
  const status = plan ?? (previous.plan ? new Map(Object.entries(previous.plan)) : undefined);
  const shown = previousEvaluation(previous.input, {
    ...(previous.evaluation ? { evaluation: previous.evaluation } : {}),
    ...(status ? { plan: status } : {}),
    source: previous.file,
  });
  const was = previous.input.meta;
  const group = previous.group?.filter((m) => m.name.trim() !== "");
  const model = buildScoresheet({
    evaluation: emptyEvaluation({
      ...(was.organization ? { organization: was.organization } : {}),
      ...(was.level ? { level: was.level } : {}),
      ...(was.role ? { role: was.role } : {}),
    }),
    identity: {
      workbookId: newWorkbookId(),
      createdAt: now.toISOString(),
      generator: PANE_GENERATOR,
      kind: "scoresheet",
    },
    ...(group && group.length > 0 ? { evaluationSheets: { group } } : {}),
  });
  const next = withPreviousEvaluation(model, shown);
  // The previous evaluation's notes beside the new inputs, as written: refused, not cut (README: Inputs).
  assertWritable(next);
  return writeXlsx(next);
}
