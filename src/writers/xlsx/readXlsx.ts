/**
 * The .xlsx reader: refuses what is not a sound scoresheet, reads inputs by their hidden ids, recomputes every
 * score with the engine and compares the file's cached results, which it never trusts.
 */
import ExcelJS from "exceljs";
import {
  activeEdition,
  editionByFingerprint,
  pickEdition,
  pickedEdition,
  sha256Hex,
} from "../../standard";
import { partitionProblems, scoreEvaluation } from "../../engine";
import type { Evaluation, LocatedProblem, Problem, ScoreReport } from "../../engine";
import {
  LAYOUT_VERSION,
  READABLE_LAYOUTS,
  WORKBOOK_FORMAT,
  locateProblem,
  readIdentity,
  readScoresheet,
} from "../../layout";
import type { GridSource, MetaKey } from "../../layout";
import { excelGrid } from "./grid";
import { tamperProblems } from "./tamper";
import { DEFAULT_LIMITS, inspectXlsx } from "./zipGuard";
import type { ZipLimits } from "./zipGuard";

export interface XlsxScoresheet {
  readonly file: string;
  readonly sha256: string;
  readonly evaluation: Evaluation;
  readonly identity: Partial<Record<MetaKey, string>>;
  readonly report: ScoreReport;
  /** Reading, engine and tamper problems, each located by file, sheet and cell where possible. */
  readonly errors: readonly LocatedProblem[];
  readonly warnings: readonly LocatedProblem[];
}

export type XlsxReadResult =
  | { readonly ok: true; readonly sheet: XlsxScoresheet }
  | { readonly ok: false; readonly file: string; readonly errors: readonly LocatedProblem[] };

export { excelGrid, gridValue } from "./grid";

/**
 * Whether a workbook is a gridscore workbook of a known edition and a layout this reader knows (every layout in
 * circulation is readable: README, The workbook). The edition is the one whose fingerprint the identity sheet
 * records (the built-in one, or one given with `--standard`); in one run every workbook must record the same one.
 */
export function identityProblems(identity: Partial<Record<MetaKey, string>>): Problem[] {
  if (identity.format !== WORKBOOK_FORMAT) return [{ code: "not-a-scoresheet" }];
  const layout = identity.layout ?? "";
  if (!READABLE_LAYOUTS.includes(layout))
    return [{ code: "other-template", field: "layout", found: layout, expected: LAYOUT_VERSION }];
  const fingerprint = identity.fingerprint ?? "";
  const recorded = editionByFingerprint(fingerprint);
  const expected = pickedEdition() ?? recorded ?? activeEdition();
  if (recorded === undefined || recorded !== expected)
    return [
      {
        code: "other-template",
        field: "fingerprint",
        found: identity.edition ? `${fingerprint}（${identity.edition}）` : fingerprint,
        expected: `${expected.fingerprint}（${expected.key}）`,
      },
    ];
  if (identity.standard !== recorded.standard.id)
    return [
      {
        code: "other-template",
        field: "standard",
        found: identity.standard ?? "",
        expected: recorded.standard.id,
      },
    ];
  return [];
}

/** A workbook whose container and identity passed: parsed once, then read as a scoresheet or a consensus. */
export interface LoadedXlsx {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly workbook: ExcelJS.Workbook;
  readonly grid: GridSource;
  readonly identity: Partial<Record<MetaKey, string>>;
}

export type XlsxLoadResult =
  | { readonly ok: true; readonly loaded: LoadedXlsx }
  | { readonly ok: false; readonly file: string; readonly errors: readonly LocatedProblem[] };

/** Checks the container, parses it and checks its identity; never throws for bad input, never writes. */
export async function loadXlsx(
  bytes: Uint8Array,
  file: string,
  limits: ZipLimits = DEFAULT_LIMITS
): Promise<XlsxLoadResult> {
  const refuse = (problems: Problem[]): XlsxLoadResult => ({
    ok: false,
    file,
    errors: problems.map((p) => ({ ...p, where: { file } })),
  });
  const container = inspectXlsx(bytes, limits, file);
  if (container.length > 0) return refuse(container);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
  } catch (e) {
    return refuse([{ code: "corrupt", detail: (e as Error).message.slice(0, 200) }]);
  }
  const grid = excelGrid(workbook);
  const identity = readIdentity(grid);
  const idProblems = identityProblems(identity);
  if (idProblems.length > 0) return refuse(idProblems);
  pickEdition(editionByFingerprint(identity.fingerprint ?? "")!); // the reader works in the recorded edition
  return { ok: true, loaded: { file, bytes, workbook, grid, identity } };
}

/**
 * Reads one scoresheet file's bytes; never throws for bad input, never writes anything. A consensus workbook is
 * refused with one message saying what it is (`consensus-workbook`), not as a sheet with every row missing.
 */
export async function readXlsxScoresheet(
  buf: Uint8Array,
  file: string,
  limits: ZipLimits = DEFAULT_LIMITS
): Promise<XlsxReadResult> {
  const result = await loadXlsx(buf, file, limits);
  if (!result.ok) return result;
  if (result.loaded.identity.kind === "consensus")
    return { ok: false, file, errors: [{ code: "consensus-workbook", where: { file } }] };
  return { ok: true, sheet: readLoadedScoresheet(result.loaded) };
}

/** Reads the inputs of a loaded workbook, recomputes them with the engine and checks the cached results. */
export function readLoadedScoresheet({
  file,
  bytes: buf,
  workbook: wb,
  grid,
}: LoadedXlsx): XlsxScoresheet {
  const read = readScoresheet(grid, file);
  const report = scoreEvaluation(read.evaluation);
  const engineProblems = [...report.errors, ...report.warnings].map((p) =>
    locateProblem(p, read.locations, file)
  );
  const { errors, warnings } = partitionProblems([
    ...read.problems,
    ...engineProblems,
    ...tamperProblems(wb, report, file, read.identity.layout ?? LAYOUT_VERSION),
  ]);
  return {
    file,
    sha256: sha256Hex(buf),
    evaluation: read.evaluation,
    identity: read.identity,
    report,
    errors,
    warnings,
  };
}
