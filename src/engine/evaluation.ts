/**
 * The evaluation exchange format "gridscore-evaluation/1": one evaluator's inputs, as JSON and in memory.
 */
import type { Level, Role } from "../standard";

export const EVALUATION_FORMAT = "gridscore-evaluation/1";

/** What a JSON leaf or a spreadsheet cell can carry; validation decides whether it is acceptable. */
export type CellValue = number | string | boolean | null;

/** 7.2: normal scoring, 不适用 (na → full marks) or 应有未有 (absent → 0). */
export type ItemStatus = "normal" | "na" | "absent";
export const ITEM_STATUSES: readonly ItemStatus[] = ["normal", "na", "absent"];

/** A deduction line takes a number; the rate line (A.1.4.4) takes `{ rate }`. */
export type LineInput = CellValue | { readonly rate: CellValue };

export interface ItemInput {
  readonly status?: CellValue;
  readonly lines?: Readonly<Record<string, LineInput>>;
  /** Notes keyed by line id, or by the item id for a note on the whole item. */
  readonly notes?: Readonly<Record<string, string>>;
  /** A.7.1 / A.7.2: a percentage. */
  readonly value?: CellValue;
  /** A.7.3 / A.7.4: a level code. */
  readonly level?: CellValue;
}

export interface EvaluationMeta {
  readonly organization?: string;
  readonly level?: Level;
  readonly evaluator?: string;
  readonly role?: Role;
  readonly date?: string;
}

export interface Evaluation {
  readonly format: typeof EVALUATION_FORMAT;
  readonly meta: EvaluationMeta;
  readonly items: Readonly<Record<string, ItemInput>>;
}

/** An evaluation with nothing entered: every item scores full marks. */
export function emptyEvaluation(meta: EvaluationMeta = {}): Evaluation {
  return { format: EVALUATION_FORMAT, meta, items: {} };
}

/** Whether a line input is the rate form `{ rate }`. */
export function isRateInput(input: LineInput): input is { readonly rate: CellValue } {
  return typeof input === "object" && input !== null && "rate" in input;
}
