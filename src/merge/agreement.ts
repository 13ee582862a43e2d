/**
 * How far the group agrees, and who stands apart (issue 12; 6.6 形成考核评估结论):
 * - Krippendorff's alpha over the item scores, after K. Krippendorff, "Computing Krippendorff's
 *   Alpha-Reliability" (2011): units are the items, observers the experts, values score ÷ cap;
 * - each expert's relative deviation of the total from the group's mean total (common Chinese expert-scoring
 *   practice: beyond ±30% the expert explains in writing);
 * - per item, the experts whose score stands apart (畸高、畸低, MoF Order 87 art. 64): at least half the cap
 *   from the median of the other experts.
 */
import { Fraction, exact, round2 } from "../engine";

/** The distance metric of alpha: nominal (equal or not) or interval (squared difference). */
export type AlphaMetric = "nominal" | "interval";

/**
 * Krippendorff's alpha for reliability data: `data[observer][unit]`, `undefined` where an observer gave no value.
 * Units with fewer than 2 values are not pairable and are left out (Krippendorff 2011, step A). Returns `null`
 * where alpha is undefined: fewer than 2 pairable values in all, or no variation at all (D_e = 0).
 *
 * D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ²(v_i, v_j);  D_e = 1/(n(n − 1)) Σ_{i≠j over all values} δ²;
 * α = 1 − D_o / D_e.
 */
export function krippendorffAlpha(
  data: readonly (readonly (number | undefined)[])[],
  metric: AlphaMetric
): number | null {
  const units = Math.max(0, ...data.map((row) => row.length));
  const pairable: number[][] = [];
  for (let u = 0; u < units; u++) {
    const values = data.map((row) => row[u]).filter((v): v is number => v !== undefined);
    if (values.length >= 2) pairable.push(values);
  }
  const all = pairable.flat();
  const n = all.length;
  if (n < 2) return null;
  const delta2 = (a: number, b: number): number =>
    metric === "nominal" ? (a === b ? 0 : 1) : (a - b) * (a - b);
  let observed = 0;
  for (const values of pairable) {
    let sum = 0;
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < values.length; j++) if (i !== j) sum += delta2(values[i]!, values[j]!);
    observed += sum / (values.length - 1);
  }
  observed /= n;
  let expected = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j) expected += delta2(all[i]!, all[j]!);
  expected /= n * (n - 1);
  if (expected === 0) return null;
  return 1 - observed / expected;
}

/** The group's agreement, as `merge --json` reports it. */
export interface Agreement {
  /** Interval alpha rounded to 2 decimals; null when undefined (fewer than 2 experts, no variation). */
  readonly alpha: number | null;
  readonly metric: "interval";
  /** Items scored (units) and experts (observers). */
  readonly units: number;
  readonly observers: number;
  /** Krippendorff's reading of alpha for the group, in Chinese. */
  readonly reading: string;
}

/**
 * Interval alpha of the experts' item scores divided by each item's cap. Krippendorff's thresholds
 * (2004, p. 241): α ≥ 0.8 reliable; 0.667 ≤ α < 0.8 tentative conclusions only; below, not reliable.
 */
export function groupAgreement(
  items: readonly { readonly cap: number; readonly scores: readonly number[] }[],
  observers: number
): Agreement {
  const data = Array.from({ length: observers }, (_, k) =>
    items.map((i) => (i.cap > 0 ? i.scores[k]! / i.cap : undefined))
  );
  const alpha = observers < 2 ? null : krippendorffAlpha(data, "interval");
  return {
    alpha: alpha === null ? null : Math.round(alpha * 100) / 100,
    metric: "interval",
    units: items.length,
    observers,
    reading: agreementReading(alpha),
  };
}

/** The one-line reading of alpha for the group (Krippendorff's own thresholds). */
export function agreementReading(alpha: number | null): string {
  if (alpha === null) return "无法计算一致性（专家少于2位或评分无差异）";
  if (alpha >= 0.8) return "α ≥ 0.8，一致性良好";
  if (alpha >= 0.667) return "0.667 ≤ α < 0.8，一致性可接受，结论宜审慎";
  return "α < 0.667，专家分歧较大，需评议";
}

/** Default limit of an expert's total's deviation from the group mean, in percent. */
export const DEFAULT_DEVIATION_LIMIT = 30;

/**
 * Each expert's relative deviation of the total from the mean of the totals, in percent (exact, shown rounded
 * to 2 decimals), and whether it is beyond `limitPct` (strictly: exactly 30.00% is not over 30%).
 */
export function deviations(
  totals: readonly number[],
  limitPct: number = DEFAULT_DEVIATION_LIMIT
): { deviationPct: number; needsExplanation: boolean }[] {
  if (totals.length === 0) return [];
  const mean = totals.reduce((s, t) => s.add(exact(t)), new Fraction(0)).div(totals.length);
  return totals.map((t) => {
    if (mean.equals(0)) return { deviationPct: 0, needsExplanation: false };
    const pct = exact(t).sub(mean).div(mean).mul(100);
    return { deviationPct: round2(pct), needsExplanation: pct.abs().compare(limitPct) > 0 };
  });
}

/**
 * The experts whose item score stands apart: at least half the cap from the median of the other experts'
 * scores (needs 3 or more experts). Returns their indexes.
 */
export function outliers(scores: readonly number[], cap: number): number[] {
  if (scores.length < 3) return [];
  const out: number[] = [];
  scores.forEach((s, k) => {
    const others = scores.filter((_, j) => j !== k).sort((a, b) => a - b);
    const mid = Math.floor(others.length / 2);
    const median =
      others.length % 2 === 1
        ? exact(others[mid]!)
        : exact(others[mid - 1]!)
            .add(exact(others[mid]!))
            .div(2);
    if (exact(s).sub(median).abs().mul(2).compare(cap) >= 0) out.push(k);
  });
  return out;
}
