/**
 * What ExcelJS 4.4 cannot write, added to its output package:
 * - **Vertical page breaks** (`<colBreaks>`), which ExcelJS reads into its model but never writes. The
 *   layout's column breaks (printLayout.ts: a sheet too wide for one legible page prints in bands) go into the
 *   worksheet parts, where ECMA-376 puts them.
 * - **The workbook's default font** (the Normal style's, font 0), which sets the unit of every column width.
 *   ExcelJS fixes it at Calibri 11. Where Calibri is missing (LibreOffice without Carlito) the host measures
 *   columns in its substitute's digits, and DejaVu Sans made every column about 26% wider than in Excel: pages
 *   overflowed. Arial 10 has Excel's 7-pixel digit too (so widths are unchanged in Excel and WPS), and every
 *   LibreOffice has a metric twin of it (Liberation Sans). The cells keep their own font (宋体).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * The worksheet's elements that come just before `colBreaks` (ECMA-376 Part 1, 18.3.1.99 CT_Worksheet), last
 * first: the breaks go right after the last of them that the part has. (Searching forward for what follows
 * would find an `extLst` inside a data bar's rule.)
 */
const BEFORE_COL_BREAKS = ["rowBreaks", "headerFooter", "pageSetup"];

/** Where `<colBreaks>` goes in a worksheet part: after its rowBreaks, headerFooter or pageSetup. */
function colBreaksAt(xml: string): number {
  for (const tag of BEFORE_COL_BREAKS) {
    const open = xml.lastIndexOf(`<${tag}`);
    if (open < 0) continue;
    const tagEnd = xml.indexOf(">", open);
    if (xml[tagEnd - 1] === "/") return tagEnd + 1;
    const close = xml.indexOf(`</${tag}>`, open);
    if (close >= 0) return close + tag.length + 3;
  }
  throw new Error("worksheet without a page setup: no place for its column breaks");
}

/** The default font: Arial 10, whose digit Excel draws 7 px wide, as Calibri 11's (column widths unchanged). */
export const DEFAULT_FONT_XML = '<font><sz val="10"/><name val="Arial"/><family val="2"/></font>';

/** styles.xml with its first font (the Normal style's) replaced by {@link DEFAULT_FONT_XML}. */
export function withDefaultFont(styles: string): string {
  const fonts = styles.indexOf("<fonts");
  const start = fonts < 0 ? -1 : styles.indexOf("<font>", fonts);
  const end = start < 0 ? -1 : styles.indexOf("</font>", start);
  if (end < 0) return styles;
  return styles.slice(0, start) + DEFAULT_FONT_XML + styles.slice(end + "</font>".length);
}

/** `<colBreaks>` for breaks before the given 0-based columns: `id` counts the columns left of the break. */
export function colBreaksXml(columns: readonly number[]): string {
  const brk = columns.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
  return `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${brk}</colBreaks>`;
}

/** The last place of an ASCII `needle` in `bytes`, or -1. */
function lastIndexOfAscii(bytes: Uint8Array, needle: string): number {
  outer: for (let i = bytes.length - needle.length; i >= 0; i--) {
    for (let k = 0; k < needle.length; k++)
      if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/**
 * Edits what follows a worksheet's cells (merges, rules, print settings, parts, extensions) as text, leaving its
 * rows as bytes: a 10,000-row sheet is 13 MB of XML, its tail a few KB.
 *
 * @param part the worksheet part
 * @param edit the new text of the tail, which begins at `</sheetData>` (or `<sheetData/>`)
 * @returns the edited part
 */
export function editSheetTail(part: Uint8Array, edit: (tail: string) => string): Uint8Array {
  const close = lastIndexOfAscii(part, "</sheetData>");
  const at = close >= 0 ? close : Math.max(0, lastIndexOfAscii(part, "<sheetData/>"));
  const tail = strToU8(edit(strFromU8(part.subarray(at))));
  const out = new Uint8Array(at + tail.length);
  out.set(part.subarray(0, at));
  out.set(tail, at);
  return out;
}

/** The worksheet part of each sheet, in workbook order, from xl/workbook.xml and its relationships. */
export function sheetParts(files: Record<string, Uint8Array>): string[] {
  const workbook = strFromU8(files["xl/workbook.xml"] ?? new Uint8Array());
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(
    (m) => targets.get(/\br:id="([^"]+)"/.exec(m[0])?.[1] ?? "") ?? ""
  );
}

/**
 * Adds to an unzipped package written by ExcelJS its default font and the layout's vertical page breaks.
 *
 * @param files the package's parts by name, changed in place
 * @param breaks per sheet index (0-based, workbook order), the 0-based columns that begin a new band of pages
 * @throws Error when a sheet's part is missing (a package this writer did not make)
 */
export function fixFiles(
  files: Record<string, Uint8Array>,
  breaks: ReadonlyMap<number, readonly number[]>
): void {
  const styles = files["xl/styles.xml"];
  if (styles) files["xl/styles.xml"] = strToU8(withDefaultFont(strFromU8(styles)));
  const parts = sheetParts(files);
  for (const [index, columns] of breaks) {
    if (columns.length === 0) continue;
    const part = parts[index];
    const data = part ? files[part] : undefined;
    if (!part || !data) throw new Error(`worksheet ${index + 1} not found in the package`);
    files[part] = editSheetTail(data, (xml) => {
      const at = colBreaksAt(xml);
      return xml.slice(0, at) + colBreaksXml(columns) + xml.slice(at);
    });
  }
}

/**
 * Adds to an .xlsx written by ExcelJS its default font and the layout's vertical page breaks.
 *
 * @param bytes the package
 * @param breaks per sheet index (0-based, workbook order), the 0-based columns that begin a new band of pages
 * @returns the fixed package
 * @throws Error when a sheet's part is missing (a package this writer did not make)
 */
export function fixPackage(
  bytes: Uint8Array,
  breaks: ReadonlyMap<number, readonly number[]>
): Uint8Array {
  const files = unzipSync(bytes);
  fixFiles(files, breaks);
  return zipSync(files, { level: 6 });
}
