/**
 * Helpers of the fast .xlsx reader (fastGrid.ts): the typed decline, a streaming XML walk with saxes, and the
 * small pieces of ExcelJS 4.4.0's reading that the grid must reproduce exactly (its built-in number formats,
 * its date test and serial conversion, its shared-formula translation, its entity decoding of `t="str"`).
 * Each mirrors the ExcelJS source file named beside it; test/writers/fastGrid.test.ts checks the result
 * against ExcelJS cell by cell.
 */
import { SaxesParser } from "saxes";

/**
 * Thrown when the fast reader meets anything it does not reproduce exactly (a strict-OOXML namespace, a
 * missing part, a hyperlink, a feature it does not handle). The caller falls back to ExcelJS.
 */
export class FastGridDecline extends Error {
  /** The reason, for logs and tests. */
  readonly reason: string;
  constructor(reason: string) {
    super(`fast .xlsx reader declined: ${reason}`);
    this.name = "FastGridDecline";
    this.reason = reason;
  }
}

/** Throws a {@link FastGridDecline} with the reason. */
export function decline(reason: string): never {
  throw new FastGridDecline(reason);
}

/** The SpreadsheetML main namespace of transitional OOXML (ECMA-376 Part 1, 18.2; strict uses another). */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** The package relationships namespace (ECMA-376 Part 2, 9.3). */
export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** The officeDocument relationships namespace of transitional OOXML (ECMA-376 Part 1, 22.8). */
export const OFFICE_RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One XML event handler set: element names are qualified names as written (no namespace processing). */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>, depth: number): void;
  text?(text: string): void;
  close?(name: string, depth: number): void;
}

/**
 * Parts are decoded and parsed 16 KB at a time: a chunk without CJK text becomes a one-byte string, which saxes
 * scans faster than the two-byte string a whole worksheet becomes (its 检查 formulas hold Chinese messages), and
 * small strings die young instead of in V8's large-object space. About 9 % of a read (issue 15).
 */
export const XML_CHUNK_BYTES = 1 << 14;

/**
 * Walks one XML part with saxes, as ExcelJS does (no namespace processing, entities decoded, CDATA ignored by
 * ExcelJS and declined here), fed {@link XML_CHUNK_BYTES} at a time. `depth` is 0 for the root element. Declines
 * on malformed XML, a non-UTF-8 part or a root element other than `root` in namespace `ns`.
 */
export function walkXml(bytes: Uint8Array, root: string, ns: string, h: XmlHandlers): void {
  if (bytes[0] === 0xfe || bytes[0] === 0xff) decline("UTF-16 part");
  const decoder = new TextDecoder("utf-8", { fatal: true }); // one per part: a streaming decoder keeps state
  const parser = new SaxesParser();
  let depth = -1;
  let failure: string | undefined;
  parser.on("error", (e) => {
    failure ??= e.message;
  });
  parser.on("cdata", () => {
    failure ??= "CDATA section";
  });
  parser.on("opentag", (node) => {
    depth++;
    const attributes = node.attributes as Record<string, string>;
    if (depth === 0 && (node.name !== root || attributes.xmlns !== ns))
      failure ??= `root element ${node.name} (${String(attributes.xmlns)})`;
    if (failure === undefined) h.open(node.name, attributes, depth);
  });
  parser.on("text", (t) => {
    if (failure === undefined && depth >= 0) h.text?.(t);
  });
  parser.on("closetag", (node) => {
    if (failure === undefined) h.close?.(node.name, depth);
    depth--;
  });
  for (let at = 0; at === 0 || at < bytes.length; at += XML_CHUNK_BYTES) {
    let text: string;
    try {
      // A character cut by a chunk's end is held back for the next one; a cut one at the very end throws.
      text = decoder.decode(bytes.subarray(at, at + XML_CHUNK_BYTES), {
        stream: at + XML_CHUNK_BYTES < bytes.length,
      });
    } catch {
      return decline("part is not UTF-8");
    }
    if (text !== "") parser.write(text);
  }
  parser.close();
  if (failure !== undefined) decline(failure);
  if (depth !== -1) decline("unterminated XML");
}

/** Column letters to 1-based number (A → 1, XFD → 16384); undefined when not a column of Excel 2007+. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= 16384 ? n : undefined;
}

/** 1-based column number to letters; declines outside 1…16384 (ExcelJS's colCache throws there). */
export function columnLetters(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 16384) decline(`column ${n} out of bounds`);
  let s = "";
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26))
    s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

/**
 * An A1 address (upper-case, no `$`) as 1-based row and column; undefined when it is not one: 1–3 letters
 * A–Z (at most XFD), then a row of 1–7 digits not starting with 0 (what /^([A-Z]{1,3})([1-9]\d{0,6})$/ accepts,
 * scanned without a regular expression: it runs once per cell; issue 15).
 */
export function decodeAddress(a: string): { row: number; col: number } | undefined {
  let i = 0;
  let col = 0;
  for (; i < a.length && i < 4; i++) {
    const ch = a.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  const digits = a.length - i;
  if (i < 1 || i > 3 || col > 16384 || digits < 1 || digits > 7 || a.charCodeAt(i) === 48)
    return undefined;
  let row = 0;
  for (; i < a.length; i++) {
    const ch = a.charCodeAt(i);
    if (ch < 48 || ch > 57) return undefined;
    row = row * 10 + (ch - 48);
  }
  return { row, col };
}

/** ExcelJS 4.4.0's built-in number formats by numFmtId (lib/xlsx/defaultnumformats.js; ECMA-376 18.8.30). */
export const BUILT_IN_NUM_FMTS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** ExcelJS's date-format test and serial-to-Date conversion, shared with the Office.js grid (layout/dateFormat.ts). */
export {
  isDateFormat as isDateFmt,
  serialToGridDate as excelToDate,
} from "../../layout/dateFormat";

/** ExcelJS's second entity decoding of a `t="str"` value (lib/utils/utils.js xmlDecode). */
export function xmlDecode(text: string): string {
  const map: Record<string, string> = {
    "&lt;": "<",
    "&gt;": ">",
    "&amp;": "&",
    "&apos;": "'",
    "&quot;": '"',
  };
  return text.replace(/&([a-z]*);/g, (c) => map[c] ?? c);
}

/** ExcelJS's TextXform decoding of `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). */
export function decodeXstring(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const candidate = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const cellRef = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula's master text moved from the master's address to a slave's, exactly as ExcelJS 4.4.0 does
 * it (lib/utils/shared-formula.js slideFormula, string literals included). Declines where ExcelJS would throw
 * (a column moved out of 1…16384).
 */
export function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number }
): string {
  return formula.replace(
    candidate,
    (refMatch: string, sheet: string | undefined, _s: unknown, addr: string, paren?: string) => {
      if (paren) return refMatch;
      const m = cellRef.exec(addr);
      if (!m) return refMatch;
      const colStr = m[2]!.toUpperCase();
      if (colStr.length > 3 || (colStr.length === 3 && colStr > "XFD")) return refMatch;
      let col = columnNumber(colStr) ?? decline(`column ${colStr}`);
      let row = parseInt(m[4]!, 10);
      if (!m[1]) col += to.col - from.col;
      if (!m[3]) row += to.row - from.row;
      return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row}`;
    }
  );
}
