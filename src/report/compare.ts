/**
 * Comparing two evaluations of one unit (before and after remediation): per table and per item the change, the
 * requirement lines newly losing points and those recovered, and plan rows claimed 已完成 that still lose points.
 * Pure; numbers under the exact number model (README: Numbers).
 */
import { indexStandard } from "../standard";
import type { TableId } from "../standard";
import { Fraction, round2, sumExact } from "../engine";
import type { Verdict } from "../engine";
import type { PlanEntry } from "../layout/evaluationDocument";
import { buildReportModel } from "./build";
import { planRows, shownLoss } from "./plan";
import type { PlanRow } from "./plan";
import type { ReportInput } from "./types";

export type Change = "improved" | "worse" | "same";

export interface CompareSide {
  readonly total: number;
  readonly verdict: Verdict;
  readonly date?: string;
  readonly organization?: string;
}

export interface TableChange {
  readonly id: TableId;
  readonly title: string;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

export interface ItemChange {
  readonly id: string;
  readonly tableId: TableId;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
  readonly change: Change;
}

/** A finding: a requirement line (or an item where lines are not known on either side) and its points lost. */
export interface FindingChange {
  readonly id: string;
  readonly itemId: string;
  readonly before: number;
  readonly after: number;
}

export interface Comparison {
  readonly before: CompareSide;
  readonly after: CompareSide;
  readonly totalDelta: number;
  readonly tables: readonly TableChange[];
  readonly items: readonly ItemChange[];
  /** Losing points after, not before. */
  readonly newlyLosing: readonly FindingChange[];
  /** Losing points before, not after. */
  readonly recovered: readonly FindingChange[];
  /** Losing points on both. */
  readonly stillLosing: readonly FindingChange[];
  /** Plan rows marked 已完成 whose requirement still loses points after (claimed fixed, still losing). */
  readonly claimedFixed: readonly FindingChange[];
}

const delta = (before: number, after: number): number => round2(sumExact([after, -before]));

function side(input: ReportInput): CompareSide {
  return {
    total: input.report.total,
    verdict: input.report.verdict,
    ...(input.meta.date ? { date: input.meta.date } : {}),
    ...(input.meta.organization ? { organization: input.meta.organization } : {}),
  };
}

/**
 * Both sides' findings on one key set: where either side knows only an item's loss (a consensus, or an A.7
 * item), the other side's lines of that item are added up into the item.
 */
function alignFindings(
  before: readonly PlanRow[],
  after: readonly PlanRow[]
): { keys: string[]; b: Map<string, number>; a: Map<string, number>; item: Map<string, string> } {
  const itemLevel = new Set(
    [...before, ...after].filter((r) => r.key === r.itemId).map((r) => r.itemId)
  );
  const item = new Map<string, string>();
  const collect = (rows: readonly PlanRow[]): Map<string, number> => {
    // Added from the exact losses and rounded once (README: Numbers), never from the rows' rounded figures.
    const exactSums = new Map<string, Fraction>();
    for (const r of rows) {
      const key = itemLevel.has(r.itemId) ? r.itemId : r.key;
      item.set(key, r.itemId);
      exactSums.set(key, (exactSums.get(key) ?? new Fraction(0)).add(new Fraction(r.exactLost)));
    }
    return new Map([...exactSums].map(([key, sum]) => [key, shownLoss(sum)]));
  };
  const b = collect(before);
  const a = collect(after);
  const order = new Map<string, number>();
  for (const [id, { item: def }] of indexStandard().lines) {
    order.set(id, order.size);
    if (!order.has(def.id)) order.set(def.id, order.size);
  }
  for (const id of indexStandard().items.keys()) if (!order.has(id)) order.set(id, order.size);
  const rank = (id: string): number => order.get(id) ?? order.size;
  const keys = [...new Set([...b.keys(), ...a.keys()])].sort(
    (x, y) => rank(x) - rank(y) || x.localeCompare(y)
  );
  return { keys, b, a, item };
}

/** Whether a plan key names the finding (the same line or item, or the item of a line, or a line of the item). */
function sameFinding(
  planKey: string,
  finding: string,
  itemOf: ReadonlyMap<string, string>
): boolean {
  if (planKey === finding) return true;
  const line = indexStandard().lines.get(planKey);
  return (line !== undefined && line.item.id === finding) || itemOf.get(finding) === planKey;
}

/** Compares two evaluations; with plan entries (by row key), finds the rows claimed fixed that still lose. */
export function compareEvaluations(
  beforeInput: ReportInput,
  afterInput: ReportInput,
  plan?: ReadonlyMap<string, PlanEntry>
): Comparison {
  const before = beforeInput.report;
  const after = afterInput.report;
  const afterTables = new Map(after.tables.map((t) => [t.id, t]));
  const afterItems = new Map(after.items.map((i) => [i.id, i]));
  const tables = before.tables.map((t) => {
    const now = afterTables.get(t.id)?.score ?? 0;
    return { id: t.id, title: t.title, before: t.score, after: now, delta: delta(t.score, now) };
  });
  const items = before.items.map((i): ItemChange => {
    const now = afterItems.get(i.id)?.score ?? 0;
    const d = delta(i.score, now);
    return {
      id: i.id,
      tableId: i.tableId,
      before: i.score,
      after: now,
      delta: d,
      change: d > 0 ? "improved" : d < 0 ? "worse" : "same",
    };
  });
  const { keys, b, a, item } = alignFindings(
    planRows(buildReportModel(beforeInput)),
    planRows(buildReportModel(afterInput))
  );
  const finding = (id: string): FindingChange => ({
    id,
    itemId: item.get(id) ?? id,
    before: b.get(id) ?? 0,
    after: a.get(id) ?? 0,
  });
  const done = [...(plan ?? new Map<string, PlanEntry>()).entries()]
    .filter(([, e]) => e.status === "done")
    .map(([k]) => k);
  return {
    before: side(beforeInput),
    after: side(afterInput),
    totalDelta: delta(before.total, after.total),
    tables,
    items,
    newlyLosing: keys.filter((k) => a.has(k) && !b.has(k)).map(finding),
    recovered: keys.filter((k) => b.has(k) && !a.has(k)).map(finding),
    stillLosing: keys.filter((k) => b.has(k) && a.has(k)).map(finding),
    claimedFixed: keys
      .filter((k) => a.has(k) && done.some((p) => sameFinding(p, k, item)))
      .map(finding),
  };
}
