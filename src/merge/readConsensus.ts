/**
 * Reading a consensus workbook back: the expert columns (as the group may have corrected them) are the truth,
 * and the consensus is recomputed from them with the method the workbook records.
 */
import { allItems, sha256Hex } from "../standard";
import type { EvaluationMeta, ItemStatus, LocatedProblem, Problem } from "../engine";
import { INPUT_DECIMALS, ITEM_STATUSES, decimalPlaces, severityOf } from "../engine";
import type { CellValue } from "../engine";
import { a1, cellKind, dateSerial, gridDateText } from "../layout";
import { loadXlsx } from "../writers/xlsx/readXlsx";
import type { LoadedXlsx } from "../writers/xlsx/readXlsx";
import { MERGE_METHODS, combineGroup } from "./consensus";
import type { ItemConsensus, MergeMethod, MergeRecord, MergeResult } from "./consensus";
import { CONSENSUS_SHEET, CONSENSUS_SUMMARY_SHEET } from "./consensusLayout";
import { DEFAULT_DEVIATION_LIMIT } from "./agreement";
import { consensusTamperProblems, olderLayoutProblems } from "./consensusTamper";
import {
  DELIBERATION_HEADERS,
  DEVIATION_LABELS,
  cellText,
  checkAgreed,
  planNotApplicableReason,
} from "./deliberation";

export type ConsensusRead =
  | {
      readonly ok: true;
      readonly result: MergeResult;
      readonly meta: EvaluationMeta;
      readonly sha256: string;
    }
  | { readonly ok: false; readonly file: string; readonly errors: readonly LocatedProblem[] };

const HEADER_ROW = 2;
const FIRST_ROW = 3;
const FIRST_EXPERT_COL = 4;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * What is wrong with a (corrected) expert score, by the input model (README: Inputs) and as the 共识 sheet's
 * formulas take it (deliberation.ts expertValue, expertCheckFormula): it must be a number, not text (the consensus
 * formulas count text 0, so it would silently drop an expert), with at most 2 decimals, from 0 to the item's cap.
 * A boolean (which N counts 1 or 0) and an error value (`kind` "error": #N/A, which a grid gives as its text; it
 * spreads to the consensus and total) are named as what they are, never as text. A date-formatted cell is its
 * serial number, as the formulas count it (ISNUMBER is true for it): named as a date where that number fails.
 *
 * @returns `number-as-text` (text; `found` boolean or error with `inConsensus`), `too-many-decimals` or
 *   `score-out-of-range` (with `date` for a date cell), `not-a-number` for anything else; undefined when it counts
 */
export function expertScoreProblem(
  itemId: string,
  v: unknown,
  cap: number,
  kind?: "boolean" | "error"
): Problem | undefined {
  if (kind === "error" || typeof v === "boolean")
    return {
      code: "number-as-text",
      itemId,
      value: typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v),
      found: typeof v === "boolean" ? "boolean" : "error",
      inConsensus: true,
    };
  if (typeof v === "string") return { code: "number-as-text", itemId, value: v };
  const date = v instanceof Date ? { date: gridDateText(v) } : {};
  const n = v instanceof Date ? dateSerial(v) : v;
  if (typeof n !== "number" || !Number.isFinite(n))
    return { code: "not-a-number", itemId, value: n === undefined ? null : (n as CellValue) };
  if (decimalPlaces(n) > INPUT_DECIMALS)
    // The 共识 sheet's formulas count it as typed (N keeps a number): the message says so, not 按0计.
    return {
      code: "too-many-decimals",
      itemId,
      value: n,
      limit: INPUT_DECIMALS,
      asTyped: true,
      ...date,
    };
  if (n < 0 || n > cap) return { code: "score-out-of-range", itemId, value: n, cap, ...date };
  return undefined;
}

/** An expert's score as the 共识 sheet's formulas count it once {@link expertScoreProblem} passed it. */
function expertScore(v: unknown): number {
  return v instanceof Date ? dateSerial(v) : (v as number);
}

/**
 * The hidden data of an item row: one cell, or continued in the cells after it (long notes); "" when there is none,
 * which parseJson takes as its fallback like any text that is no JSON.
 */
function dataText(grid: LoadedXlsx["grid"], row: number, col: number): string {
  let out = "";
  for (let c = col; ; c++) {
    const v = grid.cell(CONSENSUS_SHEET, row, c);
    if (typeof v !== "string" || v === "") break;
    out += v;
  }
  return out;
}

/** The 共识 sheet's columns by header (row 2); the deliberation columns are absent from older workbooks. */
function headerColumns(grid: LoadedXlsx["grid"], from: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let col = from; col < from + 64; col++) {
    const h = grid.cell(CONSENSUS_SHEET, HEADER_ROW, col);
    // A blank header is kept too, harmlessly: only the deliberation headers are ever looked up.
    if (typeof h === "string" && !out.has(h)) out.set(h, col);
  }
  return out;
}

/**
 * The deviation limit (percent) and each expert's written explanation from 共识汇总 (issue 12), found by their
 * labels; an older workbook has neither (the default limit, no explanations).
 */
function readSummary(
  grid: LoadedXlsx["grid"],
  evaluators: readonly string[],
  file: string
): { limit: number; explanations: string[]; limitProblem?: LocatedProblem } {
  const explanations = evaluators.map(() => "");
  let limit = DEFAULT_DEVIATION_LIMIT;
  let limitProblem: LocatedProblem | undefined;
  if (!grid.sheetNames().includes(CONSENSUS_SUMMARY_SHEET)) return { limit, explanations };
  const at = (r: number, c: number) => grid.cell(CONSENSUS_SUMMARY_SHEET, r, c);
  const rows = grid.rowCount(CONSENSUS_SUMMARY_SHEET);
  for (let r = 0; r < rows; r++) {
    if (at(r, 0) === DEVIATION_LABELS.limit) {
      // A date-formatted number is the number the sheet's formulas compute with.
      const found = at(r, 2);
      const v = found instanceof Date ? dateSerial(found) : found;
      // The cell's validation allows (0, 100] with at most 2 decimals; anything else leaves the default, as the
      // sheet's own formulas do (consensusSummary.ts), with a warning naming the cell, as the sheet's hint does.
      if (typeof v === "number" && v > 0 && v <= 100 && decimalPlaces(v) <= INPUT_DECIMALS)
        limit = v;
      else
        limitProblem = {
          code: "deviation-limit-invalid",
          value: v === undefined || v === "" ? null : v,
          used: DEFAULT_DEVIATION_LIMIT,
          where: { file, sheet: CONSENSUS_SUMMARY_SHEET, cell: a1(r, 2) },
        };
    }
    if (at(r, 4) === DEVIATION_LABELS.header) {
      for (let k = 0; k < evaluators.length; k++)
        if (at(r + 1 + k, 0) === evaluators[k]) explanations[k] = cellText(at(r + 1 + k, 6));
      break;
    }
  }
  return { limit, explanations, ...(limitProblem ? { limitProblem } : {}) };
}

/** Reads a consensus workbook and recomputes its consensus; never throws for bad input. */
export async function readConsensusXlsx(bytes: Uint8Array, file: string): Promise<ConsensusRead> {
  const result = await loadXlsx(bytes, file);
  return result.ok ? readLoadedConsensus(result.loaded) : result;
}

/**
 * One item row's deliberation cells (评议后得分, 评议理由, 不同意见), checked by deliberation.ts checkAgreed:
 * the entry for combineGroup and the errors, located at the agreed-score cell.
 */
function readDeliberation(
  grid: LoadedXlsx["grid"],
  row: number,
  itemId: string,
  cap: number,
  cols: ReadonlyMap<string, number>,
  file: string,
  planReason?: string
): {
  entry: { agreed?: number; reason?: string; dissent?: string };
  errors: LocatedProblem[];
} {
  const H = DELIBERATION_HEADERS;
  const agreedCol = cols.get(H.agreed);
  if (agreedCol === undefined) return { entry: {}, errors: [] };
  const read = (header: string): string => {
    const col = cols.get(header);
    return col === undefined ? "" : cellText(grid.cell(CONSENSUS_SHEET, row, col));
  };
  const raw = grid.cell(CONSENSUS_SHEET, row, agreedCol);
  const reason = read(H.reason);
  const dissent = read(H.dissent);
  // An error value (#N/A) is passed as one, never as its text; a date as its serial, which the sheet's formulas
  // judge (ISNUMBER is true for it), and named as a date where that number is not applied.
  const value =
    cellKind(grid, CONSENSUS_SHEET, row, agreedCol) === "error"
      ? { error: String(raw) }
      : raw instanceof Date
        ? dateSerial(raw)
        : raw;
  const checked = checkAgreed(itemId, cap, value, reason, planReason);
  const date = raw instanceof Date ? gridDateText(raw) : undefined;
  const problems = checked.problems.map((p) =>
    date !== undefined && p.code === "agreed-score-invalid" ? { ...p, date } : p
  );
  const where = { file, sheet: CONSENSUS_SHEET, cell: a1(row, agreedCol) };
  return {
    // As typed: combineGroup applies the agreed score (undefined: none counts), keeps a reason typed alone and
    // warns (never dropped silently), and leaves out a blank reason or dissent.
    entry: { agreed: checked.agreed, reason, dissent },
    errors: problems.map((p) => ({ ...p, where })),
  };
}

/** Recomputes the consensus of a workbook already loaded (its identity checked by loadXlsx). */
export function readLoadedConsensus({ file, bytes, grid, identity }: LoadedXlsx): ConsensusRead {
  const refuse = (problems: Problem[]): ConsensusRead => ({
    ok: false,
    file,
    errors: problems.map((p) => ({ ...p, where: { file } })),
  });
  if (identity.kind !== "consensus" || !grid.sheetNames().includes(CONSENSUS_SHEET))
    return refuse([{ code: "not-a-scoresheet" }]);
  const method = (identity.method ?? "mean") as MergeMethod;
  if (!MERGE_METHODS.includes(method))
    return refuse([{ code: "corrupt", detail: `unknown merge method ${identity.method}` }]);
  const evaluators: string[] = [];
  for (let col = FIRST_EXPERT_COL; ; col++) {
    const header = grid.cell(CONSENSUS_SHEET, HEADER_ROW, col);
    if (header === undefined || header === null || header === "共识") break;
    evaluators.push(String(header));
  }
  if (evaluators.length === 0) return refuse([{ code: "corrupt", detail: "no expert columns" }]);
  const inputs = parseJson<MergeRecord["inputs"]>(identity.inputs ?? "[]", []);
  const errors: LocatedProblem[] = [];
  const known = new Set(allItems().map((i) => i.id));
  const capOf = new Map(allItems().map((i) => [i.id, i.cap]));
  const items = new Map<
    string,
    {
      scores: number[];
      statuses: ItemStatus[];
      notes: ItemConsensus["notes"];
      agreed?: number;
      reason?: string;
      dissent?: string;
      lostLines?: string[];
    }
  >();
  const H = DELIBERATION_HEADERS;
  const cols = headerColumns(grid, FIRST_EXPERT_COL + evaluators.length);
  // The hidden data: found by its header; an older layout had it 7 columns after the experts.
  const dataCol = cols.get(H.data) ?? FIRST_EXPERT_COL + evaluators.length + 7;
  // Workbooks merged before the deliberation columns have another layout: their formulas are checked less.
  const agreedColumn = cols.get(H.agreed);
  const rowOf = new Map<string, number>();
  for (let row = FIRST_ROW; row < grid.rowCount(CONSENSUS_SHEET); row++) {
    const id = grid.cell(CONSENSUS_SHEET, row, 1);
    if (typeof id !== "string" || !known.has(id)) continue;
    rowOf.set(id, row);
    const cap = capOf.get(id)!;
    const scores = evaluators.map((_, k) => {
      const v = grid.cell(CONSENSUS_SHEET, row, FIRST_EXPERT_COL + k);
      const where = { file, sheet: CONSENSUS_SHEET, cell: a1(row, FIRST_EXPERT_COL + k) };
      const problem = expertScoreProblem(
        id,
        v,
        cap,
        cellKind(grid, CONSENSUS_SHEET, row, FIRST_EXPERT_COL + k)
      );
      if (problem) {
        errors.push({ ...problem, where });
        return 0;
      }
      return expertScore(v);
    });
    const data = parseJson<{
      statuses?: string[];
      notes?: ItemConsensus["notes"];
      lostLines?: unknown;
    }>(dataText(grid, row, dataCol), {});
    const statuses = evaluators.map((_, k): ItemStatus => {
      const s = data.statuses?.[k];
      return s !== undefined && (ITEM_STATUSES as readonly string[]).includes(s)
        ? (s as ItemStatus)
        : "normal";
    });
    // An item the group's plan fixed as 不适用 takes no agreed score (7.2), as the sheet's 评议检查 says.
    const planReason = planNotApplicableReason(id, statuses, data.notes ?? []);
    const deliberation = readDeliberation(grid, row, id, cap, cols, file, planReason);
    errors.push(...deliberation.errors);
    // The lines some expert lost points on (recorded since finding 6); only ids of this item's lines are taken.
    const lost = Array.isArray(data.lostLines)
      ? data.lostLines.filter((l): l is string => typeof l === "string" && l.startsWith(`${id}.`))
      : undefined;
    items.set(id, {
      scores,
      statuses,
      notes: data.notes ?? [],
      ...(lost ? { lostLines: lost } : {}),
      ...deliberation.entry,
    });
  }
  for (const id of known)
    if (!items.has(id))
      errors.push({ code: "missing-row", itemId: id, where: { file, sheet: CONSENSUS_SHEET } });
  if (errors.length > 0) return { ok: false, file, errors };
  const summary = readSummary(grid, evaluators, file);
  const experts = evaluators.map((evaluator, k) => ({
    evaluator,
    file: inputs[k]?.file ?? "",
    ...(summary.explanations[k] ? { explanation: summary.explanations[k] } : {}),
  }));
  const combined = combineGroup(
    { experts, items },
    method,
    identity.createdAt ?? "",
    inputs,
    [],
    summary.limit
  );
  // A reason typed without an agreed score is named at its cell.
  const reasonCol = cols.get(H.reason);
  const warnings = combined.warnings.map((w) => {
    const row = w.code === "reason-without-agreed" ? rowOf.get(w.itemId) : undefined;
    return row === undefined || reasonCol === undefined
      ? w
      : { ...w, where: { file, sheet: CONSENSUS_SHEET, cell: a1(row, reasonCol) } };
  });
  // The sheet's own figures (consensus, subtotals, total, verdict, deviations) against the recomputation: a
  // constant or another formula where the layout has one refuses the workbook, a stale cached result warns.
  const byRow = [...rowOf.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  const itemById = new Map(combined.items.map((i) => [i.id, i]));
  const inRowOrder = byRow.map((id) => itemById.get(id)!);
  const tamper =
    agreedColumn === undefined
      ? olderLayoutProblems(
          grid,
          file,
          rowOf,
          combined.tables.map((t) => t.id)
        )
      : consensusTamperProblems(
          grid,
          { ...combined, items: inRowOrder },
          file,
          FIRST_ROW,
          identity.formulas
        );
  const refused = tamper.filter((p) => severityOf(p) === "error");
  if (refused.length > 0) return { ok: false, file, errors: refused };
  const result = {
    ...combined,
    warnings: [
      ...(summary.limitProblem ? [summary.limitProblem] : []),
      ...warnings,
      // No error among them: one would have refused the workbook above.
      ...tamper,
    ],
  };
  return {
    ok: true,
    result,
    meta: parseJson<EvaluationMeta>(identity.meta ?? "{}", {}),
    sha256: sha256Hex(bytes),
  };
}
