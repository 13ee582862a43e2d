/**
 * Cell value conversions: what typing text into a cell produces (number, boolean, formula,
 * text), how HyperFormula results map to the values Office.js returns, and a small number
 * formatter for Range.text.
 */
import { DetailedCellError, ErrorType, type CellValue as HfCellValue } from "hyperformula";
import { EXCEL_ERROR_VALUES } from "../layout/excelErrors";

/** A value as Office.js returns it in Range.values ("" for an empty cell, "#DIV/0!" for errors). */
export type CellValue = string | number | boolean;

/** What gets stored into a cell. */
export type CellInput =
  | { kind: "empty" }
  | { kind: "value"; value: CellValue; numberFormat?: string }
  | { kind: "formula"; text: string };

/** Excel.RangeValueType names returned by Range.valueTypes. */
export type SimValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

const NUMBER_RE = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?([eE][+-]?\d+)?$/;
/** Interprets text the way Excel does when a user types it (numbers, %, TRUE/FALSE, =formula, 'text). */
export function parseTypedText(text: string, numberFormat = "General"): CellInput {
  if (text === "") return { kind: "empty" };
  if (numberFormat === "@") return { kind: "value", value: text };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", text };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const percent = trimmed.endsWith("%");
  const body = percent ? trimmed.slice(0, -1) : trimmed;
  if (body !== "" && body !== "." && /\d/.test(body) && NUMBER_RE.test(body)) {
    const n = Number(body.replace(/,/g, ""));
    if (Number.isFinite(n)) {
      if (percent) return { kind: "value", value: n / 100, numberFormat: "0%" };
      if (body.includes(",")) return { kind: "value", value: n, numberFormat: "#,##0" };
      return { kind: "value", value: n };
    }
  }
  return { kind: "value", value: text };
}

/** Converts one element of an Office.js values/formulas array; null means "leave the cell unchanged". */
export function inputFromApi(raw: unknown, numberFormat: string): CellInput | null | undefined {
  if (raw === null) return null;
  if (typeof raw === "number")
    return Number.isFinite(raw) ? { kind: "value", value: raw } : undefined;
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (typeof raw === "string") return parseTypedText(raw, numberFormat);
  return undefined;
}

/** Maps a HyperFormula result to the value Office.js would report. */
export function fromHfValue(value: HfCellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (value instanceof DetailedCellError) {
    if (value.type === ErrorType.CYCLE) return 0; // Excel shows 0 for a circular reference.
    if (value.value === "#ERROR!") return "#NAME?";
    return value.value;
  }
  return value;
}

/** Converts a stored input to HyperFormula raw content (strings forced to text with a leading '). */
export function toHfContent(
  input: CellInput,
  translate: (formula: string) => string
): string | number | boolean | null {
  switch (input.kind) {
    case "empty":
      return null;
    case "formula":
      return translate(input.text);
    case "value":
      return typeof input.value === "string"
        ? input.value === ""
          ? null
          : `'${input.value}`
        : input.value;
  }
}

/** Classifies a value as Excel.RangeValueType does. */
export function valueTypeOf(value: CellValue): SimValueType {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return EXCEL_ERROR_VALUES.has(value) ? "Error" : "String";
}

function formatGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return n.toExponential(2).toUpperCase();
  return String(Number(n.toPrecision(10)));
}

function formatFixed(n: number, decimals: number, thousands: boolean): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [intPart = "0", frac] = fixed.split(".");
  const grouped = thousands ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : intPart;
  return `${n < 0 ? "-" : ""}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}

/** A 1900-system date serial as Excel shows it under a y/m/d format ("yyyy-mm-dd", "yyyy/m/d", "yyyy年m月d日"). */
function formatDate(serial: number, fmt: string): string | undefined {
  if (!/y/i.test(fmt) || !/d/i.test(fmt)) return undefined;
  // Excel counts a 1900-02-29 that never was (serial 60): serials below it are one day later than a plain count.
  const day = Math.floor(serial);
  const date = new Date(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * 86400000);
  if (!Number.isFinite(date.getTime())) return undefined;
  const y = day === 60 ? 1900 : date.getUTCFullYear();
  const m = day === 60 ? 2 : date.getUTCMonth() + 1;
  const d = day === 60 ? 29 : date.getUTCDate();
  return fmt
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/yyyy|yy/gi, (t) => (t.length === 4 ? String(y) : String(y).slice(2)))
    .replace(/mm|m/g, (t) => (t.length === 2 ? String(m).padStart(2, "0") : String(m)))
    .replace(/dd|d/gi, (t) => (t.length === 2 ? String(d).padStart(2, "0") : String(d)));
}

const CONDITION = /^\[(>=|<=|<>|>|<|=)(-?\d+(?:\.\d+)?)\]/;

/**
 * The section of a conditional format (`[>=300]0.00;[>=299.99]"299.99";0.00`) that applies to a number, without its
 * condition: the first whose condition holds, else the first section without one (Excel's reading); undefined for
 * a format without conditions.
 */
function conditionalSection(value: number, numberFormat: string): string | undefined {
  const sections = numberFormat.split(";");
  if (!sections.some((x) => CONDITION.test(x))) return undefined;
  for (const section of sections) {
    const m = CONDITION.exec(section);
    if (!m) return section;
    const bound = Number(m[2]);
    const holds = {
      ">=": value >= bound,
      "<=": value <= bound,
      "<>": value !== bound,
      ">": value > bound,
      "<": value < bound,
      "=": value === bound,
    }[m[1]!];
    if (holds) return section.slice(m[0].length);
  }
  return "General";
}

/**
 * Renders a value with a number format, covering General, 0, 0.00, 0.0#, #,##0.00, 0%, 0.0%, 0.0#% (optional
 * digits drop trailing zeros, as Excel does), y/m/d dates, @, empty sections (";;;" shows nothing), conditional
 * sections ("[>=300]0.00;…") and a section of quoted text.
 */
export function formatValueText(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    const chosen = conditionalSection(value, numberFormat);
    if (chosen !== undefined) return formatValueText(value, chosen);
  }
  // Sections positive;negative;zero;text: an empty section shows nothing (";;;" hides every value).
  const sections = numberFormat.split(";");
  // A section of quoted text only shows that text ("299.99").
  const literal = /^"([^"]*)"$/.exec(sections[0] ?? "");
  if (literal && sections.length === 1) return literal[1]!;
  if (typeof value === "string") return sections.length >= 4 && sections[3] === "" ? "" : value;
  const section =
    sections.length >= 3 && value === 0
      ? sections[2]
      : sections.length >= 2 && value < 0
        ? sections[1]
        : sections[0];
  if (sections.length > 1 && section === "") return "";
  const fmt = sections[0] ?? "General";
  if (fmt === "General" || fmt === "@" || fmt === "") return formatGeneral(value);
  const date = formatDate(value, fmt);
  if (date !== undefined) return date;
  const percent = fmt.endsWith("%");
  const core = percent ? fmt.slice(0, -1) : fmt;
  const m = /^(#,##)?0(\.(0*)(#*))?$/.exec(core);
  if (!m) return formatGeneral(value);
  const fixed = m[3]?.length ?? 0;
  const optional = m[4]?.length ?? 0;
  let text = formatFixed(percent ? value * 100 : value, fixed + optional, m[1] !== undefined);
  for (let i = 0; i < optional && text.endsWith("0"); i++) text = text.slice(0, -1);
  if (text.endsWith(".")) text = text.slice(0, -1);
  return text + (percent ? "%" : "");
}
