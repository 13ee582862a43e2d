/**
 * The workbook-level parts the fast .xlsx reader needs, read as ExcelJS 4.4.0 reads them: the workbook
 * (sheets, date system, defined names), its relationships, the styles (number formats only) and the shared
 * strings. Anything these readers do not reproduce exactly declines (fastXml.ts).
 */
import {
  BUILT_IN_NUM_FMTS,
  MAIN_NS,
  OFFICE_RELS_NS,
  RELS_NS,
  decline,
  decodeXstring,
  walkXml,
} from "./fastXml";

/** One `<sheet>` of the workbook part (ECMA-376 Part 1, 18.2.19). */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
}

/** One `<definedName>` (ECMA-376 Part 1, 18.2.5): its name, scope and formula text. */
export interface DefinedNameEntry {
  readonly name: string;
  readonly localSheetId: string | undefined;
  readonly text: string;
}

/** What the fast reader takes from xl/workbook.xml. */
export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** ExcelJS reads `date1904="1"` only (lib/xlsx/xform/book/workbook-properties-xform.js). */
  readonly date1904: boolean;
  readonly definedNames: readonly DefinedNameEntry[];
}

const FORBIDDEN_NAME = /[*?:/\\[\]]/;

/**
 * Reads xl/workbook.xml (ECMA-376 Part 1, 18.2.27). Declines on a sheet name ExcelJS would refuse or truncate
 * (empty, "History", forbidden characters, quotes at either end, over 31 characters, a case-insensitive
 * duplicate), on sheet ids that are not unique positive integers, and on elements at unexpected places.
 */
export function readWorkbookPart(bytes: Uint8Array): WorkbookPart {
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedNameEntry[] = [];
  let date1904 = false;
  let nameOpen: { name: string; localSheetId: string | undefined; text: string } | undefined;
  walkXml(bytes, "workbook", MAIN_NS, {
    open(name, a, depth) {
      if (depth === 0) {
        if (a["xmlns:r"] !== undefined && a["xmlns:r"] !== OFFICE_RELS_NS)
          decline("strict relationships namespace");
        return;
      }
      if (nameOpen) decline(`element ${name} inside a defined name`);
      if (name === "sheet") {
        if (depth !== 2) decline("sheet element out of place");
        const sheetId = Number(a.sheetId);
        const rId = a["r:id"];
        if (!/^[1-9]\d*$/.test(a.sheetId ?? "") || rId === undefined || a.name === undefined)
          decline("sheet without a usable sheetId, r:id or name");
        sheets.push({ name: a.name, sheetId, rId });
      } else if (name === "workbookPr") {
        if (depth !== 1) decline("workbookPr out of place");
        date1904 = a.date1904 === "1";
      } else if (name === "definedName") {
        if (depth !== 2 || a.name === undefined) decline("definedName out of place");
        nameOpen = { name: a.name, localSheetId: a.localSheetId, text: "" };
      } else if ((name === "sheets" || name === "definedNames") && depth !== 1) {
        decline(`${name} out of place`);
      }
    },
    text(t) {
      if (nameOpen) nameOpen.text += t;
    },
    close(name) {
      if (name === "definedName" && nameOpen) {
        definedNames.push(nameOpen);
        nameOpen = undefined;
      }
    },
  });
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const s of sheets) {
    const lower = s.name.toLowerCase();
    if (
      s.name === "" ||
      s.name === "History" ||
      FORBIDDEN_NAME.test(s.name) ||
      /(^')|('$)/.test(s.name) ||
      s.name.length > 31 ||
      names.has(lower) ||
      ids.has(s.sheetId)
    )
      decline(`sheet name or id ExcelJS would refuse or change: ${s.name}`);
    names.add(lower);
    ids.add(s.sheetId);
  }
  if (sheets.length === 0) decline("no sheets");
  return { sheets, date1904, definedNames };
}

/** One relationship (ECMA-376 Part 2, 9.3.2). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** Reads a relationships part; declines on anything but `<Relationship>` children of the root. */
export function readRels(bytes: Uint8Array): Relationship[] {
  const out: Relationship[] = [];
  walkXml(bytes, "Relationships", RELS_NS, {
    open(name, a, depth) {
      if (depth === 0) return;
      if (name !== "Relationship" || depth !== 1) decline(`element ${name} in relationships`);
      if (a.Id === undefined || a.Target === undefined)
        decline("relationship without Id or Target");
      out.push({
        id: a.Id,
        type: a.Type ?? "",
        target: a.Target,
        external: a.TargetMode === "External",
      });
    },
  });
  return out;
}

/** The number-format side of xl/styles.xml, as ExcelJS resolves a cell's style to its format code. */
export interface StylesPart {
  /**
   * The format code of cellXfs entry `styleId`, as ExcelJS's getStyleModel gives it: undefined for a style id
   * that does not exist, for numFmtId 0 and for an id with neither a custom nor a built-in format.
   */
  numFmt(styleId: number): string | undefined;
  /** Whether cellXfs entry `styleId` exists (ExcelJS's getStyleModel returns null otherwise). */
  has(styleId: number): boolean;
}

/** Reads xl/styles.xml (ECMA-376 Part 1, 18.8.39): `<numFmts>` and `<cellXfs>` only. */
export function readStylesPart(bytes: Uint8Array): StylesPart {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let section: string | undefined;
  let sawCellXfs = false;
  walkXml(bytes, "styleSheet", MAIN_NS, {
    open(name, a, depth) {
      if (depth === 1) {
        section = name;
        if (name === "cellXfs") sawCellXfs = true;
      } else if (depth === 2 && section === "numFmts") {
        if (name !== "numFmt" || a.formatCode === undefined) decline("unexpected numFmts content");
        custom.set(parseInt(a.numFmtId ?? "", 10), a.formatCode.replace(/[\\](.)/g, "$1"));
      } else if (depth === 2 && section === "cellXfs") {
        if (name !== "xf") decline("unexpected cellXfs content");
        xfs.push(parseInt(a.numFmtId ?? "", 10));
      }
    },
  });
  if (!sawCellXfs) decline("styles without cellXfs");
  const fmtOf = (styleId: number): string | undefined => {
    const id = xfs[styleId];
    if (id === undefined || !id) return undefined; // 0 and NaN: no numFmt (styles-xform.js getStyleModel)
    return custom.get(id) || BUILT_IN_NUM_FMTS[id] || undefined;
  };
  return {
    numFmt: fmtOf,
    has: (styleId) => styleId >= 0 && styleId < xfs.length,
  };
}

/**
 * Reads xl/sharedStrings.xml (ECMA-376 Part 1, 18.4.9) as the text each item shows: a plain `<t>` with its
 * `_xHHHH_` escapes decoded, or rich-text runs joined (the grid reads rich text as its text). Phonetic runs are
 * ignored, as ExcelJS ignores them. Declines on an item that is neither, or both.
 */
export function readSharedStrings(bytes: Uint8Array): string[] {
  const out: string[] = [];
  let plain: string | undefined;
  let runs: string[] | undefined;
  let buf: string[] | undefined; // text of the <t> being read
  let inPhonetic = false;
  let inRunProps = false;
  walkXml(bytes, "sst", MAIN_NS, {
    open(name, _a, depth) {
      if (depth === 0) return;
      if (depth === 1) {
        if (name !== "si") decline(`element ${name} in shared strings`);
        plain = undefined;
        runs = undefined;
        return;
      }
      if (inPhonetic || inRunProps) return;
      if (depth === 2) {
        if (name === "t") {
          if (plain !== undefined || runs !== undefined)
            decline("shared string with several parts");
          buf = [];
        } else if (name === "r") {
          if (plain !== undefined) decline("shared string with text and runs");
          runs ??= [];
          runs.push("");
        } else if (name === "rPh") inPhonetic = true;
        else if (name !== "phoneticPr") decline(`element ${name} in a shared string`);
      } else if (depth === 3 && runs !== undefined && buf === undefined) {
        if (name === "t") buf = [];
        else if (name === "rPr") inRunProps = true;
        else decline(`element ${name} in a rich-text run`);
      } else decline(`element ${name} nested in a shared string`);
    },
    text(t) {
      if (buf && !inPhonetic && !inRunProps) buf.push(t);
    },
    close(name, depth) {
      if (depth === 2 && name === "rPh") inPhonetic = false;
      else if (depth === 3 && name === "rPr") inRunProps = false;
      else if (name === "t" && buf && !inPhonetic && !inRunProps) {
        const text = decodeXstring(buf.join(""));
        if (depth === 2) plain = text;
        else if (runs) runs[runs.length - 1] = text;
        buf = undefined;
      } else if (depth === 1 && name === "si") {
        if (plain === undefined && runs === undefined) decline("empty shared string item");
        out.push(plain ?? runs!.join(""));
      }
    },
  });
  return out;
}
