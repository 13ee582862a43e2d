/**
 * Formula text rewriting. HyperFormula differs from Excel in a few lexical points that matter
 * for this project: it cannot parse unquoted non-ASCII sheet names (汇总!C5) and it rejects
 * non-ASCII defined names. Formulas are therefore translated on the way in (toHfFormula) and
 * back (fromHfFormula); non-ASCII names are encoded reversibly, so a formula may use a name
 * before it is defined (HyperFormula resolves it once added, as Excel does). The same tokenizer shifts relative references for validation and
 * conditional-format formulas, which Excel evaluates relative to the rule's top-left cell.
 */
import {
  indexToColumn,
  columnToIndex,
  MAX_COLUMNS,
  MAX_ROWS,
  sheetNameNeedsQuotes,
} from "./addresses";

type SegmentKind = "code" | "string" | "sheet";

interface Segment {
  kind: SegmentKind;
  text: string;
}

function readQuoted(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return formula.length;
}

/** Splits formula text into code, "string literal" and 'quoted sheet' segments. */
function tokenize(formula: string): Segment[] {
  const segments: Segment[] = [];
  let code = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"' || ch === "'") {
      if (code) segments.push({ kind: "code", text: code });
      code = "";
      const end = readQuoted(formula, i, ch);
      segments.push({ kind: ch === '"' ? "string" : "sheet", text: formula.slice(i, end) });
      i = end;
    } else {
      code += ch;
      i += 1;
    }
  }
  if (code) segments.push({ kind: "code", text: code });
  return segments;
}

function mapCode(
  formula: string,
  fn: (code: string) => string,
  sheetFn?: (quoted: string) => string
): string {
  return tokenize(formula)
    .map((s) => {
      if (s.kind === "code") return fn(s.text);
      if (s.kind === "sheet" && sheetFn) return sheetFn(s.text);
      return s.text;
    })
    .join("");
}

const IDENT_RE = /(?<![\p{L}\p{N}_.$!\\])([\p{L}_\\][\p{L}\p{N}_.]*)(?![\p{L}\p{N}_.(!])/gu;
const UNQUOTED_SHEET_RE = /(?<![\p{L}\p{N}_.$\\])([\p{L}\p{N}_.]+)!/gu;
const HF_SAFE_NAME_RE = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const ENCODED_RE = /^SIMU((?:_[0-9A-F]{4,6})+)$/i;

/** True when HyperFormula accepts the identifier as a name without encoding. */
export function isHfSafeName(name: string): boolean {
  if (!HF_SAFE_NAME_RE.test(name)) return false;
  // HF rejects every letters+digits name (ScoreA1); only 1-3 letters are real A1 cell references.
  if (/^[A-Za-z]+\d+$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  return !/^[rR]\d*[cC]\d*$/.test(name);
}

/** Encodes a name HyperFormula rejects (e.g. 总分) as a reversible ASCII name (SIMU_603B_5206). */
export function encodeName(name: string): string {
  const parts = [...name.toLowerCase()].map((ch) =>
    (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")
  );
  return `SIMU_${parts.join("_")}`;
}

function decodeName(encoded: string): string | undefined {
  const m = ENCODED_RE.exec(encoded);
  if (!m) return undefined;
  return (m[1] ?? "")
    .split("_")
    .filter((h) => h !== "")
    .map((h) => String.fromCodePoint(parseInt(h, 16)))
    .join("");
}

/** Translates Excel formula text to text HyperFormula parses (quotes sheets, encodes names). */
export function toHfFormula(formula: string): string {
  return mapCode(formula, (code) =>
    code
      .replace(IDENT_RE, (m: string) => (isHfSafeName(m) ? m : encodeName(m)))
      .replace(UNQUOTED_SHEET_RE, (m: string, name: string) =>
        /^[A-Za-z0-9_]+$/.test(name) ? m : `'${name}'!`
      )
  );
}

/** Translates HyperFormula's formula text back to Excel's form (bare 汇总!, original names). */
export function fromHfFormula(formula: string, displayNames: ReadonlyMap<string, string>): string {
  return mapCode(
    formula,
    (code) =>
      code.replace(IDENT_RE, (m: string) => {
        if (!ENCODED_RE.test(m)) return m;
        return displayNames.get(m.toLowerCase()) ?? decodeName(m) ?? m;
      }),
    (quoted) => {
      const name = quoted.slice(1, -1).replace(/''/g, "'");
      return sheetNameNeedsQuotes(name) ? quoted : name;
    }
  );
}

const REF_RE = /(?<![\p{L}\p{N}_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\p{L}\p{N}_.(!])/gu;

/** Shifts relative A1 references by (dRow, dCol), as Excel does when a rule applies to other cells. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return mapCode(formula, (code) =>
    code.replace(
      REF_RE,
      (m: string, colAbs: string, colLabel: string, rowAbs: string, rowText: string) => {
        const col = columnToIndex(colLabel);
        if (col < 0 || col >= MAX_COLUMNS) return m;
        const newCol = colAbs ? col : col + dCol;
        const newRow = rowAbs ? Number(rowText) - 1 : Number(rowText) - 1 + dRow;
        if (newCol < 0 || newRow < 0 || newCol >= MAX_COLUMNS || newRow >= MAX_ROWS) return "#REF!";
        return `${colAbs}${indexToColumn(newCol)}${rowAbs}${newRow + 1}`;
      }
    )
  );
}
