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
import type { Locale } from "../engine";

/** The distance metric of alpha: nominal (equal or not) or interval (squared difference). */
export type AlphaMetric = "nominal" | "interval";

/**
 * Krippendorff's alpha for reliability data: `data[observer][unit]`, `undefined` where an observer gave no value.
 * Units with fewer than 2 values are not pairable and are left out (Krippendorff 2011, step A). Returns `null`
 * where alpha is undefined: fewer than 2 pairable values in all, or no variation at all (D_e = 0).
 *
 * D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ²(v_i, v_j);  D_e = 1/(n(n − 1)) Σ_{i≠j over all values} δ²;
 * α = 1 − D_o / D_e.
 *
 * Both sums are taken over the values' counts, as Krippendorff's coincidence matrix does (2011, steps B–C):
 * Σ_{i≠j} δ² = Σ_{c≠k} n_c · n_k · δ²(c, k), so equal values add exactly nothing and the cost grows with the
 * distinct values, not with the square of all values (a merge of 1,000 experts over 43 items took 8–16 s).
 */
export function krippendorffAlpha(
  data: readonly (readonly (number | undefined)[])[],
  metric: AlphaMetric
): number | null {
  const units = data.reduce((most, row) => Math.max(most, row.length), 0);
  const delta2 = (a: number, b: number): number =>
    metric === "nominal" ? (a === b ? 0 : 1) : (a - b) * (a - b);
  /** Σ over ordered pairs of values told apart, from each value's count: Σ_{c≠k} n_c · n_k · δ²(c, k). */
  const pairSum = (counts: ReadonlyMap<number, number>): number => {
    const entries = [...counts];
    let sum = 0;
    for (let i = 0; i < entries.length; i++)
      for (let j = i + 1; j < entries.length; j++)
        sum += 2 * entries[i]![1] * entries[j]![1] * delta2(entries[i]![0], entries[j]![0]);
    return sum;
  };
  const all = new Map<number, number>();
  let n = 0;
  let observed = 0;
  for (let u = 0; u < units; u++) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const row of data) {
      const v = row[u];
      if (v === undefined) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    observed += pairSum(counts) / (m - 1);
    n += m;
    for (const [v, c] of counts) all.set(v, (all.get(v) ?? 0) + c);
  }
  if (n < 2) return null;
  const expected = pairSum(all) / (n * (n - 1));
  if (expected === 0) return null;
  return 1 - observed / n / expected;
}

/** The group's agreement, as `merge --json` reports it. */
export interface Agreement {
  /** Interval alpha rounded to 2 decimals; null when undefined (fewer than 2 experts, no variation). */
  readonly alpha: number | null;
  readonly metric: "interval";
  /** Items scored (units) and experts (observers). */
  readonly units: number;
  readonly observers: number;
  /** Where the unrounded alpha falls among Krippendorff's thresholds: the readings and the pane follow it. */
  readonly level: AgreementLevel;
  /** Krippendorff's reading of alpha for the group ({@link agreementReading}), in Chinese. */
  readonly reading: string;
  /** The same reading in English. */
  readonly readingEn: string;
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
    level: agreementLevel(alpha),
    reading: agreementReading(alpha),
    readingEn: agreementReading(alpha, "en-US"),
  };
}

/**
 * Where alpha falls among Krippendorff's thresholds (2004, p. 241): `good` α ≥ 0.8, `acceptable`
 * 0.667 ≤ α < 0.8 (tentative conclusions only), `poor` below; `unknown` when alpha is undefined (null).
 */
export type AgreementLevel = "unknown" | "good" | "acceptable" | "poor";

/** The level of an alpha (unrounded), {@link AgreementLevel}. */
export function agreementLevel(alpha: number | null): AgreementLevel {
  if (alpha === null) return "unknown";
  if (alpha >= 0.8) return "good";
  if (alpha >= 0.667) return "acceptable";
  return "poor";
}

const READINGS: Record<AgreementLevel, { readonly zh: string; readonly en: string }> = {
  unknown: {
    zh: "无法计算一致性（专家少于2位或评分无差异）",
    en: "agreement cannot be computed (fewer than 2 experts, or no variation in the scores)",
  },
  good: { zh: "α ≥ 0.8，一致性良好", en: "α ≥ 0.8: the experts agree well" },
  acceptable: {
    zh: "0.667 ≤ α < 0.8，一致性可接受，结论宜审慎",
    en: "0.667 ≤ α < 0.8: acceptable agreement; draw conclusions with care",
  },
  poor: {
    zh: "α < 0.667，专家分歧较大，需评议",
    en: "α < 0.667: the experts disagree widely; deliberate before concluding",
  },
};

/** The one-line reading of alpha for the group (Krippendorff's own thresholds), in Chinese or English. */
export function agreementReading(alpha: number | null, locale: Locale = "zh-CN"): string {
  const reading = READINGS[agreementLevel(alpha)];
  return locale === "zh-CN" ? reading.zh : reading.en;
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
  // The others of expert k are the sorted scores without one copy of k's score (which copy does not matter):
  // sorted once, each median is read off in place, never re-sorted per expert (1,000 experts: O(m log m)).
  const sorted = [...scores].sort((a, b) => a - b);
  const first = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!first.has(v)) first.set(v, i);
  });
  const mid = Math.floor((sorted.length - 1) / 2);
  const out: number[] = [];
  scores.forEach((s, k) => {
    const without = first.get(s)!;
    const other = (i: number): number => sorted[i < without ? i : i + 1]!;
    const median =
      (sorted.length - 1) % 2 === 1
        ? exact(other(mid))
        : exact(other(mid - 1))
            .add(exact(other(mid)))
            .div(2);
    if (exact(s).sub(median).abs().mul(2).compare(cap) >= 0) out.push(k);
  });
  return out;
}
