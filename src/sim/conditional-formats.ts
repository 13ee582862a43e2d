/**
 * Conditional formats: stored per sheet and evaluated on demand for the preview grid. Custom
 * rules are formulas relative to the top-left cell of the format's range (Excel semantics),
 * so evaluation shifts relative A1 references to the cell being drawn.
 */
import { type Rect, rectContains } from "./addresses";
import type { CellValue } from "./cell-values";

/** Format applied when a conditional format matches. */
export interface SimCfFormat {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

/** Operators of Excel.ConditionalCellValueOperator. */
export type CfOperator =
  | "Between"
  | "NotBetween"
  | "EqualTo"
  | "NotEqualTo"
  | "GreaterThan"
  | "LessThan"
  | "GreaterThanOrEqual"
  | "LessThanOrEqual";

/** A stored conditional format. */
export interface ConditionalFormatState {
  id: string;
  type: "Custom" | "CellValue";
  rect: Rect;
  /** Custom: the rule formula (relative to rect's top-left). */
  formula: string;
  /** CellValue: the comparison rule. */
  cellValueRule: { formula1: string; formula2?: string; operator: CfOperator } | null;
  format: SimCfFormat;
  stopIfTrue: boolean;
  priority: number;
}

/** Result of evaluating conditional formats at a cell (what the preview paints). */
export interface CfPaint {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

/** Evaluates formula text in the sheet after shifting relative refs by (dRow, dCol). */
export type ShiftedEvaluator = (formula: string, dRow: number, dCol: number) => unknown;

/** Creates an empty format record. */
export function emptyCfFormat(): SimCfFormat {
  return { fill: null, fontColor: null, bold: null, italic: null };
}

function scalar(x: unknown): unknown {
  let v = x;
  while (Array.isArray(v)) v = v[0];
  return v;
}

function asNumber(x: unknown): number | undefined {
  const v = scalar(x);
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function operandValue(
  text: string,
  evaluate: ShiftedEvaluator,
  dRow: number,
  dCol: number
): unknown {
  return text.startsWith("=") ? scalar(evaluate(text, dRow, dCol)) : text;
}

function compareCell(op: CfOperator, value: CellValue, a: unknown, b: unknown): boolean {
  const v = typeof value === "number" ? value : undefined;
  const na = asNumber(a);
  const nb = asNumber(b);
  if (op === "EqualTo" || op === "NotEqualTo") {
    const eq =
      v !== undefined && na !== undefined
        ? v === na
        : String(value).toLowerCase() === String(a).toLowerCase();
    return op === "EqualTo" ? eq : !eq;
  }
  if (v === undefined || na === undefined) return false;
  switch (op) {
    case "Between":
      return nb !== undefined && v >= Math.min(na, nb) && v <= Math.max(na, nb);
    case "NotBetween":
      return nb !== undefined && (v < Math.min(na, nb) || v > Math.max(na, nb));
    case "GreaterThan":
      return v > na;
    case "LessThan":
      return v < na;
    case "GreaterThanOrEqual":
      return v >= na;
    case "LessThanOrEqual":
      return v <= na;
  }
}

/** True when the conditional format applies to the cell with the given value. */
export function cfMatches(
  cf: ConditionalFormatState,
  row: number,
  col: number,
  value: CellValue,
  evaluate: ShiftedEvaluator
): boolean {
  if (!rectContains(cf.rect, row, col)) return false;
  const dRow = row - cf.rect.startRow;
  const dCol = col - cf.rect.startCol;
  if (cf.type === "Custom") {
    if (!cf.formula) return false;
    const result = scalar(evaluate(cf.formula, dRow, dCol));
    return result === true || (typeof result === "number" && result !== 0);
  }
  const rule = cf.cellValueRule;
  if (!rule) return false;
  const a = operandValue(rule.formula1, evaluate, dRow, dCol);
  const b =
    rule.formula2 === undefined ? undefined : operandValue(rule.formula2, evaluate, dRow, dCol);
  return compareCell(rule.operator, value, a, b);
}

/** Combines matching formats by priority (lower number wins), honouring stopIfTrue. */
export function paintCell(
  cfs: readonly ConditionalFormatState[],
  row: number,
  col: number,
  value: CellValue,
  evaluate: ShiftedEvaluator
): CfPaint | null {
  const ordered = [...cfs].sort((a, b) => a.priority - b.priority);
  const paint: CfPaint = {};
  let matched = false;
  for (const cf of ordered) {
    if (!cfMatches(cf, row, col, value, evaluate)) continue;
    matched = true;
    if (paint.fill === undefined && cf.format.fill !== null) paint.fill = cf.format.fill;
    if (paint.fontColor === undefined && cf.format.fontColor !== null)
      paint.fontColor = cf.format.fontColor;
    if (paint.bold === undefined && cf.format.bold !== null) paint.bold = cf.format.bold;
    if (paint.italic === undefined && cf.format.italic !== null) paint.italic = cf.format.italic;
    if (cf.stopIfTrue) break;
  }
  return matched ? paint : null;
}
