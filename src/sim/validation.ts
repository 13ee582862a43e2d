/**
 * Data validation rules. Office.js rule objects ({ decimal: {...} }, { list: {...} }, ...) are
 * normalized on write and checked only when a user types (SimHost.typeValue): pastes and API
 * writes bypass validation, as in real Excel.
 */
import { invalidArgument } from "./errors";
import type { CellValue } from "./cell-values";

/** Comparison operators of Excel.DataValidationOperator. */
export type ValidationOperator =
  | "Between"
  | "NotBetween"
  | "EqualTo"
  | "NotEqualTo"
  | "GreaterThan"
  | "LessThan"
  | "GreaterThanOrEqualTo"
  | "LessThanOrEqualTo";

const OPERATORS: readonly ValidationOperator[] = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

/** Operand of a rule: a number or formula text ("=A1", "10"). */
export type Operand = string | number;

/** Rule kinds with a comparison, keyed like the Office.js rule object. */
export type BasicRuleKey = "wholeNumber" | "decimal" | "textLength" | "date" | "time";

/** A normalized validation rule; anchor = top-left cell formulas are relative to. */
export type SimValidationRule =
  | {
      kind: BasicRuleKey;
      operator: ValidationOperator;
      formula1: Operand;
      formula2?: Operand;
      anchorRow: number;
      anchorCol: number;
    }
  | { kind: "list"; source: string; inCellDropDown: boolean; anchorRow: number; anchorCol: number }
  | { kind: "custom"; formula: string; anchorRow: number; anchorCol: number };

/** Excel.DataValidationErrorAlert shape. */
export interface SimErrorAlert {
  showAlert: boolean;
  style: "Stop" | "Warning" | "Information";
  title: string;
  message: string;
}

/** Excel.DataValidationPrompt shape. */
export interface SimPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

/** Everything dataValidation holds for a cell. */
export interface ValidationSettings {
  rule: SimValidationRule | null;
  errorAlert: SimErrorAlert;
  prompt: SimPrompt;
  ignoreBlanks: boolean;
}

/** Defaults of a cell without validation. */
export const DEFAULT_ERROR_ALERT: Readonly<SimErrorAlert> = {
  showAlert: true,
  style: "Stop",
  title: "",
  message: "",
};
/** Defaults of a cell without an input prompt. */
export const DEFAULT_PROMPT: Readonly<SimPrompt> = { showPrompt: false, title: "", message: "" };
/** Message Excel's stop alert shows when the rule has no custom message. */
export const DEFAULT_VALIDATION_MESSAGE =
  "This value doesn't match the data validation restrictions defined for this cell.";

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Turns a Range object used as a formula/source into an absolute reference (or undefined). */
export type RangeRefResolver = (value: unknown) => string | undefined;

function operand(raw: unknown, resolveRange: RangeRefResolver, where: string): Operand {
  if (typeof raw === "number" || typeof raw === "string") return raw;
  const ref = resolveRange(raw);
  if (ref !== undefined) return ref;
  throw invalidArgument(where, "formula1/formula2 must be a number, a string or a Range.");
}

/** Normalizes an Office.js DataValidationRule; throws InvalidArgument for unsupported shapes. */
export function normalizeRule(
  raw: unknown,
  resolveRange: RangeRefResolver,
  anchorRow: number,
  anchorCol: number
): SimValidationRule {
  const where = "DataValidation.rule";
  if (!isRecord(raw)) throw invalidArgument(where);
  const keys = Object.keys(raw).filter((k) => raw[k] !== undefined && raw[k] !== null);
  if (keys.length !== 1) throw invalidArgument(where, "Exactly one rule type must be given.");
  const key = keys[0] ?? "";
  const body = raw[key];
  if (!isRecord(body)) throw invalidArgument(where);
  if (key === "list") {
    const source = body.source;
    const resolved = typeof source === "string" ? source : resolveRange(source);
    if (resolved === undefined)
      throw invalidArgument(where, "list.source must be text or a Range.");
    return {
      kind: "list",
      source: resolved,
      inCellDropDown: body.inCellDropDown !== false,
      anchorRow,
      anchorCol,
    };
  }
  if (key === "custom") {
    if (typeof body.formula !== "string")
      throw invalidArgument(where, "custom.formula must be text.");
    return { kind: "custom", formula: body.formula, anchorRow, anchorCol };
  }
  if (
    key === "wholeNumber" ||
    key === "decimal" ||
    key === "textLength" ||
    key === "date" ||
    key === "time"
  ) {
    const op = body.operator;
    if (typeof op !== "string" || !OPERATORS.includes(op as ValidationOperator))
      throw invalidArgument(where, "Unknown operator.");
    const operator = op as ValidationOperator;
    const formula1 = operand(body.formula1, resolveRange, where);
    const needsTwo = operator === "Between" || operator === "NotBetween";
    if (!needsTwo) return { kind: key, operator, formula1, anchorRow, anchorCol };
    const formula2 = operand(body.formula2, resolveRange, where);
    return { kind: key, operator, formula1, formula2, anchorRow, anchorCol };
  }
  throw invalidArgument(where, `Rule type '${key}' is not supported by the simulator.`);
}

/** Converts a stored rule back to the Office.js DataValidationRule shape for Range.dataValidation.rule. */
export function toOfficeRule(rule: SimValidationRule | null): Record<string, unknown> {
  if (!rule) return {};
  switch (rule.kind) {
    case "list":
      return { list: { source: rule.source, inCellDropDown: rule.inCellDropDown } };
    case "custom":
      return { custom: { formula: rule.formula } };
    case "wholeNumber":
    case "decimal":
    case "textLength":
    case "date":
    case "time": {
      const body: Record<string, unknown> = { operator: rule.operator, formula1: rule.formula1 };
      if (rule.formula2 !== undefined) body.formula2 = rule.formula2;
      return { [rule.kind]: body };
    }
  }
}

/** Excel.DataValidationType name of a rule (for dataValidation.type). */
export function ruleTypeName(rule: SimValidationRule | null): string {
  if (!rule) return "None";
  const names: Record<SimValidationRule["kind"], string> = {
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    textLength: "TextLength",
    date: "Date",
    time: "Time",
    list: "List",
    custom: "Custom",
  };
  return names[rule.kind];
}

/** Evaluates rule formula text for the checked cell (shifting relative refs); returns a scalar or 2D array. */
export type FormulaEvaluator = (formula: string) => unknown;

function toNumber(x: unknown): number | undefined {
  if (typeof x === "number") return x;
  if (typeof x === "string" && x.trim() !== "" && Number.isFinite(Number(x))) return Number(x);
  return undefined;
}

function evalOperand(op: Operand, evaluate: FormulaEvaluator): number | undefined {
  if (typeof op === "number") return op;
  if (op.startsWith("=")) return toNumber(evaluate(op));
  return toNumber(op);
}

function compare(op: ValidationOperator, v: number, a: number, b: number | undefined): boolean {
  switch (op) {
    case "Between":
      return b !== undefined && v >= Math.min(a, b) && v <= Math.max(a, b);
    case "NotBetween":
      return b !== undefined && (v < Math.min(a, b) || v > Math.max(a, b));
    case "EqualTo":
      return v === a;
    case "NotEqualTo":
      return v !== a;
    case "GreaterThan":
      return v > a;
    case "LessThan":
      return v < a;
    case "GreaterThanOrEqualTo":
      return v >= a;
    case "LessThanOrEqualTo":
      return v <= a;
  }
}

function flatten(x: unknown): unknown[] {
  return Array.isArray(x) ? x.flatMap((item) => flatten(item)) : [x];
}

/** The items of a list rule (comma list or evaluated range); used for checks and the preview dropdown. */
export function listItems(source: string, evaluate: FormulaEvaluator): string[] {
  if (source.startsWith("=")) {
    return flatten(evaluate(source))
      .filter((x) => x !== null && x !== undefined && x !== "")
      .map((x) => (typeof x === "boolean" ? (x ? "TRUE" : "FALSE") : String(x)));
  }
  return source
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function truthy(x: unknown): boolean {
  if (Array.isArray(x)) return truthy(flatten(x)[0]);
  if (typeof x === "boolean") return x;
  if (typeof x === "number") return x !== 0;
  return false;
}

/** Checks a value against a rule; `evaluate` shifts relative references to the checked cell. */
export function valueSatisfiesRule(
  rule: SimValidationRule,
  value: CellValue,
  evaluate: FormulaEvaluator
): boolean {
  switch (rule.kind) {
    case "custom":
      return truthy(evaluate(rule.formula));
    case "list": {
      const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
      return listItems(rule.source, evaluate).some((item) => {
        if (typeof value === "number" && toNumber(item) !== undefined)
          return toNumber(item) === value;
        return item.toLowerCase() === text.toLowerCase();
      });
    }
    case "wholeNumber":
    case "decimal":
    case "textLength":
    case "date":
    case "time": {
      let v: number;
      if (rule.kind === "textLength")
        v = (typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value)).length;
      else if (typeof value === "number") v = value;
      else return false;
      if (rule.kind === "wholeNumber" && !Number.isInteger(v)) return false;
      const a = evalOperand(rule.formula1, evaluate);
      const b = rule.formula2 === undefined ? undefined : evalOperand(rule.formula2, evaluate);
      if (a === undefined) return false;
      return compare(rule.operator, v, a, b);
    }
  }
}
