/**
 * The .xlsx reader: refuses what is not a sound scoresheet, reads inputs by their hidden ids, recomputes every
 * score with the engine and compares the file's cached results, which it never trusts.
 */
import type ExcelJS from "exceljs";
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
  FORMULA_EDITION,
  FORMULA_EDITIONS,
  READABLE_LAYOUTS,
  WORKBOOK_FORMAT,
  locateProblem,
  readIdentity,
  readScoresheet,
  subtotalName,
} from "../../layout";
import type { GridSource, MetaKey } from "../../layout";
import { scoresheetConstantProblems } from "../../layout/scoresheetConstants";
import { scoresheetFormulaProblems } from "../../layout/scoresheetFormulas";
import { isPlanGrid } from "../../layout/planIdentity";
import { excelGrid } from "./grid";
import { excelNamedResults, tamperProblems } from "./tamper";
import type { NamedResult, NamedResultLookup } from "./tamper";
import { FastGridDecline, isFastPart, readFastWorkbook } from "./fastGrid";
import type { FastWorkbook, UnzippedParts } from "./fastGrid";
import { DEFAULT_LIMITS, inspectXlsxParts } from "./zipGuard";
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
  // Formulas of an edition this reader cannot rebuild would all read as changed: a newer gridscore wrote them.
  if (identity.formulas !== undefined && !FORMULA_EDITIONS.some((e) => e === identity.formulas))
    return [
      {
        code: "other-template",
        field: "formulas",
        found: identity.formulas,
        expected: FORMULA_EDITION,
      },
    ];
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
        // Both editions by name, for a message that says what to do: migrate one (a second edition in one run,
        // as compare or merge of mixed editions) or pass its edition file (an edition this run does not know).
        ...(recorded || identity.edition
          ? { foundEdition: recorded?.key ?? identity.edition! }
          : {}),
        expectedEdition: expected.key,
        ...(recorded ? { known: true as const } : {}),
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

/**
 * A workbook gridscore wrote that is not a scoresheet says what it is, so the message can say what to pass
 * instead: a remediation plan (整改台账, `plan` or `report --sheet`) or a roll-up (`rollup`). Other problems pass.
 */
function namedForeign(problems: Problem[], grid: GridSource): Problem[] {
  if (problems.length !== 1 || problems[0]!.code !== "not-a-scoresheet") return problems;
  if (isPlanGrid(grid)) return [{ code: "gridscore-other-workbook", kind: "remediation" }];
  const names = grid.sheetNames();
  // The roll-up's sheets (src/rollup: 单位, 按层级汇总, 薄弱项); test/newuser/otherWorkbooks.test.ts pins them.
  if (["单位", "按层级汇总", "薄弱项"].every((n) => names.includes(n)))
    return [{ code: "gridscore-other-workbook", kind: "rollup" }];
  return problems;
}

/**
 * A workbook whose container and identity passed: parsed once, then read as a scoresheet or a consensus. It was
 * read by the fast reader (fastGrid.ts) or, where that declined, by ExcelJS (`workbook`).
 */
export interface LoadedXlsx {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly grid: GridSource;
  readonly identity: Partial<Record<MetaKey, string>>;
  /** The ExcelJS model, when the fast reader declined (or was not asked). */
  readonly workbook?: ExcelJS.Workbook;
  /** The named results (Total, Verdict, subtotals) as the tamper check reads them. */
  readonly namedResults: NamedResultLookup;
}

/** Which reader `loadXlsx` uses: the fast one with ExcelJS as fallback (the default), or ExcelJS only. */
export type XlsxReader = "auto" | "exceljs";

/**
 * The named results of a fast-read workbook, resolved up front so that a name the fast reader cannot resolve
 * exactly declines the whole fast read (the caller then loads ExcelJS) instead of failing later.
 */
function fastNamedResults(
  fast: FastWorkbook,
  file: string,
  names: readonly string[]
): NamedResultLookup {
  const resolved = new Map<string, NamedResult | undefined>();
  for (const name of names) {
    const at = fast.namedCell(name);
    resolved.set(
      name,
      at && {
        where: { file, sheet: at.sheet, cell: at.address },
        formula: fast.grid.formula?.(at.sheet, at.row, at.col),
        value: fast.grid.cell(at.sheet, at.row, at.col),
      }
    );
  }
  return (name) => {
    if (!resolved.has(name)) throw new Error(`named result ${name} was not resolved at load`);
    return resolved.get(name);
  };
}

export type XlsxLoadResult =
  | { readonly ok: true; readonly loaded: LoadedXlsx }
  | { readonly ok: false; readonly file: string; readonly errors: readonly LocatedProblem[] };

/**
 * Checks the container, parses it and checks its identity; never throws for bad input, never writes. The fast
 * reader goes first; where it declines (FastGridDecline), ExcelJS is loaded and reads the workbook.
 */
export async function loadXlsx(
  bytes: Uint8Array,
  file: string,
  limits: ZipLimits = DEFAULT_LIMITS,
  reader: XlsxReader = "auto"
): Promise<XlsxLoadResult> {
  const refuse = (problems: Problem[]): XlsxLoadResult => ({
    ok: false,
    file,
    errors: problems.map((p) => ({ ...p, where: { file } })),
  });
  // The gate inflates every part; it keeps the ones the fast reader reads, which then are not inflated again.
  const container = inspectXlsxParts(
    bytes,
    limits,
    file,
    reader === "auto" ? isFastPart : undefined
  );
  if (container.problems.length > 0) return refuse(container.problems);
  if (reader === "auto") {
    const { names, parts } = container;
    const fast = loadFast(bytes, parts ? { names, files: parts } : undefined, file);
    if (fast) return fast.problems.length > 0 ? refuse(fast.problems) : fast.result;
  }
  const { default: ExcelJSModule } = await import("exceljs");
  const workbook = new ExcelJSModule.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
  } catch (e) {
    return refuse([{ code: "corrupt", detail: (e as Error).message.slice(0, 200) }]);
  }
  const grid = excelGrid(workbook);
  const identity = readIdentity(grid);
  const idProblems = namedForeign(identityProblems(identity), grid);
  if (idProblems.length > 0) return refuse(idProblems);
  pickEdition(editionByFingerprint(identity.fingerprint ?? "")!); // the reader works in the recorded edition
  const namedResults = excelNamedResults(workbook, file);
  return { ok: true, loaded: { file, bytes, workbook, grid, identity, namedResults } };
}

/**
 * The fast read of a workbook whose container passed (from the parts the gate inflated, or else from its bytes):
 * its identity problems, or the loaded workbook; undefined when the fast reader declines (or fails in any way).
 * The edition is picked only once the read is accepted.
 */
function loadFast(
  bytes: Uint8Array,
  parts: UnzippedParts | undefined,
  file: string
): { problems: Problem[]; result: XlsxLoadResult } | undefined {
  try {
    const fast = readFastWorkbook(parts ?? bytes);
    const grid = fast.grid;
    const identity = readIdentity(grid);
    const problems = namedForeign(identityProblems(identity), grid);
    if (problems.length > 0) return { problems, result: { ok: false, file, errors: [] } };
    const edition = editionByFingerprint(identity.fingerprint ?? "")!;
    const names =
      identity.kind === "consensus"
        ? []
        : ["Total", "Verdict", ...edition.standard.tables.map((t) => subtotalName(t.id))];
    const namedResults = fastNamedResults(fast, file, names);
    pickEdition(edition); // the reader works in the recorded edition
    return {
      problems,
      result: { ok: true, loaded: { file, bytes, grid, identity, namedResults } },
    };
  } catch (e) {
    // A decline, or a fault of the fast reader itself: ExcelJS reads the workbook instead, as it always did.
    if (e instanceof FastGridDecline || e instanceof Error) return undefined;
    throw e;
  }
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
  grid,
  namedResults,
}: LoadedXlsx): XlsxScoresheet {
  const read = readScoresheet(grid, file);
  const report = scoreEvaluation(read.evaluation);
  const engineProblems = [...report.errors, ...report.warnings].map((p) =>
    locateProblem(p, read.locations, file)
  );
  const layout = read.identity.layout ?? LAYOUT_VERSION;
  // A changed constant the formulas read (the pass mark, a cap) makes the workbook's figures differ from the
  // recomputation: that, not a missed recalculation, is the cause, so no stale-result warning blames F9.
  const constants = scoresheetConstantProblems(grid, file, layout);
  // A formula typed over or changed in a row is likewise why the named results differ, not a missed recalculation.
  const formulas = scoresheetFormulaProblems(grid, file, layout, read.identity.formulas);
  const tamper = tamperProblems(namedResults, report, file, layout).filter(
    (p) => (constants.length === 0 && formulas.length === 0) || p.code !== "cached-mismatch"
  );
  const { errors, warnings } = partitionProblems([
    ...read.problems,
    ...engineProblems,
    ...constants,
    ...formulas,
    ...tamper,
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
