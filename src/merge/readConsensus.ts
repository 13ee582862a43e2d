/**
 * Reading a consensus workbook back: the expert columns (as the group may have corrected them) are the truth,
 * and the consensus is recomputed from them with the method the workbook records.
 */
import { allItems, sha256Hex } from "../standard";
import type { EvaluationMeta, ItemStatus, LocatedProblem, Problem } from "../engine";
import { INPUT_DECIMALS, ITEM_STATUSES, decimalPlaces } from "../engine";
import type { CellValue } from "../engine";
import { a1 } from "../layout";
import { loadXlsx } from "../writers/xlsx";
import type { LoadedXlsx } from "../writers/xlsx";
import { MERGE_METHODS, combineGroup } from "./consensus";
import type { ItemConsensus, MergeMethod, MergeRecord, MergeResult } from "./consensus";
import { CONSENSUS_SHEET } from "./consensusLayout";

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
 * What is wrong with a (corrected) expert score, by the input model (README: Inputs): it must be a number, not
 * text (the consensus formulas skip text, so it would silently drop an expert), with at most 2 decimals, from 0
 * to the item's cap.
 */
export function expertScoreProblem(itemId: string, v: unknown, cap: number): Problem | undefined {
  if (typeof v === "string") return { code: "number-as-text", itemId, value: v };
  if (typeof v !== "number" || !Number.isFinite(v))
    return {
      code: "not-a-number",
      itemId,
      value: v instanceof Date ? v.toISOString() : v === undefined ? null : (v as CellValue),
    };
  if (decimalPlaces(v) > INPUT_DECIMALS)
    return { code: "too-many-decimals", itemId, value: v, limit: INPUT_DECIMALS };
  if (v < 0 || v > cap) return { code: "score-out-of-range", itemId, value: v, cap };
  return undefined;
}

/** The hidden data of an item row: one cell, or continued in the cells after it (long notes). */
function dataText(grid: LoadedXlsx["grid"], row: number, col: number): string {
  let out = "";
  for (let c = col; ; c++) {
    const v = grid.cell(CONSENSUS_SHEET, row, c);
    if (typeof v !== "string" || v === "") break;
    out += v;
  }
  return out || "{}";
}

/** Reads a consensus workbook and recomputes its consensus; never throws for bad input. */
export async function readConsensusXlsx(bytes: Uint8Array, file: string): Promise<ConsensusRead> {
  const result = await loadXlsx(bytes, file);
  return result.ok ? readLoadedConsensus(result.loaded) : result;
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
    { scores: number[]; statuses: ItemStatus[]; notes: ItemConsensus["notes"] }
  >();
  for (let row = FIRST_ROW; row < grid.rowCount(CONSENSUS_SHEET); row++) {
    const id = grid.cell(CONSENSUS_SHEET, row, 1);
    if (typeof id !== "string" || !known.has(id)) continue;
    const cap = capOf.get(id)!;
    const scores = evaluators.map((_, k) => {
      const v = grid.cell(CONSENSUS_SHEET, row, FIRST_EXPERT_COL + k);
      const where = { file, sheet: CONSENSUS_SHEET, cell: a1(row, FIRST_EXPERT_COL + k) };
      const problem = expertScoreProblem(id, v, cap);
      if (problem) {
        errors.push({ ...problem, where });
        return 0;
      }
      return v as number;
    });
    const data = parseJson<{ statuses?: string[]; notes?: ItemConsensus["notes"] }>(
      dataText(grid, row, FIRST_EXPERT_COL + evaluators.length + 7),
      {}
    );
    const statuses = evaluators.map((_, k): ItemStatus => {
      const s = data.statuses?.[k];
      return s !== undefined && (ITEM_STATUSES as readonly string[]).includes(s)
        ? (s as ItemStatus)
        : "normal";
    });
    items.set(id, { scores, statuses, notes: data.notes ?? [] });
  }
  for (const id of known)
    if (!items.has(id))
      errors.push({ code: "missing-row", itemId: id, where: { file, sheet: CONSENSUS_SHEET } });
  if (errors.length > 0) return { ok: false, file, errors };
  const experts = evaluators.map((evaluator, k) => ({ evaluator, file: inputs[k]?.file ?? "" }));
  const result = combineGroup({ experts, items }, method, identity.createdAt ?? "", inputs);
  return {
    ok: true,
    result,
    meta: parseJson<EvaluationMeta>(identity.meta ?? "{}", {}),
    sha256: sha256Hex(bytes),
  };
}
