/**
 * The simulated workbook: HyperFormula holds cell contents and computes formulas (one HF sheet
 * per worksheet, same name); SheetState holds everything else. Proxies and SimHost helpers both
 * mutate this object, so it is the single source of truth for the simulator.
 */
import { HyperFormula, type CellValue as HfCellValue } from "hyperformula";
import { type Rect, rectCols, rectRows } from "./addresses";
import { type CellInput, type CellValue, fromHfValue, toHfContent } from "./cell-values";
import { SimExcelError, accessDenied, invalidArgument, itemNotFound } from "./errors";
import { EventRegistry, buildChangedArgs } from "./events";
import { type DefinedName, DefinedNames } from "./defined-names";
import { fromHfFormula, shiftFormula, toHfFormula } from "./formula-text";
import { type CellFormat, DEFAULT_FORMAT } from "./layers";
import { SheetState, type SimProtectionOptions } from "./sheet-state";

/** What changed, passed to SimHost.subscribe listeners. */
export interface ChangeNotice {
  source: "api" | "typing" | "paste";
  sheet?: string;
  address?: string;
}

/** DocumentProperties fields the simulator keeps. */
export interface DocumentPropertiesState {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  comments: string;
  category: string;
  company: string;
  manager: string;
}

const BAD_SHEET_CHARS = /[\\/?*[\]:]/;
const MAX_READ_CELLS = 5_000_000;

/** Unwraps HyperFormula results (scalars or arrays) to Office.js-style values. */
function mapHf(x: unknown): unknown {
  if (Array.isArray(x)) return x.map((row: unknown) => mapHf(row));
  return fromHfValue(x as HfCellValue);
}

/** The whole simulated workbook. */
export class WorkbookState {
  readonly hf: HyperFormula;
  readonly sheets: SheetState[] = [];
  readonly events = new EventRegistry();
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } = {
    sheetId: "",
    rect: { startRow: 0, startCol: 0, endRow: 0, endCol: 0 },
  };
  readonly properties: DocumentPropertiesState = {
    title: "",
    author: "",
    subject: "",
    keywords: "",
    comments: "",
    category: "",
    company: "",
    manager: "",
  };
  readonly customProperties = new Map<string, { key: string; value: string | number | boolean }>();
  readonly settings = new Map<string, unknown>();
  /** Workbook-level defined names. */
  readonly names: DefinedNames;
  private readonly listeners = new Set<(change: ChangeNotice) => void>();
  private sheetCounter = 0;
  private idCounter = 0;

  constructor(sheetNames: readonly string[]) {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      maxRows: 1048576,
      maxColumns: 16384,
    });
    this.names = new DefinedNames(this.hf, (f) => this.translate(f));
    for (const name of sheetNames.length ? sheetNames : ["Sheet1"]) this.addSheet(name);
    const first = this.sheets[0];
    if (first) {
      this.activeSheetId = first.id;
      this.selection = {
        sheetId: first.id,
        rect: { startRow: 0, startCol: 0, endRow: 0, endCol: 0 },
      };
    }
  }

  /** Unique id for conditional formats and similar objects. */
  nextId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}${this.idCounter}`;
  }

  // ----- sheets -----

  /** Finds a sheet by name (case-insensitive, like Excel) or by id. */
  findSheet(nameOrId: string): SheetState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  /** Finds a sheet or throws ItemNotFound (the sync-time error of worksheets.getItem). */
  requireSheet(nameOrId: string, location: string): SheetState {
    const sheet = this.findSheet(nameOrId);
    if (!sheet) throw itemNotFound(location);
    return sheet;
  }

  /** Adds a worksheet (also an HF sheet); validates the name as Excel does. */
  addSheet(name?: string): SheetState {
    let finalName = name;
    if (finalName === undefined || finalName === "") {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n += 1;
      finalName = `Sheet${n}`;
    }
    this.assertSheetName(finalName, undefined);
    const hfName = this.hf.addSheet(finalName);
    const hfId = this.hf.getSheetId(hfName);
    if (hfId === undefined) throw new SimExcelError("GeneralException", "Could not add sheet.");
    this.sheetCounter += 1;
    const hex = this.sheetCounter.toString(16).toUpperCase().padStart(4, "0");
    const sheet = new SheetState(`{00000000-0001-0000-${hex}-000000000000}`, hfId, finalName);
    this.sheets.push(sheet);
    return sheet;
  }

  private assertSheetName(name: string, self: SheetState | undefined): void {
    const where = "Worksheet.name";
    if (
      name.length === 0 ||
      name.length > 31 ||
      BAD_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw invalidArgument(where, `'${name}' is not a valid sheet name.`);
    }
    const existing = this.findSheet(name);
    if (existing && existing !== self) {
      throw new SimExcelError(
        "ItemAlreadyExists",
        "A resource with the same name or identifier already exists.",
        where
      );
    }
  }

  /** Renames a sheet; formulas in HF follow the rename. */
  renameSheet(sheet: SheetState, newName: string): void {
    if (sheet.name === newName) return;
    this.assertSheetName(newName, sheet);
    this.hf.renameSheet(sheet.hfId, newName);
    sheet.name = newName;
  }

  /** Deletes a sheet; Excel refuses to delete the last visible sheet. */
  deleteSheet(sheet: SheetState): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new SimExcelError(
        "InvalidOperation",
        "This operation is not permitted for the current object.",
        "Worksheet.delete"
      );
    }
    this.hf.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.events.unregisterSheet(sheet.id);
    if (this.activeSheetId === sheet.id) {
      const next = this.sheets.find((s) => s.visibility === "Visible");
      this.activeSheetId = next?.id ?? "";
      this.selection = {
        sheetId: this.activeSheetId,
        rect: { startRow: 0, startCol: 0, endRow: 0, endCol: 0 },
      };
    }
  }

  /** Moves a sheet to a zero-based position (Worksheet.position setter). */
  moveSheet(sheet: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw invalidArgument("Worksheet.position");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  // ----- cells -----

  /** Translates Excel formula text to HyperFormula text. */
  translate(formula: string): string {
    return toHfFormula(formula);
  }

  /** True when HyperFormula can parse the formula (Excel rejects unparsable formulas). */
  formulaIsValid(formula: string): boolean {
    return this.hf.validateFormula(this.translate(formula));
  }

  /** Computed value of a cell as Office.js reports it. */
  readValue(sheet: SheetState, row: number, col: number): CellValue {
    return fromHfValue(this.hf.getCellValue({ sheet: sheet.hfId, row, col }));
  }

  /** Formula text of a cell, or its constant value (Range.formulas semantics). */
  readFormula(sheet: SheetState, row: number, col: number): CellValue {
    const address = { sheet: sheet.hfId, row, col };
    const formula = this.hf.getCellFormula(address);
    if (formula !== undefined) return fromHfFormula(formula, this.names.displayNames);
    return this.readValue(sheet, row, col);
  }

  private assertReadable(rect: Rect): void {
    if (rectRows(rect) * rectCols(rect) > MAX_READ_CELLS) {
      throw new SimExcelError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
  }

  /** Values of a rectangle (fast path through HF's range read). */
  readValues(sheet: SheetState, rect: Rect): CellValue[][] {
    this.assertReadable(rect);
    const values = this.hf.getRangeValues({
      start: { sheet: sheet.hfId, row: rect.startRow, col: rect.startCol },
      end: { sheet: sheet.hfId, row: rect.endRow, col: rect.endCol },
    });
    return values.map((row) => row.map((v) => fromHfValue(v)));
  }

  /** Formulas (or constants) of a rectangle. */
  readFormulas(sheet: SheetState, rect: Rect): CellValue[][] {
    this.assertReadable(rect);
    const out: CellValue[][] = [];
    for (let r = rect.startRow; r <= rect.endRow; r += 1) {
      const line: CellValue[] = [];
      for (let c = rect.startCol; c <= rect.endCol; c += 1)
        line.push(this.readFormula(sheet, r, c));
      out.push(line);
    }
    return out;
  }

  /** Writes inputs into HF only (no format side effects); null entries leave cells unchanged. */
  writeHf(
    sheet: SheetState,
    row: number,
    col: number,
    inputs: readonly (readonly (CellInput | null)[])[]
  ): void {
    const translate = (f: string): string => this.translate(f);
    const hasNull = inputs.some((line) => line.some((x) => x === null));
    if (!hasNull) {
      const matrix = inputs.map((line) =>
        line.map((x) => (x === null ? null : toHfContent(x, translate)))
      );
      this.hf.setCellContents({ sheet: sheet.hfId, row, col }, matrix);
      return;
    }
    this.hf.batch(() => {
      inputs.forEach((line, r) => {
        line.forEach((x, c) => {
          if (x !== null)
            this.hf.setCellContents({ sheet: sheet.hfId, row: row + r, col: col + c }, [
              [toHfContent(x, translate)],
            ]);
        });
      });
    });
  }

  /** Writes inputs and applies the number formats typing implies (50% -> "0%"). */
  writeInputs(
    sheet: SheetState,
    row: number,
    col: number,
    inputs: readonly (readonly (CellInput | null)[])[]
  ): void {
    this.writeHf(sheet, row, col, inputs);
    inputs.forEach((line, r) => {
      line.forEach((x, c) => {
        if (
          x?.kind === "value" &&
          x.numberFormat &&
          this.format(sheet, row + r, col + c).numberFormat === "General"
        ) {
          const cell = { startRow: row + r, startCol: col + c, endRow: row + r, endCol: col + c };
          sheet.formats.apply(cell, { numberFormat: x.numberFormat });
        }
      });
    });
  }

  /** Raw HF content of a cell, used to undo a rejected typed value. */
  rawContent(sheet: SheetState, row: number, col: number): unknown {
    return this.hf.getCellSerialized({ sheet: sheet.hfId, row, col });
  }

  /** Restores raw HF content saved by rawContent. */
  restoreRaw(sheet: SheetState, row: number, col: number, raw: unknown): void {
    const content =
      typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? raw : null;
    this.hf.setCellContents({ sheet: sheet.hfId, row, col }, [[content]]);
  }

  /** Evaluates Excel formula text in a sheet, shifting relative refs by (dRow, dCol). */
  evaluate(sheet: SheetState, formula: string, dRow = 0, dCol = 0): unknown {
    const text = formula.startsWith("=") ? formula : `=${formula}`;
    try {
      return mapHf(
        this.hf.calculateFormula(this.translate(shiftFormula(text, dRow, dCol)), sheet.hfId)
      );
    } catch {
      return "#NAME?";
    }
  }

  /** Bounding rectangle of non-empty cells, or undefined for an empty sheet. */
  usedRect(sheet: SheetState): Rect | undefined {
    const values = this.hf.getSheetSerialized(sheet.hfId);
    let rect: Rect | undefined;
    values.forEach((line, r) => {
      line.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        if (!rect) rect = { startRow: r, startCol: c, endRow: r, endCol: c };
        rect = {
          startRow: Math.min(rect.startRow, r),
          startCol: Math.min(rect.startCol, c),
          endRow: Math.max(rect.endRow, r),
          endCol: Math.max(rect.endCol, c),
        };
      });
    });
    return rect;
  }

  // ----- formats and protection -----

  /** Resolved format of one cell. */
  format(sheet: SheetState, row: number, col: number): CellFormat {
    return { ...DEFAULT_FORMAT, ...sheet.formats.resolve(row, col) };
  }

  /** Whether a cell is locked (default true, as in Excel). */
  isLocked(sheet: SheetState, row: number, col: number): boolean {
    return sheet.formats.resolveKey(row, col, "locked") ?? true;
  }

  /** True when any cell of the rectangle is locked on a protected sheet. */
  rectHasLockedCell(sheet: SheetState, rect: Rect): boolean {
    if (!sheet.protection.protected) return false;
    for (let r = rect.startRow; r <= rect.endRow; r += 1) {
      for (let c = rect.startCol; c <= rect.endCol; c += 1)
        if (this.isLocked(sheet, r, c)) return true;
    }
    return false;
  }

  /** Throws AccessDenied when writing cell contents would touch a locked cell of a protected sheet. */
  assertCellsWritable(sheet: SheetState, rect: Rect, location: string): void {
    if (this.rectHasLockedCell(sheet, rect)) throw accessDenied(location);
  }

  /** Throws AccessDenied for structural/format edits on a protected sheet unless the option allows it. */
  assertProtectionAllows(
    sheet: SheetState,
    option: keyof SimProtectionOptions | null,
    location: string
  ): void {
    if (!sheet.protection.protected) return;
    if (option !== null && sheet.protection.options[option]) return;
    throw accessDenied(location);
  }

  // ----- notifications and events -----

  /** Registers a listener for any change; returns an unsubscribe function. */
  subscribe(listener: (change: ChangeNotice) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Tells listeners (the preview UI) that something changed. */
  notify(change: ChangeNotice): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  /** Current value of a defined name (computed through HF). */
  nameValue(item: DefinedName): unknown {
    const first = this.sheets[0];
    return first ? this.evaluate(first, item.formula) : "#REF!";
  }

  /** Fires onChanged for an edited rectangle; `before` is the single cell's previous value. */
  fireChanged(
    sheet: SheetState,
    rect: Rect,
    before: CellValue | undefined,
    triggerSource: "ThisLocalAddin" | "Others"
  ): void {
    const single = rect.startRow === rect.endRow && rect.startCol === rect.endCol;
    const after = single ? this.readValue(sheet, rect.startRow, rect.startCol) : undefined;
    this.events.fire(buildChangedArgs(sheet.id, rect, before, after, triggerSource));
  }
}
