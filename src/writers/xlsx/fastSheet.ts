/**
 * One worksheet part read as ExcelJS 4.4.0 builds its cells (lib/xlsx/xform/sheet/cell-xform.js, row-xform.js,
 * col-xform.js, lib/doc/worksheet.js and row.js), without building the object model: values and cached results,
 * formulas (shared ones translated), number formats, merges, and the row count ExcelJS reports.
 */
import type { GridValue } from "../../layout";
import {
  MAIN_NS,
  decline,
  decodeAddress,
  decodeXstring,
  excelToDate,
  isDateFmt,
  slideFormula,
  walkXml,
  xmlDecode,
} from "./fastXml";
import type { StylesPart } from "./fastParts";

/** A cell as the grid sees it. */
export interface FastCell {
  value: GridValue;
  formula: string | undefined;
  numFmt: string | undefined;
  /** A merge slave (not the top-left cell of its range): the grid gives it no value and no formula. */
  slave: boolean;
  /** An error value (`t="e"`, or a formula's cached error), whose text `value` holds. */
  error?: true;
}

/** A merged range, zero-based (as GridSource.merges gives it). */
export interface FastMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A worksheet read: cells keyed by `row * 16384 + col` (both 1-based). */
export interface FastSheet {
  readonly cells: ReadonlyMap<number, FastCell>;
  readonly rowCount: number;
  readonly merges: readonly FastMerge[];
}

/** The key of a 1-based cell position. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

interface CellState {
  address: string;
  row: number;
  col: number;
  t: string | undefined;
  styleId: number;
  formula: string | undefined;
  shareType: string | undefined;
  si: string | undefined;
  ref: string | undefined;
  value: string | undefined;
  runs: string[] | undefined;
  current: "f" | "v" | "t" | undefined;
  runText: string[] | undefined;
  inRunProps: boolean;
}

/** What a worksheet needs from the workbook: styles, shared strings and the date system. */
export interface SheetContext {
  readonly styles: StylesPart;
  readonly strings: readonly string[] | undefined;
  readonly date1904: boolean;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A `<v>` text as ExcelJS's parseFloat reads it; declines where parseFloat would read only a prefix or NaN. */
function number(text: string): number {
  if (!NUMBER.test(text)) decline(`number ${JSON.stringify(text.slice(0, 40))}`);
  return parseFloat(text);
}

/**
 * Reads one worksheet part (ECMA-376 Part 1, 18.3.1.99). Declines on hyperlinks, phonetic runs in inline strings,
 * cells or rows without an address, duplicated rows or cells, unknown cell types, overlapping merges, a shared
 * formula whose master is missing or merged away, and structural elements at unexpected places.
 */
export function readSheetPart(bytes: Uint8Array, ctx: SheetContext): FastSheet {
  const cells = new Map<number, FastCell>();
  const rowNumFmt = new Map<number, string | undefined>();
  const cols: { min: number; max: number; numFmt: string | undefined }[] = [];
  const mergeRefs: string[] = [];
  const masters = new Map<string, { row: number; col: number }>(); // shared formula si → master position
  const masterFormula = new Map<number, string>(); // key → master's own formula text
  const slaves: { key: number; master: { row: number; col: number }; at: CellState }[] = [];
  let maxRow = 0;
  let row: number | undefined;
  let cell: CellState | undefined;
  let section: string | undefined;

  const styleFmt = (id: number): string | undefined => (id ? ctx.styles.numFmt(id) : undefined);
  // A cell's number format and whether it is a date format, once per style id (a sheet has a few dozen styles
  // and thousands of cells; isDateFmt's test per cell was a tenth of the read: issue 15).
  const cellStyles = new Map<number, { numFmt: string | undefined; dated: boolean }>();
  const cellStyle = (id: number): { numFmt: string | undefined; dated: boolean } => {
    let style = cellStyles.get(id);
    if (style === undefined) {
      const numFmt = id && ctx.styles.has(id) ? styleFmt(id) : undefined;
      style = { numFmt, dated: isDateFmt(numFmt) };
      cellStyles.set(id, style);
    }
    return style;
  };

  const finish = (c: CellState): void => {
    const key = cellKey(c.row, c.col);
    if (cells.has(key)) decline(`cell ${c.address} twice`);
    const { numFmt, dated } = cellStyle(c.styleId);
    if (c.runs !== undefined && (c.value !== undefined || c.t !== "inlineStr"))
      decline(`rich text mixed with other content in ${c.address}`);
    if (c.formula || c.shareType) {
      if (c.shareType !== undefined && !["shared", "array", "normal"].includes(c.shareType))
        decline(`formula type ${c.shareType}`);
      if (!c.formula && !(c.shareType === "shared" && !c.ref))
        decline(`formula without text in ${c.address}`); // ExcelJS shows its model as "[object Object]"
      if (c.formula && c.shareType === "shared" && !c.ref)
        decline(`shared formula slave with its own text in ${c.address}`);
      if (c.runs !== undefined) decline(`rich text in formula cell ${c.address}`);
      let result: GridValue;
      if (c.value) {
        if (c.t === "str") result = xmlDecode(c.value);
        else if (c.t === "b") result = bool(c.value);
        else if (c.t === "e") result = c.value;
        else if (c.t === undefined || c.t === "n") result = number(c.value);
        else decline(`formula result type ${c.t}`);
        if (dated) {
          if (typeof result !== "number")
            decline(`date-formatted non-number result in ${c.address}`);
          result = excelToDate(result, ctx.date1904);
        }
      }
      const rec: FastCell = {
        value: result,
        formula: c.formula || undefined,
        numFmt,
        slave: false,
      };
      if (c.value && c.t === "e") rec.error = true;
      if (c.shareType === "shared") {
        if (c.ref) {
          if (!c.formula) decline(`shared formula master ${c.address} without text`);
          masters.set(c.si ?? "undefined", { row: c.row, col: c.col });
          masterFormula.set(key, c.formula);
        } else {
          const master = masters.get(c.si ?? "undefined");
          if (!master) decline(`shared formula ${c.address} before its master`);
          if (!c.formula) slaves.push({ key, master, at: c });
        }
      }
      cells.set(key, rec);
      return;
    }
    let value: GridValue;
    if (c.runs !== undefined) value = c.runs.join("");
    else if (c.value !== undefined) {
      switch (c.t) {
        case "s": {
          if (!isDigits(c.value) || !ctx.strings) decline(`shared string index in ${c.address}`);
          value = ctx.strings[parseInt(c.value, 10)] ?? decline(`shared string ${c.value} missing`);
          break;
        }
        case "str":
          value = xmlDecode(c.value);
          break;
        case "inlineStr":
          value = c.value;
          break;
        case "b":
          value = bool(c.value);
          break;
        case "e":
          value = c.value;
          break;
        case undefined:
        case "n":
          value = number(c.value);
          if (dated) value = excelToDate(value, ctx.date1904);
          break;
        default:
          return decline(`cell type ${c.t}`);
      }
    } else if (!c.styleId) return; // ExcelJS's "Merge" type: no cell at all
    const rec: FastCell = { value, formula: undefined, numFmt, slave: false };
    if (c.runs === undefined && c.t === "e") rec.error = true;
    cells.set(key, rec);
  };

  walkXml(bytes, "worksheet", MAIN_NS, {
    open(name, a, depth) {
      if (depth === 1) section = name;
      if (name === "hyperlink" || name === "hyperlinks") decline("hyperlinks");
      if (
        (name === "sheetData" || name === "cols" || name === "mergeCells") &&
        (depth !== 1 || mergeRefs.length > 0 || (name === "sheetData" && maxRow > 0))
      )
        decline(`${name} out of place`);
      if (depth === 2 && section === "cols") {
        if (name !== "col") decline(`element ${name} in cols`);
        const min = parseInt(a.min || "0", 10);
        const max = parseInt(a.max || "0", 10);
        if (!(min >= 1 && max >= min && max <= 16384)) decline("col without a usable min/max");
        const styleId = a.style ? parseInt(a.style, 10) : 0;
        cols.push({ min, max, numFmt: styleId ? styleFmt(styleId) : undefined });
      } else if (depth === 2 && section === "mergeCells") {
        if (name !== "mergeCell" || a.ref === undefined) decline(`element ${name} in mergeCells`);
        mergeRefs.push(a.ref);
      } else if (section === "sheetData" && depth >= 2) {
        if (name.includes(":")) decline(`element ${name} in sheetData`);
        if (depth === 2) {
          if (name !== "row" || !isRowNumber(a.r)) decline("row without r");
          row = Number(a.r);
          if (rowNumFmt.has(row)) decline(`row ${row} twice`);
          const s = a.s ? parseInt(a.s, 10) : 0;
          rowNumFmt.set(row, s && ctx.styles.has(s) ? styleFmt(s) : undefined);
          maxRow = Math.max(maxRow, row);
        } else if (depth === 3) {
          const at = name === "c" ? decodeAddress(a.r ?? "") : undefined;
          if (!at || at.row !== row) decline(`cell without a usable r in row ${String(row)}`);
          cell = {
            address: a.r!,
            row: at.row,
            col: at.col,
            t: a.t,
            styleId: a.s ? parseInt(a.s, 10) : 0,
            formula: undefined,
            shareType: undefined,
            si: undefined,
            ref: undefined,
            value: undefined,
            runs: undefined,
            current: undefined,
            runText: undefined,
            inRunProps: false,
          };
        } else if (cell) cellOpen(cell, name, a, depth);
      }
    },
    text(t) {
      const c = cell;
      if (!c) return;
      if (c.runText !== undefined) c.runText.push(t);
      else if (c.runs !== undefined && c.current === undefined) return;
      else if (c.current === "f") c.formula = (c.formula ?? "") + t;
      else if (c.current === "v" || c.current === "t") {
        if (c.runs !== undefined) decline(`rich text mixed with text in ${c.address}`);
        c.value = (c.value ?? "") + t;
      }
    },
    close(name, depth) {
      if (depth === 1) section = undefined;
      const c = cell;
      if (!c || section !== "sheetData") return;
      if (depth === 3) {
        finish(c);
        cell = undefined;
      } else if (c.inRunProps) {
        if (name === "rPr") c.inRunProps = false;
      } else if (name === "t" && c.runText !== undefined) {
        c.runs![c.runs!.length - 1] = decodeXstring(c.runText.join(""));
        c.runText = undefined;
      } else if (name === "f" || name === "v" || name === "is" || name === "t")
        c.current = undefined;
    },
  });

  for (const s of slaves) {
    const text = masterFormula.get(cellKey(s.master.row, s.master.col));
    if (text === undefined) decline(`shared formula master of ${s.at.address} missing`);
    cells.get(s.key)!.formula = slideFormula(text, s.master, s.at);
  }
  const merges = applyMerges(mergeRefs, cells, rowNumFmt, columnFormats(cols));
  for (const s of slaves)
    if (cells.get(cellKey(s.master.row, s.master.col))?.slave)
      decline(`shared formula master of ${s.at.address} merged away`);
  const rowCount = Math.max(maxRow, ...merges.map((m) => m.bottom + 1));
  return { cells, rowCount, merges };
}

/** Whether `text` is a row number of 1–7 digits not starting with 0 (/^[1-9]\d{0,6}$/, without the regex). */
function isRowNumber(text: string | undefined): text is string {
  return text !== undefined && text.length <= 7 && text.charCodeAt(0) !== 48 && isDigits(text);
}

/** Whether `text` is one or more ASCII digits (as /^\d+$/ tests it, without a regular expression per cell). */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

/** Boolean text as ExcelJS reads it (`parseInt(v) !== 0`), accepted only as "0" or "1". */
function bool(text: string): boolean {
  if (text !== "0" && text !== "1") decline(`boolean ${JSON.stringify(text.slice(0, 20))}`);
  return text === "1";
}

/** The content of one `<c>` (ECMA-376 Part 1, 18.3.1.4): f, v, is > t | r > (rPr, t). */
function cellOpen(
  c: CellState,
  name: string,
  a: Readonly<Record<string, string>>,
  depth: number
): void {
  if (c.inRunProps) return;
  if (c.runText !== undefined) decline(`element ${name} in run text`);
  if (c.runs !== undefined && c.current === undefined && depth === 6) {
    if (name === "t") c.runText = [];
    else if (name === "rPr") c.inRunProps = true;
    else decline(`element ${name} in a rich-text run`);
    return;
  }
  if (name === "f" && depth === 4) {
    c.current = "f";
    c.si = a.si;
    c.shareType = a.t;
    c.ref = a.ref;
  } else if (name === "v" && depth === 4) c.current = "v";
  else if (name === "is" && depth === 4) c.current = undefined;
  else if (name === "t" && depth === 5) c.current = "t";
  else if (name === "r" && depth === 5) {
    if (c.value !== undefined) decline(`rich text mixed with text in ${c.address}`);
    (c.runs ??= []).push("");
  } else decline(`element ${name} in cell ${c.address}`);
}

/** Per column, the number format of its `<col style>`, as ExcelJS's Column.fromModel lays the cols out. */
function columnFormats(
  cols: readonly { min: number; max: number; numFmt: string | undefined }[]
): (col: number) => string | undefined {
  const byCol = new Map<number, string | undefined>();
  let count = 1;
  for (const col of [...cols].sort((p, n) => p.min - n.min)) {
    count = Math.max(count, col.min);
    for (; count <= col.max; count++) byCol.set(count, col.numFmt);
  }
  return (col) => byCol.get(col);
}

/**
 * Applies `<mergeCell>` ranges as ExcelJS's mergeCellsWithoutStyle does: a cell the part does not hold is
 * created with its row's, else its column's number format; every cell but the top-left becomes a slave.
 */
function applyMerges(
  refs: readonly string[],
  cells: Map<number, FastCell>,
  rowNumFmt: ReadonlyMap<number, string | undefined>,
  colNumFmt: (col: number) => string | undefined
): FastMerge[] {
  const out: FastMerge[] = [];
  for (const ref of refs) {
    const [a, b = a] = ref.split(":");
    const p = decodeAddress(a ?? "");
    const q = decodeAddress(b ?? "");
    if (!p || !q || ref.split(":").length > 2) decline(`merge ${ref}`);
    const m = {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    };
    if (
      out.some(
        (o) => o.top <= m.bottom && o.bottom >= m.top && o.left <= m.right && o.right >= m.left
      )
    )
      decline(`overlapping merge ${ref}`); // ExcelJS throws on these
    out.push(m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        const key = cellKey(r, c);
        let rec = cells.get(key);
        if (!rec) {
          rec = {
            value: undefined,
            formula: undefined,
            numFmt: rowNumFmt.get(r) || colNumFmt(c),
            slave: false,
          };
          cells.set(key, rec);
        }
        if (r > m.top || c > m.left) rec.slave = true;
      }
  }
  return out.map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
}
