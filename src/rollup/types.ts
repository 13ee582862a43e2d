/**
 * The province-scale roll-up (issue 14) as plain data: one row per evaluated unit, the summary by level, the
 * weakest requirements and the distribution of totals. Numbers are exact (fractions as strings where a consensus
 * makes them); display rounds half up to 2 decimals (README: Numbers).
 */
import type { Level, TableId } from "../standard";
import type { LocatedProblem, Verdict } from "../engine";

/** One evaluated unit as read from one file: a single scoresheet (or evaluation JSON) or a consensus workbook. */
export interface RollupUnit {
  readonly file: string;
  readonly sha256: string;
  readonly organization: string;
  readonly level?: Level;
  /** The evaluation date, YYYY-MM-DD, or "" when the file names none. */
  readonly date: string;
  readonly kind: "single" | "consensus";
  /** Experts in the consensus; 1 for a single scoresheet. */
  readonly experts: number;
  /** Exact subtotals A.1 … A.7 as fraction.js prints them: "54", "109/2", "13/3". */
  readonly tables: readonly { readonly id: TableId; readonly exact: string }[];
  readonly exactTotal: string;
  /** As the input computed it (8.3 on the exact total). */
  readonly verdict: Verdict;
  /**
   * Points lost per item (cap − score) and per deduction line (the deduction entered), exact, only where
   * something was lost: sparse, so a roll-up of thousands of units stays small. A consensus keeps item scores
   * only, so it has no line entries.
   */
  readonly losses: ReadonlyMap<string, string>;
}

/** A unit in the roll-up: counted, or a duplicate of the unit row that counts. */
export interface RolledUnit extends RollupUnit {
  /** The file of the counted evaluation of the same unit (same organization and level), when this one is not it. */
  readonly duplicateOf?: string;
}

/** A file that could not be rolled up, with its causes in Chinese and English. */
export interface RefusedFile {
  readonly file: string;
  readonly reasons: readonly string[];
  readonly reasonsEn: readonly string[];
}

/** One row of the summary by level (or of all counted units, level "all"). */
export interface LevelSummary {
  readonly level: Level | "none" | "all";
  readonly label: string;
  readonly count: number;
  readonly passed: number;
  /** Exact figures ("" when count is 0). */
  readonly mean: string;
  readonly median: string;
  readonly min: string;
  readonly max: string;
}

/** Where the province loses points: one item or one deduction line. */
export interface WeakSpot {
  readonly id: string;
  readonly kind: "item" | "line";
  readonly tableId: TableId;
  readonly text: string;
  /** The item's cap or the line's maximum deduction. */
  readonly max: number;
  /** Counted units this figure is over (lines: single scoresheets only). */
  readonly units: number;
  readonly unitsLosing: number;
  /** Exact mean points lost over `units` (zero losses included). */
  readonly meanLost: string;
}

export interface DistributionBin {
  /** Lower bound (included) and upper bound (excluded; the last bin includes its upper bound). */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** The bin in which the pass mark falls (it starts at the pass mark). */
  readonly passMark: boolean;
}

export interface Rollup {
  readonly units: readonly RolledUnit[];
  readonly refused: readonly RefusedFile[];
  readonly levels: readonly LevelSummary[];
  /** Ranked: share losing first, then mean lost, then the standard's order. */
  readonly weakest: readonly WeakSpot[];
  readonly distribution: readonly DistributionBin[];
  readonly passMark: number;
  readonly binWidth: number;
  /**
   * Every input's warnings, in the order the files were read, each naming its file; then the evaluations of one
   * unit that only the files' order tells apart, with different totals (`rollup-undecided`).
   */
  readonly warnings: readonly LocatedProblem[];
}
