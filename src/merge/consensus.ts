/**
 * Consensus of the evaluation group (4.2): per item, one number from every expert's recomputed item score.
 */
import { STANDARD, allItems, computedMax, computedTotal, templateFingerprint } from "../standard";
import type { TableId } from "../standard";
import { Fraction, exact, passes, round2, shownTotal, sumExact } from "../engine";
import type { Evaluation, ItemStatus, LocatedProblem, ScoreReport, Verdict } from "../engine";
import type { GroupMember } from "../layout/evaluationSheets";
import { DEFAULT_DEVIATION_LIMIT, deviations, groupAgreement, outliers } from "./agreement";
import type { Agreement } from "./agreement";
import { lostLines } from "./lostLines";

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
  /** The fingerprint of the group's plan the copy was made from (4.3, 7.2), when it was. */
  readonly plan?: string;
  /** The expert workbook's 评估组 rows (field, unit, role of the group's members), when it has any. */
  readonly group?: readonly GroupMember[];
}

export interface ItemConsensus {
  readonly id: string;
  readonly tableId: TableId;
  readonly title: string;
  readonly cap: number;
  /** Expert scores in input order. */
  readonly scores: readonly number[];
  readonly statuses: readonly ItemStatus[];
  /** The consensus rounded half up to 2 decimals, for display (README: Numbers). */
  readonly consensus: number;
  /** The exact consensus as a fraction ("13/3"): what subtotals, the total and the verdict are computed from. */
  readonly exactConsensus: string;
  readonly min: number;
  readonly max: number;
  readonly spread: number;
  readonly lowest: readonly string[];
  readonly highest: readonly string[];
  readonly statusConflict: boolean;
  readonly flagged: boolean;
  /** Experts whose score stands apart (畸高畸低): at least half the cap from the others' median. */
  readonly outliers: readonly string[];
  /** Every expert's deduction notes for the item, attributed. */
  readonly notes: readonly {
    readonly evaluator: string;
    readonly id: string;
    readonly note: string;
  }[];
  /**
   * The group's agreed score (评议后得分, 6.6) when one counts: the method's result it replaces (rounded and exact)
   * and the reason recorded (评议理由). `consensus` and `exactConsensus` are then the agreed score.
   */
  readonly resolution?: Resolution;
  /** A dissenting member's name and reason (不同意见), as entered on the consensus sheet. */
  readonly dissent?: string;
  /** A 评议理由 entered without a 评议后得分: kept and shown (the method's result counts), never dropped. */
  readonly unappliedReason?: string;
  /**
   * The item's lines on which some expert lost points (lostLines.ts); absent in consensus workbooks made before it
   * was recorded. The report and the plan list only these lines.
   */
  readonly lostLines?: readonly string[];
}

/** An item the group settled at another value than the method's result (issue 12). */
export interface Resolution {
  /** The method's result, rounded half up to 2 decimals (README: Numbers). */
  readonly methodResult: number;
  /** The method's exact result as a fraction ("13/3"). */
  readonly exactMethodResult: string;
  /** The agreed score, in points (at most 2 decimals, within [0, cap]). */
  readonly agreed: number;
  /** Why the group settled on it ("" while missing: then the read carries an agreed-without-reason error). */
  readonly reason: string;
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
  /**
   * Files left out of the merge on request (`merge --skip-invalid`), each with its errors (Chinese messages) as
   * reasons; absent when every file given was merged.
   */
  readonly excluded?: readonly {
    readonly file: string;
    readonly sha256?: string;
    readonly reasons: readonly string[];
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
    /** Relative deviation of the total from the group's mean total, in percent (2 decimals; issue 12). */
    readonly deviationPct: number;
    /** Beyond the deviation limit (30% unless set): the expert explains the score in writing. */
    readonly needsExplanation: boolean;
    /** The expert's written explanation (书面说明) as entered on the consensus workbook, when there is one. */
    readonly explanation?: string;
  }[];
  /** Krippendorff's interval alpha of the item scores (÷ cap) and its reading. */
  readonly agreement: Agreement;
  /** The deviation limit applied, in percent. */
  readonly deviationLimit: number;
  /** Flagged items first, then the standard's order. */
  readonly items: readonly ItemConsensus[];
  readonly tables: readonly {
    readonly id: TableId;
    readonly title: string;
    readonly max: number;
    readonly declaredMax: number;
    readonly score: number;
  }[];
  /**
   * The total as shown ({@link shownTotal}: half up to 2 decimals, but never the pass mark for a total below it);
   * tables' rounded scores may not add up to it.
   */
  readonly total: number;
  /** The exact total as a fraction ("900/3" reduced: "300"); 8.3's verdict is decided on it. */
  readonly exactTotal: string;
  readonly max: number;
  readonly declaredMax: number;
  readonly passMark: number;
  readonly pass: boolean;
  readonly verdict: Verdict;
  readonly warnings: readonly LocatedProblem[];
}

/** Arithmetic mean, exact: the scores are taken as the decimals they print as (README: Numbers). */
export function mean(xs: readonly number[]): Fraction {
  return sumOf(xs).div(xs.length);
}

/** Median (mean of the two middle values for an even count), exact. */
export function median(xs: readonly number[]): Fraction {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? exact(s[mid]!)
    : exact(s[mid - 1]!)
        .add(exact(s[mid]!))
        .div(2);
}

/** Drops one highest and one lowest score (5 or more experts), else the mean; exact. */
export function trimmedMean(xs: readonly number[]): Fraction {
  if (xs.length < 5) return mean(xs);
  return sumOf(xs)
    .sub(exact(Math.max(...xs)))
    .sub(exact(Math.min(...xs)))
    .div(xs.length - 2);
}

/** The method's exact number for one item's scores. */
export function combine(method: MergeMethod, xs: readonly number[]): Fraction {
  switch (method) {
    case "mean":
      return mean(xs);
    case "median":
      return median(xs);
    case "trimmed":
      return trimmedMean(xs);
  }
}

function sumOf(xs: readonly (number | Fraction)[]): Fraction {
  return xs.reduce<Fraction>(
    (s, x) => s.add(typeof x === "number" ? exact(x) : x),
    new Fraction(0)
  );
}

/** Every expert's item scores, statuses and notes: all a consensus is computed from. */
export interface GroupScores {
  readonly experts: readonly {
    readonly file: string;
    readonly evaluator: string;
    /** The written explanation of a deviating total (书面说明), when one was entered. */
    readonly explanation?: string;
  }[];
  /** By item id, one entry per expert in the experts' order, and the group's deliberation of the item. */
  readonly items: ReadonlyMap<
    string,
    {
      readonly scores: readonly number[];
      readonly statuses: readonly ItemStatus[];
      readonly notes: ItemConsensus["notes"];
      /** An agreed score already checked (deliberation.ts checkAgreed): it replaces the method's result. */
      readonly agreed?: number;
      /** Its reason; without an agreed score, a reason typed alone (kept as `unappliedReason`, with a warning). */
      readonly reason?: string;
      readonly dissent?: string;
      /** The lines some expert lost points on, when known (ItemConsensus.lostLines). */
      readonly lostLines?: readonly string[];
    }
  >;
}

/** Combines experts that passed every check; the checks themselves live in checks.ts. */
export function mergeExperts(
  experts: readonly ExpertInput[],
  method: MergeMethod,
  mergedAt: string,
  deviationLimit: number = DEFAULT_DEVIATION_LIMIT
): MergeResult {
  const items = new Map<
    string,
    {
      scores: number[];
      statuses: ItemStatus[];
      notes: ItemConsensus["notes"];
      lostLines: string[];
    }
  >();
  // Each expert's items by id, so each item is found once rather than by a scan per item.
  const reportItems = experts.map((e) => new Map(e.report.items.map((i) => [i.id, i])));
  for (const def of allItems()) {
    const perExpert = reportItems.map((byId) => byId.get(def.id)!);
    const notes = experts.flatMap((e) =>
      Object.entries(e.evaluation.items[def.id]?.notes ?? {})
        .filter(([, note]) => note.trim() !== "")
        .map(([id, note]) => ({ evaluator: e.evaluator, id, note }))
    );
    items.set(def.id, {
      scores: perExpert.map((i) => i.score),
      statuses: perExpert.map((i) => i.status),
      notes,
      lostLines: lostLines(
        def,
        experts.map((e, k) => ({ evaluation: e.evaluation, status: perExpert[k]!.status }))
      ),
    });
  }
  const record = experts.map((e) => ({
    file: e.file,
    sha256: e.sha256,
    ...(e.workbookId ? { workbookId: e.workbookId } : {}),
    evaluator: e.evaluator,
  }));
  return combineGroup(
    { experts, items },
    method,
    mergedAt,
    record,
    experts.flatMap((e) => e.warnings),
    deviationLimit
  );
}

/** The consensus of a group's scores by a method: per item, per table, total and verdict, flags first. */
export function combineGroup(
  group: GroupScores,
  method: MergeMethod,
  mergedAt: string,
  inputs: MergeRecord["inputs"],
  inputWarnings: readonly LocatedProblem[] = [],
  deviationLimit: number = DEFAULT_DEVIATION_LIMIT
): MergeResult {
  const n = group.experts.length;
  const applied: MergeMethod = method === "trimmed" && n < 5 ? "mean" : method;
  const warnings: LocatedProblem[] = [...inputWarnings];
  if (applied !== method) warnings.push({ code: "trimmed-fallback", experts: n });
  if (n < 5 || n > 7) warnings.push({ code: "group-size", experts: n });
  const exactByItem = new Map<string, Fraction>();
  const items: ItemConsensus[] = allItems().map((def) => {
    const data = group.items.get(def.id) ?? {
      scores: group.experts.map(() => def.cap),
      statuses: group.experts.map((): ItemStatus => "normal"),
      notes: [],
    };
    const { scores, statuses, notes, agreed, reason, dissent, lostLines: lost } = data;
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    const spread = sumExact([max, -min]);
    const methodValue = combine(applied, scores);
    // 6.6: an agreed score replaces the method's result in the item, the subtotals, the total and the verdict.
    const value = agreed === undefined ? methodValue : exact(agreed);
    exactByItem.set(def.id, value);
    const statusConflict = new Set(statuses).size > 1;
    // Once the group has settled the item (an agreed score counts, 6.6), the disagreement is not repeated as a
    // warning: the item stays flagged and its resolution says how it was settled.
    const unappliedReason =
      agreed === undefined && reason !== undefined && reason.trim() !== "" ? reason : undefined;
    if (unappliedReason !== undefined)
      warnings.push({ code: "reason-without-agreed", itemId: def.id, reason: unappliedReason });
    if (statusConflict && agreed === undefined)
      warnings.push({
        code: "status-conflict",
        itemId: def.id,
        statuses,
        evaluators: group.experts.map((e) => e.evaluator),
      });
    return {
      id: def.id,
      tableId: def.tableId,
      title: def.title,
      cap: def.cap,
      scores,
      statuses,
      consensus: round2(value),
      exactConsensus: value.toFraction(),
      min,
      max,
      spread,
      lowest: group.experts.filter((_, i) => scores[i] === min).map((e) => e.evaluator),
      highest: group.experts.filter((_, i) => scores[i] === max).map((e) => e.evaluator),
      statusConflict,
      flagged: statusConflict || spread >= def.cap / 2,
      outliers: outliers(scores, def.cap).map((k) => group.experts[k]!.evaluator),
      notes,
      ...(agreed === undefined
        ? {}
        : {
            resolution: {
              methodResult: round2(methodValue),
              exactMethodResult: methodValue.toFraction(),
              agreed,
              reason: reason ?? "",
            },
          }),
      ...(dissent !== undefined && dissent.trim() !== "" ? { dissent } : {}),
      ...(unappliedReason !== undefined ? { unappliedReason } : {}),
      ...(lost !== undefined ? { lostLines: lost } : {}),
    };
  });
  // Exact throughout (README: Numbers): subtotals and the total add the exact item consensuses, and 8.3's
  // verdict is decided on the exact total; only what is shown is rounded.
  const tableExact = (id: TableId): Fraction =>
    sumOf(items.filter((i) => i.tableId === id).map((i) => exactByItem.get(i.id)!));
  const tables = STANDARD.tables.map((t) => ({
    id: t.id,
    title: t.title,
    max: computedMax(t),
    declaredMax: t.declaredMax,
    score: round2(tableExact(t.id)),
  }));
  const expertTotals = group.experts.map((_, k) => sumExact(items.map((i) => i.scores[k]!)));
  const expertDeviations = deviations(expertTotals, deviationLimit);
  const exactTotal = sumOf(STANDARD.tables.map((t) => tableExact(t.id)));
  // Shown as README: Numbers shows a total: below the pass mark, never shown as the pass mark (89999/300 → 299.99).
  const total = shownTotal(exactTotal, STANDARD.passMark);
  const pass = passes(exactTotal, STANDARD.passMark);
  return {
    record: {
      method,
      applied,
      mergedAt,
      standard: STANDARD.id,
      standardVersion: STANDARD.version,
      fingerprint: templateFingerprint(),
      inputs,
    },
    experts: group.experts.map((e, k) => {
      const expertPass = passes(expertTotals[k]!, STANDARD.passMark);
      return {
        file: e.file,
        evaluator: e.evaluator,
        total: expertTotals[k]!,
        pass: expertPass,
        verdict: expertPass ? ("合格" as const) : ("不合格" as const),
        ...expertDeviations[k]!,
        ...(e.explanation !== undefined && e.explanation.trim() !== ""
          ? { explanation: e.explanation }
          : {}),
      };
    }),
    agreement: groupAgreement(items, n),
    deviationLimit,
    items: [...items.filter((i) => i.flagged), ...items.filter((i) => !i.flagged)],
    tables,
    total,
    exactTotal: exactTotal.toFraction(),
    max: computedTotal(),
    declaredMax: STANDARD.declaredTotal,
    passMark: STANDARD.passMark,
    pass,
    verdict: pass ? "合格" : "不合格",
    warnings,
  };
}
