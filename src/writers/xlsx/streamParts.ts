/**
 * What ExcelJS 4.4's streaming writer leaves out, added to its package as its document writer writes them:
 * - **Excel tables** (the streaming writer has none): `xl/tables/tableN.xml`, the sheet's relationship to it,
 *   `<tableParts>` and the content type;
 * - **the data bars' Excel 2010 extension** (`x14:dataBar` in the sheet's `extLst`), which the main rule refers
 *   to by id;
 * - **`fullCalcOnLoad`** on the workbook (its formulas carry no cached results);
 * - **the merges in the document writer's order** (row by row) and the empty `<Manager>` of the document properties;
 * - **the shared strings' `count`** of references (the streaming writer repeats the unique count);
 * - **`<sheetProtection>` where ECMA-376 puts it**, right after the rows (the streaming writer writes it after
 *   the data validations, which the schema refuses).
 * Translations of the layout model only: no decision here.
 */
import { strFromU8, strToU8 } from "fflate";
import { rangeA1 } from "../../layout";
import type { TableModel } from "../../layout";
import { editSheetTail, sheetParts } from "./packageFixes";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/** Text as an XML attribute value or element content. */
export const xmlText = (s: string): string =>
  s.replace(
    /[<>&"']/g,
    (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[c]};`
  );

/**
 * A table part as ExcelJS's document writer writes it: header row, no totals row, a filter button per column
 * unless `autoFilter` is off, banded rows.
 *
 * @param table the model's table
 * @param id its number in the workbook, from 1
 * @returns the part's XML
 */
export function tableXml(table: TableModel, id: number): string {
  const ref = rangeA1(table.ref);
  const hidden = table.autoFilter ? "0" : "1";
  const filters = table.columns.map(
    (_, k) => `<filterColumn colId="${k}" hiddenButton="${hidden}"/>`
  );
  const columns = table.columns.map(
    (name, k) =>
      `<tableColumn id="${k + 1}" name="${xmlText(name)}" ` +
      (k === 0 ? 'totalsRowLabel="Total"/>' : 'totalsRowFunction="none"/>')
  );
  return (
    `${XML_HEAD}<table xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
    'mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
    'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ' +
    `id="${id}" name="${xmlText(table.name)}" displayName="${xmlText(table.name)}" ref="${ref}" ` +
    `totalsRowShown="1" headerRowCount="1"><autoFilter ref="${ref}">${filters.join("")}</autoFilter>` +
    `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${xmlText(table.style)}" showFirstColumn="0" showLastColumn="0" ` +
    'showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** A data bar's Excel 2010 half, as the main rule refers to it by `id`. */
export interface DataBarExt {
  /** The rule's id, "{GUID}", also on the main rule (its `x14Id`). */
  readonly id: string;
  /** The range, A1. */
  readonly sqref: string;
  readonly minLength: number;
  readonly maxLength: number;
  readonly gradient: boolean;
  readonly cfvo: readonly { readonly type: string; readonly value?: number }[];
}

/**
 * The worksheet's `extLst` holding its data bars' Excel 2010 rules, as ExcelJS's document writer writes it.
 *
 * @param bars the sheet's data bars, in the order of their rules
 * @returns the element, or "" when there is none
 */
export function dataBarExtXml(bars: readonly DataBarExt[]): string {
  if (bars.length === 0) return "";
  const formattings = bars.map((bar) => {
    const cfvo = bar.cfvo.map(
      (v) =>
        `<x14:cfvo type="${v.type}">` +
        (v.value === undefined ? "" : `<xm:f>${v.value}</xm:f>`) +
        "</x14:cfvo>"
    );
    return (
      '<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
      `<x14:cfRule type="dataBar" id="${bar.id}"><x14:dataBar minLength="${bar.minLength}" ` +
      `maxLength="${bar.maxLength}"${bar.gradient ? "" : ' gradient="0"'}>${cfvo.join("")}` +
      `</x14:dataBar></x14:cfRule><xm:sqref>${bar.sqref}</xm:sqref></x14:conditionalFormatting>`
    );
  });
  return (
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}">` +
    `<x14:conditionalFormattings>${formattings.join("")}</x14:conditionalFormattings></ext></extLst>`
  );
}

/** The tail of a worksheet (from `</sheetData>`) with `<sheetProtection>` moved to the front, after the rows. */
export function protectionFirst(tail: string): string {
  const m = /<sheetProtection\b[^>]*\/>/.exec(tail);
  if (!m) return tail;
  const rest = tail.slice(0, m.index) + tail.slice(m.index + m[0].length);
  const at = rest.startsWith("</sheetData>") ? "</sheetData>".length : "<sheetData/>".length;
  return rest.slice(0, at) + m[0] + rest.slice(at);
}

/**
 * The shared strings part with its `count` of references set. Only the `<sst>` tag (ASCII, in the first bytes)
 * is decoded; the strings (megabytes) are copied as bytes.
 */
function withStringRefs(part: Uint8Array, refs: number): Uint8Array {
  const sst = [..."<sst"].map((c) => c.charCodeAt(0));
  const start = part.findIndex((_, i) => sst.every((b, k) => part[i + k] === b));
  const end = start < 0 ? -1 : part.indexOf(0x3e /* > */, start);
  if (end < 0) return part;
  const tag = strToU8(
    strFromU8(part.subarray(0, end)).replace(/(<sst\b[^>]*?\bcount=")\d+"/, `$1${refs}"`)
  );
  const out = new Uint8Array(tag.length + part.length - end);
  out.set(tag);
  out.set(part.subarray(end), tag.length);
  return out;
}

/** A sheet's relationships with one to each table added, and the ids given, in order. */
function withTableRels(rels: string | undefined, targets: readonly string[]): [string, string[]] {
  const base =
    rels ??
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set([...base.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  const ids: string[] = [];
  let n = 1;
  for (let k = 0; k < targets.length; k++) {
    while (used.has(`rId${n}`)) n++;
    ids.push(`rId${n}`);
    used.add(`rId${n}`);
  }
  const added = targets
    .map((t, k) => `<Relationship Id="${ids[k]}" Type="${TABLE_REL}" Target="${t}"/>`)
    .join("");
  return [base.replace("</Relationships>", `${added}</Relationships>`), ids];
}

/** What one sheet needs added: its tables and its data bars' extension; its merges in order. */
export interface SheetAdditions {
  readonly tables: readonly TableModel[];
  readonly dataBars: readonly DataBarExt[];
  /** A1 ranges, in the document writer's order (the streaming writer merges a block when its last row is done). */
  readonly merges: readonly string[];
}

/** The tail of a worksheet with its `<mergeCell>` elements in the given order (the document writer's). */
export function mergesInOrder(tail: string, order: readonly string[]): string {
  return tail.replace(
    /(<mergeCells\b[^>]*>)(.*?)(<\/mergeCells>)/,
    (all, open: string, cells: string, close: string) => {
      const written = new Set([...cells.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((m) => m[1]));
      if (written.size !== order.length || !order.every((r) => written.has(r))) return all;
      return `${open}${order.map((r) => `<mergeCell ref="${r}"/>`).join("")}${close}`;
    }
  );
}

/**
 * Adds to an unzipped package of ExcelJS's streaming writer what it cannot write (see the module's comment).
 *
 * @param files the package's parts by name, changed in place
 * @param sheets per sheet, in workbook order, its tables and data bars
 * @param stringRefs how many cells refer to a shared string
 * @throws Error when a sheet's part is missing (a package this writer did not make)
 */
export function addStreamedParts(
  files: Record<string, Uint8Array>,
  sheets: readonly SheetAdditions[],
  stringRefs: number
): void {
  const parts = sheetParts(files);
  const types: string[] = [];
  let tableId = 0;
  sheets.forEach((sheet, index) => {
    const part = parts[index];
    const data = part ? files[part] : undefined;
    if (!part || !data) throw new Error(`worksheet ${index + 1} not found in the package`);
    const names = sheet.tables.map(() => `table${++tableId}.xml`);
    let tableParts = "";
    if (names.length > 0) {
      const relsName = part.replace(/([^/]+)$/, "_rels/$1.rels");
      const old = files[relsName];
      const [rels, ids] = withTableRels(
        old ? strFromU8(old) : undefined,
        names.map((n) => `../tables/${n}`)
      );
      files[relsName] = strToU8(rels);
      sheet.tables.forEach((table, k) => {
        files[`xl/tables/${names[k]}`] = strToU8(tableXml(table, tableId - names.length + k + 1));
        types.push(`<Override PartName="/xl/tables/${names[k]}" ContentType="${TABLE_TYPE}"/>`);
      });
      const refs = ids.map((id) => `<tablePart r:id="${id}"/>`).join("");
      tableParts = `<tableParts count="${ids.length}">${refs}</tableParts>`;
    }
    const ext = dataBarExtXml(sheet.dataBars);
    files[part] = editSheetTail(data, (tail) =>
      mergesInOrder(protectionFirst(tail), sheet.merges).replace(
        "</worksheet>",
        `${tableParts}${ext}</worksheet>`
      )
    );
  });
  const contentTypes = files["[Content_Types].xml"];
  if (contentTypes && types.length > 0)
    files["[Content_Types].xml"] = strToU8(
      strFromU8(contentTypes).replace("</Types>", `${types.join("")}</Types>`)
    );
  const strings = files["xl/sharedStrings.xml"];
  if (strings) files["xl/sharedStrings.xml"] = withStringRefs(strings, stringRefs);
  const app = files["docProps/app.xml"];
  if (app && !strFromU8(app).includes("<Manager>"))
    files["docProps/app.xml"] = strToU8(
      strFromU8(app).replace("<Company></Company>", "<Company></Company><Manager></Manager>")
    );
  const workbook = files["xl/workbook.xml"];
  if (workbook)
    files["xl/workbook.xml"] = strToU8(
      strFromU8(workbook).replace(
        /<calcPr\b(?![^>]*fullCalcOnLoad)([^>]*?)\s*\/>/,
        (_, attrs: string) => `<calcPr${attrs} fullCalcOnLoad="1"/>`
      )
    );
}
