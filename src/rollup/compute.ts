/**
 * The roll-up model: duplicates resolved, the summary by level, the weakest requirements and the distribution.
 * Pure and exact (README: Numbers): every figure is a fraction until it is shown.
 */
import { LEVELS, STANDARD, computedTotal } from "../standard";
import type { Level } from "../standard";
import { Fraction, formatTotal } from "../engine";
import type { LocatedProblem } from "../engine";
import type { LevelSummary, RefusedFile, Rollup, RolledUnit, RollupUnit, WeakSpot } from "./types";

/** Width of a distribution bin, in points. */
export const BIN_WIDTH = 25;

/** The levels in the standard's order (section 1). */
export const LEVEL_ORDER: readonly Level[] = ["city", "county", "township", "village"];

/** The label of a summary row. */
export function levelLabel(level: Level | "none" | "all"): string {
  if (level === "none") return "未注明层级";
  if (level === "all") return "全部";
  return LEVELS[level].zh;
}

/** The same unit: same organization and level (an unnamed organization is never matched). */
function unitKey(u: RollupUnit): string | undefined {
  return u.organization ? `${u.organization}\u0000${u.level ?? ""}` : undefined;
}

/**
 * The day an evaluation ended: the last ISO date in its date, which for a consensus is the experts' range
 * ("2026-12-01 至 2026-12-03"). A range compared as text by its first day lost to its own experts' sheets.
 */
function lastDay(date: string): string {
  return date.match(/\d{4}-\d{2}-\d{2}/g)?.at(-1) ?? date;
}

/**
 * Whether `a` counts before `b` for the same unit: the later evaluation (by the day it ended); on the same day a
 * consensus before a single scoresheet, then more experts; then the file given later.
 */
function outranks(a: RollupUnit, ai: number, b: RollupUnit, bi: number): boolean {
  const [da, db] = [lastDay(a.date), lastDay(b.date)];
  if (da !== db) return da > db;
  if (a.kind !== b.kind) return a.kind === "consensus";
  if (a.experts !== b.experts) return a.experts > b.experts;
  return ai > bi;
}

/** Marks every unit but the counted one of each organization and level as a duplicate of it; keeps the order. */
export function resolveDuplicates(units: readonly RollupUnit[]): RolledUnit[] {
  const best = new Map<string, number>();
  units.forEach((u, i) => {
    const key = unitKey(u);
    if (key === undefined) return;
    const j = best.get(key);
    if (j === undefined || outranks(u, i, units[j]!, j)) best.set(key, i);
  });
  return units.map((u, i) => {
    const key = unitKey(u);
    const j = key === undefined ? i : best.get(key)!;
    return j === i ? u : { ...u, duplicateOf: units[j]!.file };
  });
}

/**
 * The duplicates that nothing but the files' order separates from the unit row that counts (the same last day,
 * kind and number of experts) and whose total differs from it: the roll-up cannot know which one is final, so
 * each is a `rollup-undecided` warning, at the file that does not count. Totals are shown rounded (README: Numbers).
 */
export function undecidedDuplicates(rolled: readonly RolledUnit[]): LocatedProblem[] {
  const byFile = new Map(rolled.map((u) => [u.file, u]));
  return rolled.flatMap((u) => {
    const counted = u.duplicateOf === undefined ? undefined : byFile.get(u.duplicateOf);
    if (
      !counted ||
      lastDay(u.date) !== lastDay(counted.date) ||
      u.kind !== counted.kind ||
      u.experts !== counted.experts ||
      new Fraction(u.exactTotal).equals(new Fraction(counted.exactTotal))
    )
      return [];
    return [
      {
        code: "rollup-undecided" as const,
        organization: u.organization,
        date: lastDay(u.date),
        counted: counted.file,
        countedTotal: formatTotal(new Fraction(counted.exactTotal), STANDARD.passMark),
        otherTotal: formatTotal(new Fraction(u.exactTotal), STANDARD.passMark),
        where: { file: u.file },
      },
    ];
  });
}

/** Exact median of fractions (the mean of the two middle values for an even count). */
export function median(xs: readonly Fraction[]): Fraction | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a.compare(b));
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : s[mid - 1]!.add(s[mid]!).div(2);
}

function summarize(level: LevelSummary["level"], units: readonly RolledUnit[]): LevelSummary {
  const totals = units.map((u) => new Fraction(u.exactTotal));
  const show = (f: Fraction | undefined) => (f === undefined ? "" : f.toFraction());
  const sum = totals.reduce((s, t) => s.add(t), new Fraction(0));
  const sorted = [...totals].sort((a, b) => a.compare(b));
  return {
    level,
    label: levelLabel(level),
    count: units.length,
    passed: units.filter((u) => u.verdict === "合格").length,
    mean: units.length ? sum.div(units.length).toFraction() : "",
    median: show(median(totals)),
    min: show(sorted[0]),
    max: show(sorted[sorted.length - 1]),
  };
}

/** The summary rows: the four levels (always), units without a level (when any), then all counted units. */
export function levelSummaries(counted: readonly RolledUnit[]): LevelSummary[] {
  const rows = LEVEL_ORDER.map((l) =>
    summarize(
      l,
      counted.filter((u) => u.level === l)
    )
  );
  const none = counted.filter((u) => u.level === undefined);
  if (none.length > 0) rows.push(summarize("none", none));
  rows.push(summarize("all", counted));
  return rows;
}

/** Every item and every deduction line with its share of units losing points and mean points lost, ranked. */
export function weakestRequirements(counted: readonly RolledUnit[]): WeakSpot[] {
  const singles = counted.filter((u) => u.kind === "single");
  const spots: WeakSpot[] = [];
  const spot = (
    id: string,
    kind: WeakSpot["kind"],
    tableId: WeakSpot["tableId"],
    text: string,
    max: number,
    over: readonly RolledUnit[]
  ): WeakSpot => {
    let losing = 0;
    let sum = new Fraction(0);
    for (const u of over) {
      const lost = u.losses.get(id);
      if (lost === undefined) continue;
      losing++;
      sum = sum.add(new Fraction(lost));
    }
    const meanLost = over.length ? sum.div(over.length).toFraction() : "0";
    return { id, kind, tableId, text, max, units: over.length, unitsLosing: losing, meanLost };
  };
  for (const table of STANDARD.tables)
    for (const item of table.items) {
      const title =
        item.kind === "deduction" && item.parentTitle
          ? `${item.parentTitle} ${item.title}`
          : item.title;
      spots.push(spot(item.id, "item", table.id, title, item.cap, counted));
      if (item.kind === "deduction")
        for (const line of item.lines) {
          const group = line.kind === "deduction" && line.group ? `${line.group} ` : "";
          spots.push(
            spot(
              line.id,
              "line",
              table.id,
              `${group}${line.requirement}`,
              line.maxDeduction,
              singles
            )
          );
        }
    }
  const share = (s: WeakSpot) =>
    s.units ? new Fraction(s.unitsLosing, s.units) : new Fraction(-1);
  return spots
    .map((s, order) => ({ s, order }))
    .sort(
      (a, b) =>
        share(b.s).compare(share(a.s)) ||
        new Fraction(b.s.meanLost).compare(new Fraction(a.s.meanLost)) ||
        a.order - b.order
    )
    .map((x) => x.s);
}

/** Counts of counted totals in bins of BIN_WIDTH points up to the computed maximum (the last bin is closed). */
export function distribution(counted: readonly RolledUnit[]): Rollup["distribution"] {
  const top = Math.ceil(computedTotal() / BIN_WIDTH) * BIN_WIDTH;
  const bins = [];
  for (let from = 0; from < top; from += BIN_WIDTH) {
    const to = from + BIN_WIDTH;
    const last = to >= top;
    const count = counted.filter((u) => {
      const t = new Fraction(u.exactTotal);
      return t.compare(from) >= 0 && (last ? t.compare(to) <= 0 : t.compare(to) < 0);
    }).length;
    const pm = STANDARD.passMark;
    bins.push({ from, to, count, passMark: pm >= from && pm < to });
  }
  return bins;
}

/**
 * The whole roll-up of units read (in the order given) and files refused; `readWarnings` are the inputs' own
 * warnings (RollupRead.warnings), kept ahead of the roll-up's.
 */
export function buildRollup(
  units: readonly RollupUnit[],
  refused: readonly RefusedFile[],
  readWarnings: readonly LocatedProblem[] = []
): Rollup {
  const rolled = resolveDuplicates(units);
  const counted = rolled.filter((u) => u.duplicateOf === undefined);
  return {
    units: rolled,
    refused,
    levels: levelSummaries(counted),
    weakest: weakestRequirements(counted),
    distribution: distribution(counted),
    passMark: STANDARD.passMark,
    binWidth: BIN_WIDTH,
    warnings: [...readWarnings, ...undecidedDuplicates(rolled)],
  };
}
