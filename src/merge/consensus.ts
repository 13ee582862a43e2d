/**
 * Consensus of the evaluation group (4.2): per item, one number from every expert's recomputed item score.
 */
import { STANDARD, allItems, computedMax, computedTotal, templateFingerprint } from "../standard";
import type { TableId } from "../standard";
import { passes, roundScore } from "../engine";
import type { Evaluation, ItemStatus, LocatedProblem, ScoreReport, Verdict } from "../engine";

export type MergeMethod = "mean" | "median" | "trimmed";
export const MERGE_METHODS: readonly MergeMethod[] = ["mean", "median", "trimmed"];

/** One expert's recomputed evaluation, as read from a workbook or a JSON file. */
export interface ExpertInput {
  readonly file: string;
  readonly sha256: string;
  readonly workbookId?: string;
  readonly evaluator: string;
  readonly evaluation: Evaluation;
  readonly report: ScoreReport;
  readonly warnings: readonly LocatedProblem[];
}

export interface ItemConsensus {
  readonly id: string;
  readonly tableId: TableId;
  readonly title: string;
  readonly cap: number;
  /** Expert scores in input order. */
  readonly scores: readonly number[];
  readonly statuses: readonly ItemStatus[];
  readonly consensus: number;
  readonly min: number;
  readonly max: number;
  readonly spread: number;
  readonly lowest: readonly string[];
  readonly highest: readonly string[];
  readonly statusConflict: boolean;
  readonly flagged: boolean;
  /** Every expert's deduction notes for the item, attributed. */
  readonly notes: readonly {
    readonly evaluator: string;
    readonly id: string;
    readonly note: string;
  }[];
}

export interface MergeRecord {
  readonly method: MergeMethod;
  /** The method really applied (trimmed falls back to mean below 5 experts). */
  readonly applied: MergeMethod;
  readonly mergedAt: string;
  readonly standard: string;
  readonly standardVersion: string;
  readonly fingerprint: string;
  readonly inputs: readonly {
    readonly file: string;
    readonly sha256: string;
    readonly workbookId?: string;
    readonly evaluator: string;
  }[];
}

export interface MergeResult {
  readonly record: MergeRecord;
  readonly experts: readonly {
    readonly file: string;
    readonly evaluator: string;
    readonly total: number;
    readonly pass: boolean;
    readonly verdict: Verdict;
  }[];
  /** Flagged items first, then the standard's order. */
  readonly items: readonly ItemConsensus[];
  readonly tables: readonly {
    readonly id: TableId;
    readonly title: string;
    readonly max: number;
    readonly declaredMax: number;
    readonly score: number;
  }[];
  readonly total: number;
  readonly max: number;
  readonly declaredMax: number;
  readonly passMark: number;
  readonly pass: boolean;
  readonly verdict: Verdict;
  readonly warnings: readonly LocatedProblem[];
}

/** Arithmetic mean. */
export function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** Median (mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Drops one highest and one lowest score (5 or more experts), else the mean. */
export function trimmedMean(xs: readonly number[]): number {
  if (xs.length < 5) return mean(xs);
  return (xs.reduce((s, x) => s + x, 0) - Math.max(...xs) - Math.min(...xs)) / (xs.length - 2);
}

/** The method's number for one item's scores. */
export function combine(method: MergeMethod, xs: readonly number[]): number {
  switch (method) {
    case "mean":
      return mean(xs);
    case "median":
      return median(xs);
    case "trimmed":
      return trimmedMean(xs);
  }
}

/** Combines experts that passed every check; the checks themselves live in checks.ts. */
export function mergeExperts(
  experts: readonly ExpertInput[],
  method: MergeMethod,
  mergedAt: string
): MergeResult {
  const applied: MergeMethod = method === "trimmed" && experts.length < 5 ? "mean" : method;
  const warnings: LocatedProblem[] = experts.flatMap((e) => e.warnings);
  if (applied !== method) warnings.push({ code: "trimmed-fallback", experts: experts.length });
  if (experts.length < 5 || experts.length > 7)
    warnings.push({ code: "group-size", experts: experts.length });
  const items: ItemConsensus[] = allItems().map((def) => {
    const perExpert = experts.map((e) => e.report.items.find((i) => i.id === def.id)!);
    const scores = perExpert.map((i) => i.score);
    const statuses = perExpert.map((i) => i.status);
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    const spread = roundScore(max - min);
    const statusConflict = new Set(statuses).size > 1;
    if (statusConflict)
      warnings.push({ code: "status-conflict", itemId: def.id, statuses: statuses.join(", ") });
    const notes = experts.flatMap((e) =>
      Object.entries(e.evaluation.items[def.id]?.notes ?? {})
        .filter(([, note]) => note.trim() !== "")
        .map(([id, note]) => ({ evaluator: e.evaluator, id, note }))
    );
    return {
      id: def.id,
      tableId: def.tableId,
      title: def.title,
      cap: def.cap,
      scores,
      statuses,
      consensus: roundScore(combine(applied, scores)),
      min,
      max,
      spread,
      lowest: experts.filter((_, i) => scores[i] === min).map((e) => e.evaluator),
      highest: experts.filter((_, i) => scores[i] === max).map((e) => e.evaluator),
      statusConflict,
      flagged: statusConflict || spread >= def.cap / 2,
      notes,
    };
  });
  const tables = STANDARD.tables.map((t) => ({
    id: t.id,
    title: t.title,
    max: computedMax(t),
    declaredMax: t.declaredMax,
    score: roundScore(items.filter((i) => i.tableId === t.id).reduce((s, i) => s + i.consensus, 0)),
  }));
  const total = roundScore(tables.reduce((s, t) => s + t.score, 0));
  const pass = passes(total, STANDARD.passMark);
  return {
    record: {
      method,
      applied,
      mergedAt,
      standard: STANDARD.id,
      standardVersion: STANDARD.version,
      fingerprint: templateFingerprint(),
      inputs: experts.map((e) => ({
        file: e.file,
        sha256: e.sha256,
        ...(e.workbookId ? { workbookId: e.workbookId } : {}),
        evaluator: e.evaluator,
      })),
    },
    experts: experts.map((e) => ({
      file: e.file,
      evaluator: e.evaluator,
      total: e.report.total,
      pass: e.report.pass,
      verdict: e.report.verdict,
    })),
    items: [...items.filter((i) => i.flagged), ...items.filter((i) => !i.flagged)],
    tables,
    total,
    max: computedTotal(),
    declaredMax: STANDARD.declaredTotal,
    passMark: STANDARD.passMark,
    pass,
    verdict: pass ? "合格" : "不合格",
    warnings,
  };
}
