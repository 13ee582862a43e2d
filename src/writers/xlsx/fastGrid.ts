/**
 * The fast .xlsx reader (issues 14, 15): a GridSource built straight from the package bytes with fflate and
 * saxes, reading only xl/workbook.xml, its relationships, xl/styles.xml, xl/sharedStrings.xml and the
 * worksheets, instead of ExcelJS's whole object model. It gives exactly what `excelGrid` gives over an ExcelJS
 * load (test/writers/fastGrid.test.ts compares them cell by cell over every fixture); whatever it does not
 * reproduce exactly, it declines ({@link FastGridDecline}) and the caller falls back to ExcelJS.
 *
 * Part names are ExcelJS's fixed ones (lib/xlsx/xlsx.js), not those the package relationships name: a package
 * that puts its parts elsewhere declines.
 */
import { unzipSync } from "fflate";
import type { GridSource, GridValue } from "../../layout";
import { FastGridDecline, decline, decodeAddress } from "./fastXml";
import { readRels, readSharedStrings, readStylesPart, readWorkbookPart } from "./fastParts";
import type { DefinedNameEntry } from "./fastParts";
import { cellKey, readSheetPart } from "./fastSheet";
import type { FastSheet } from "./fastSheet";

export { FastGridDecline } from "./fastXml";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const STYLES = "xl/styles.xml";
const SHARED_STRINGS = "xl/sharedStrings.xml";
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
/** What ExcelJS's loader takes for a worksheet (unanchored: it would also take "a/xl/worksheets/sheet1.xml"). */
const EXCELJS_SHEET_MATCH = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** A defined name resolved to one cell, as the tamper check reads it. */
export interface NamedCell {
  readonly sheet: string;
  /** Zero-based, as GridSource addresses cells. */
  readonly row: number;
  readonly col: number;
  /** The A1 address without `$`. */
  readonly address: string;
}

/** A workbook read by the fast reader: its grid and its defined names. */
export interface FastWorkbook {
  readonly grid: GridSource;
  /**
   * The one cell a workbook-level defined name refers to, or undefined when the workbook has no such name.
   * Throws {@link FastGridDecline} when the name is defined more than once, is not one absolute cell
   * reference on a sheet of the workbook (ExcelJS's range matrix is not reproduced for those) or names a cell
   * merged away.
   */
  namedCell(name: string): NamedCell | undefined;
}

const SINGLE_CELL = /^(?:'((?:[^']|'')+)'|([^'!,:\s]+))!\$([A-Z]{1,3})\$([1-9]\d{0,6})$/;

/** Resolves one defined name against the sheets (see FastWorkbook.namedCell). */
function resolveName(
  names: readonly DefinedNameEntry[],
  sheets: ReadonlyMap<string, FastSheet>,
  name: string
): NamedCell | undefined {
  const found = names.filter((n) => n.name === name);
  if (found.length === 0) return undefined;
  if (found.length > 1) decline(`defined name ${name} more than once`);
  const m = SINGLE_CELL.exec(found[0]!.text);
  const sheet = m ? (m[1]?.replace(/''/g, "'") ?? m[2]!) : undefined;
  const at = m ? decodeAddress(`${m[3]}${m[4]}`) : undefined;
  if (!m || sheet === undefined || !at || !sheets.has(sheet))
    decline(`defined name ${name} is not one cell of a sheet`);
  if (sheets.get(sheet)!.cells.get(cellKey(at.row, at.col))?.slave)
    decline(`defined name ${name} is a merged-away cell`); // ExcelJS reads the master's value there
  return { sheet, row: at.row - 1, col: at.col - 1, address: `${m[3]}${m[4]}` };
}

/** Whether the fast reader reads a zip entry: the only parts it inflates (the container gate keeps these). */
export function isFastPart(name: string): boolean {
  return (
    name === WORKBOOK ||
    name === WORKBOOK_RELS ||
    name === STYLES ||
    name === SHARED_STRINGS ||
    SHEET_PART.test(name)
  );
}

/** A package already unzipped: every entry name in directory order, and the inflated parts {@link isFastPart} takes. */
export interface UnzippedParts {
  readonly names: readonly string[];
  readonly files: ReadonlyMap<string, Uint8Array>;
}

function unzip(bytes: Uint8Array): UnzippedParts {
  const names: string[] = [];
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return isFastPart(f.name);
      },
    });
    return { names, files: new Map(Object.entries(files)) };
  } catch (e) {
    return decline(`unzip: ${(e as Error).message}`);
  }
}

/**
 * Reads a .xlsx package (ECMA-376 Part 2 zip; SpreadsheetML of Part 1, transitional) into a grid and its defined
 * names. The bytes must already have passed the container gate (zipGuard.ts: size, entry count, inflated size,
 * DOCTYPE, paths), which can hand on the parts it inflated ({@link UnzippedParts}, from inspectXlsxParts) so that
 * they are not inflated twice. Throws {@link FastGridDecline} on anything it does not reproduce exactly: strict
 * OOXML, a missing workbook, relationships or styles part, a worksheet outside xl/worksheets/sheetN.xml,
 * hyperlinks, and the cases listed in fastSheet.ts and fastParts.ts.
 */
export function readFastWorkbook(source: Uint8Array | UnzippedParts): FastWorkbook {
  const { names, files } = "files" in source ? source : unzip(source);
  for (const n of names)
    if (EXCELJS_SHEET_MATCH.test(n) && !SHEET_PART.test(n)) decline(`odd worksheet entry ${n}`);
  if (new Set(names).size !== names.length) decline("duplicate zip entries");
  const part = (name: string): Uint8Array => files.get(name) ?? decline(`missing ${name}`);

  const workbook = readWorkbookPart(part(WORKBOOK));
  const rels = new Map(readRels(part(WORKBOOK_RELS)).map((r) => [r.id, r]));
  const styles = readStylesPart(part(STYLES));
  const sharedStrings = files.get(SHARED_STRINGS);
  const strings = sharedStrings ? readSharedStrings(sharedStrings) : undefined;

  const sheets = new Map<string, FastSheet>();
  const used = new Set<string>();
  for (const s of workbook.sheets) {
    const rel = rels.get(s.rId);
    if (!rel || rel.external) decline(`sheet ${s.name} has no relationship`);
    const path = `xl/${rel.target.replace(/^(\s|\/xl\/)+/, "")}`;
    const sheetPart = SHEET_PART.test(path) ? files.get(path) : undefined;
    if (!sheetPart || used.has(path))
      decline(`sheet ${s.name} is not a worksheet part ExcelJS reads (${path})`);
    used.add(path);
    sheets.set(s.name, readSheetPart(sheetPart, { styles, strings, date1904: workbook.date1904 }));
  }
  for (const n of names)
    if (SHEET_PART.test(n) && !used.has(n)) decline(`worksheet ${n} not in the workbook`);

  const find = (sheet: string, row: number, col: number) =>
    sheets.get(sheet)?.cells.get(cellKey(row + 1, col + 1));
  const grid: GridSource = {
    sheetNames: () => [...sheets.keys()],
    rowCount: (sheet) => sheets.get(sheet)?.rowCount ?? 0,
    cell: (sheet, row, col): GridValue => {
      const c = find(sheet, row, col);
      return c && !c.slave ? c.value : undefined;
    },
    formula: (sheet, row, col) => {
      const c = find(sheet, row, col);
      return c && !c.slave ? c.formula : undefined;
    },
    numberFormat: (sheet, row, col) => find(sheet, row, col)?.numFmt,
    isError: (sheet, row, col) => {
      const c = find(sheet, row, col);
      return c !== undefined && !c.slave && c.error === true;
    },
    merges: (sheet) => sheets.get(sheet)?.merges ?? [],
  };
  return {
    grid,
    namedCell: (name) => resolveName(workbook.definedNames, sheets, name),
  };
}

/**
 * The fast grid of a .xlsx package, or undefined when the fast reader declines (see readFastWorkbook); other
 * errors propagate.
 */
export function fastGrid(bytes: Uint8Array): GridSource | undefined {
  try {
    return readFastWorkbook(bytes).grid;
  } catch (e) {
    if (e instanceof FastGridDecline) return undefined;
    throw e;
  }
}
