/**
 * Writes a drawn WorkbookCase into a generated scoresheet the way a spreadsheet stores it: ExcelJS edits the
 * cells (numbers with their format, shared strings, formulas with or without a cached result, booleans, error
 * values, dates, merges on an unprotected sheet), then the sheet XML is patched for inline strings, which
 * ExcelJS never writes, and the archive is zipped again with real CRCs so LibreOffice opens it.
 */
import ExcelJS from "exceljs";
import { COL } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { rezip, unzip } from "../support/zip";
import type { ItemCase, Stored, WorkbookCase } from "./grammar";
import { blankModel, targetItems } from "./targets";

let blankBytes: Promise<Uint8Array> | undefined;

/** The blank generated scoresheet's bytes (written once). */
function blankXlsx(): Promise<Uint8Array> {
  return (blankBytes ??= writeXlsx(blankModel()));
}

const INLINE = (k: number): string => `__gridscore_inline_${k}__`;

/** Writes one stored value into a cell; inline strings get a placeholder patched later. */
function store(cell: ExcelJS.Cell, v: Stored, inline: string[]): void {
  switch (v.kind) {
    case "number":
      cell.value = v.value;
      if (v.format !== undefined) cell.style = { ...cell.style, numFmt: v.format };
      return;
    case "shared":
      cell.value = v.text;
      return;
    case "inline":
      inline.push(v.text);
      cell.value = INLINE(inline.length - 1);
      return;
    case "formula":
      cell.value =
        v.cached === undefined
          ? { formula: v.formula, date1904: false }
          : { formula: v.formula, result: v.cached, date1904: false };
      return;
    case "bool":
      cell.value = v.value;
      return;
    case "error":
      cell.value = { error: v.value };
      return;
    case "date":
      cell.value = new Date(`${v.iso}T00:00:00Z`);
      cell.style = { ...cell.style, numFmt: "yyyy-mm-dd" };
      return;
  }
}

function applyItem(wb: ExcelJS.Workbook, c: ItemCase, inline: string[]): void {
  const item = targetItems()[c.item]!;
  const ws = wb.getWorksheet(item.sheet)!;
  const at = (row: number, col: number) => ws.getCell(row + 1, col + 1);
  const first = item.rows[0]!.row;
  if (c.status) store(at(first, COL.status), c.status, inline);
  c.inputs.forEach((v, i) => {
    // A merge keeps only the top-left value (Excel and LibreOffice clear the others when merging).
    if (v && !(c.merge && i === 1)) store(at(item.rows[i]!.row, COL.input), v, inline);
  });
  c.notes.forEach((v, i) => v && store(at(item.rows[i]!.row, COL.note), v, inline));
  if (c.merge) {
    ws.unprotect();
    ws.mergeCells(first + 1, COL.input + 1, item.rows[1]!.row + 1, COL.input + 1);
  }
}

/** The .xlsx bytes of a blank scoresheet with the case typed in. */
export async function writeCase(c: WorkbookCase): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const blank = await blankXlsx();
  await wb.xlsx.load(blank.buffer.slice(0) as ArrayBuffer);
  const inline: string[] = [];
  for (const item of c.items) applyItem(wb, item, inline);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return inline.length === 0 ? bytes : inlineStrings(bytes, inline);
}

const xmlText = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Turns the placeholder shared strings into inline strings (`t="inlineStr"`), as openpyxl and others write. */
function inlineStrings(bytes: Buffer, inline: readonly string[]): Buffer {
  const parts = unzip(bytes);
  const sst = parts.get("xl/sharedStrings.xml")!.toString("utf8");
  const index = new Map<number, number>();
  [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].forEach((m, i) => {
    const k = /__gridscore_inline_(\d+)__/.exec(m[1]!);
    if (k) index.set(i, Number(k[1]));
  });
  for (const [name, data] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = data.toString("utf8");
    const patched = xml.replace(
      /<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (whole, ref: string, a: string, b: string, v: string) => {
        const k = index.get(Number(v));
        if (k === undefined) return whole;
        return `<c r="${ref}"${a} t="inlineStr"${b}><is><t xml:space="preserve">${xmlText(inline[k]!)}</t></is></c>`;
      }
    );
    if (patched !== xml) parts.set(name, Buffer.from(patched));
  }
  return rezip(parts); // fflate: the real CRCs LibreOffice checks
}
