/**
 * A group built from chosen totals, for the deliberation tests: each expert loses the given points item by item
 * in the standard's order (扣完为止), so totals are exact and the items that differ are known.
 */
import { allItems } from "../../src/standard";
import { sumExact } from "../../src/engine";
import type { ItemStatus } from "../../src/engine";
import { buildConsensusWorkbook, combineGroup } from "../../src/merge";
import type { GroupScores, MergeResult } from "../../src/merge";
import type { WorkbookModel } from "../../src/layout";

export interface Deliberated {
  readonly agreed?: number;
  readonly reason?: string;
  readonly dissent?: string;
}

/** Every expert's item scores for the given losses (points below the 495 computed maximum). */
export function groupOf(
  names: readonly string[],
  losses: readonly number[],
  deliberation: Readonly<Record<string, Deliberated>> = {},
  explanations: readonly string[] = []
): GroupScores {
  const defs = allItems();
  const per = names.map((_, k) => {
    let left = losses[k]!;
    return defs.map((def) => {
      const lose = Math.min(def.cap, left);
      left = sumExact([left, -lose]);
      return sumExact([def.cap, -lose]);
    });
  });
  const items = new Map<
    string,
    GroupScores["items"] extends ReadonlyMap<string, infer V> ? V : never
  >();
  defs.forEach((def, i) =>
    items.set(def.id, {
      scores: per.map((p) => p[i]!),
      statuses: names.map((): ItemStatus => "normal"),
      notes: [],
      ...(deliberation[def.id] ?? {}),
    })
  );
  return {
    experts: names.map((n, k) => ({
      evaluator: n,
      file: `${n}.xlsx`,
      ...(explanations[k] ? { explanation: explanations[k] } : {}),
    })),
    items,
  };
}

/** The identity the consensus workbooks of these tests carry. */
export const CONSENSUS_IDENTITY = {
  workbookId: "wb-c",
  createdAt: "2026-11-28T08:00:00.000Z",
  generator: "test",
  kind: "consensus",
} as const;

/** A group merged as the CLI merges it (one file per expert, no input warnings), by a method, with a limit. */
export function mergedOf(
  group: GroupScores,
  method: "mean" | "median" = "mean",
  limit = 30
): MergeResult {
  return combineGroup(
    group,
    method,
    "2026-11-28T08:00:00.000Z",
    group.experts.map((e) => ({ file: e.file, sha256: "0".repeat(64), evaluator: e.evaluator })),
    [],
    limit
  );
}

/** The consensus (mean) of a group, with a limit, and its workbook model. */
export function consensusOf(
  group: GroupScores,
  limit = 30
): { result: MergeResult; model: WorkbookModel } {
  const result = mergedOf(group, "mean", limit);
  const model = buildConsensusWorkbook(result, CONSENSUS_IDENTITY, {
    organization: "示例市",
    date: "2026-11-28",
  });
  return { result, model };
}

/** The 0-based row of an item on a sheet model (its id in column B). */
export function itemRow(model: WorkbookModel, sheet: string, itemId: string): number {
  const s = model.sheets.find((x) => x.name === sheet)!;
  const cell = s.cells.find(
    (c) => c.col === 1 && c.content.kind === "text" && c.content.text === itemId
  );
  if (!cell) throw new Error(`no ${itemId} on ${sheet}`);
  return cell.row;
}

/** The 0-based column of a header on row 2 of a sheet model. */
export function headerCol(model: WorkbookModel, sheet: string, header: string): number {
  const s = model.sheets.find((x) => x.name === sheet)!;
  const cell = s.cells.find(
    (c) => c.row === 2 && c.content.kind === "text" && c.content.text === header
  );
  if (!cell) throw new Error(`no header ${header} on ${sheet}`);
  return cell.col;
}

/** The 0-based row whose column A holds a label on a sheet model. */
export function labelRow(model: WorkbookModel, sheet: string, label: string): number {
  const s = model.sheets.find((x) => x.name === sheet)!;
  const cell = s.cells.find(
    (c) => c.col === 0 && c.content.kind === "text" && c.content.text === label
  );
  if (!cell) throw new Error(`no label ${label} on ${sheet}`);
  return cell.row;
}
