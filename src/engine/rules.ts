/**
 * The numeric rules of sections 7 and 8 and Appendix A's tiers, as pure functions shared by the engine and tests.
 */
import type {
  AwardTier,
  DeductionItemDef,
  LevelItemDef,
  RateLineDef,
  TieredItemDef,
} from "../standard";
import type { ItemStatus } from "./evaluation";
import { exact } from "./exact";
import type { Fraction } from "./exact";

/**
 * 7.2 and 7.3: na → full cap, absent → 0, else cap − min(cap, deductions), never outside [0, cap].
 * Exact for decimal inputs (README: Numbers): 10 − 0.1 − 0.2 is 9.7, not 9.699999999999999.
 */
export function deductionItemScore(cap: number, status: ItemStatus, deduction: number): number {
  switch (status) {
    case "na":
      return cap;
    case "absent":
      return 0;
    case "normal": {
      const left = exact(cap).sub(exact(deduction));
      if (left.compare(0) <= 0) return 0;
      return left.compare(cap) >= 0 ? cap : left.valueOf();
    }
  }
}

/** A.1.4.4: the deduction for a completion rate (以上 includes the number). */
export function rateDeduction(line: Pick<RateLineDef, "tiers" | "belowAll">, rate: number): number {
  for (const tier of line.tiers) if (rate >= tier.min) return tier.deduction;
  return line.belowAll;
}

/** A.7.1 / A.7.2: points for a percentage; below the lowest tier 0. */
export function tierPoints(tiers: readonly AwardTier[], value: number): number {
  for (const tier of tiers) if (value >= tier.min) return tier.points;
  return 0;
}

/** A.7.3 / A.7.4: points for a level code, or undefined when the code is not one of the item's. */
export function levelPoints(item: LevelItemDef, level: string): number | undefined {
  return item.options.find((o) => o.level === level)?.points;
}

/**
 * 8.3: 总分大于或等于300分为合格, decided on the exact total: a consensus of 13/3 + 13/3 + 13/3 is 13, and
 * 300 passes. A number is taken as the decimal it prints as (README: Numbers).
 */
export function passes(total: number | Fraction, passMark: number): boolean {
  return (typeof total === "number" ? exact(total) : total).compare(passMark) >= 0;
}

/** The sum of what the lines of an item may deduct at most (may exceed the cap; 7.3 stops at the cap). */
export function linesMax(item: DeductionItemDef): number {
  return item.lines.reduce((s, l) => s + l.maxDeduction, 0);
}

/** The item kinds whose input is a percentage. */
export function isPercentItem(item: { kind: string }): item is TieredItemDef {
  return item.kind === "tiered";
}
