/**
 * Reading a consensus workbook back: the expert columns (as the group may have corrected them) are the truth,
 * and the consensus is recomputed from them with the method the workbook records.
 */
import { allItems, sha256Hex } from "../standard";
import type { EvaluationMeta, ItemStatus, LocatedProblem, Problem } from "../engine";
import { ITEM_STATUSES } from "../engine";
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
  const items = new Map<
    string,
    { scores: number[]; statuses: ItemStatus[]; notes: ItemConsensus["notes"] }
  >();
  for (let row = FIRST_ROW; row < grid.rowCount(CONSENSUS_SHEET); row++) {
    const id = grid.cell(CONSENSUS_SHEET, row, 1);
    if (typeof id !== "string" || !known.has(id)) continue;
    const scores = evaluators.map((_, k) => {
      const v = grid.cell(CONSENSUS_SHEET, row, FIRST_EXPERT_COL + k);
      const x = typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
      if (typeof x !== "number" || !Number.isFinite(x)) {
        errors.push({
          code: "not-a-number",
          itemId: id,
          value: v instanceof Date ? v.toISOString() : (v ?? null),
          where: { file, sheet: CONSENSUS_SHEET, cell: a1(row, FIRST_EXPERT_COL + k) },
        });
        return 0;
      }
      return x;
    });
    const data = parseJson<{ statuses?: string[]; notes?: ItemConsensus["notes"] }>(
      String(grid.cell(CONSENSUS_SHEET, row, FIRST_EXPERT_COL + evaluators.length + 7) ?? "{}"),
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
