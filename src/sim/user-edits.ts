/**
 * What a user does in the grid, as opposed to what the add-in does through Office.js:
 * typing (data validation enforced, protection enforced) and pasting (validation bypassed,
 * protection enforced). Both fire onChanged with triggerSource "Others".
 */
import { type Rect, parseAddress, rectInGrid } from "./addresses";
import { type CellInput, type CellValue, parseTypedText } from "./cell-values";
import { PROTECTED_CELL_MESSAGE, invalidArgument, itemNotFound } from "./errors";
import type { SheetState } from "./sheet-state";
import {
  DEFAULT_ERROR_ALERT,
  DEFAULT_PROMPT,
  DEFAULT_VALIDATION_MESSAGE,
  type ValidationSettings,
  valueSatisfiesRule,
} from "./validation";
import type { WorkbookState } from "./workbook-state";

/** Outcome of a simulated user edit (mirrors what the user would see). */
export interface EditResult {
  accepted: boolean;
  /** Alert title/message when rejected (validation stop alert, protection, bad formula). */
  title?: string;
  message?: string;
  /** Set when a Warning/Information validation alert was shown but the value was kept. */
  warning?: { title: string; message: string };
  /**
   * Why Excel itself refused (its own alerts, not a validation's): the preview shows Excel's words in the
   * page's language, as Excel does in a Chinese Office. Validation alerts carry their own (workbook) text.
   */
  reason?: "protected" | "formula" | "outside";
}

const EXCEL_TITLE = "Microsoft Excel";
const FORMULA_PROBLEM = "There's a problem with this formula.";

/** Effective validation settings of one cell (defaults filled in). */
export function validationAt(sheet: SheetState, row: number, col: number): ValidationSettings {
  const v = sheet.validations.resolve(row, col);
  return {
    rule: v.rule ?? null,
    errorAlert: { ...DEFAULT_ERROR_ALERT, ...v.errorAlert },
    prompt: { ...DEFAULT_PROMPT, ...v.prompt },
    ignoreBlanks: v.ignoreBlanks ?? true,
  };
}

/** True when a value satisfies the cell's validation rule (or there is none). */
export function cellPassesValidation(
  state: WorkbookState,
  sheet: SheetState,
  row: number,
  col: number,
  value: CellValue
): boolean {
  const settings = validationAt(sheet, row, col);
  const rule = settings.rule;
  if (!rule) return true;
  if (value === "" && settings.ignoreBlanks) return true;
  const dRow = row - rule.anchorRow;
  const dCol = col - rule.anchorCol;
  return valueSatisfiesRule(rule, value, (f) => state.evaluate(sheet, f, dRow, dCol));
}

function requireSheet(state: WorkbookState, name: string): SheetState {
  const sheet = state.findSheet(name);
  if (!sheet) throw itemNotFound(`sheet '${name}'`);
  return sheet;
}

function requireRect(address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed) throw invalidArgument("address", `'${address}' is not a valid address.`);
  return parsed.rect;
}

/** Simulates typing text into a cell and pressing Enter. */
export function typeIntoCell(
  state: WorkbookState,
  sheetName: string,
  address: string,
  text: string
): EditResult {
  const sheet = requireSheet(state, sheetName);
  const { startRow: row, startCol: col } = requireRect(address);
  const rect: Rect = { startRow: row, startCol: col, endRow: row, endCol: col };
  if (state.rectHasLockedCell(sheet, rect))
    return {
      accepted: false,
      title: EXCEL_TITLE,
      message: PROTECTED_CELL_MESSAGE,
      reason: "protected",
    };
  const numberFormat = sheet.formats.resolveKey(row, col, "numberFormat") ?? "General";
  const input = parseTypedText(text, numberFormat);
  if (input.kind === "formula" && !state.formulaIsValid(input.text)) {
    return { accepted: false, title: EXCEL_TITLE, message: FORMULA_PROBLEM, reason: "formula" };
  }
  const before = state.readValue(sheet, row, col);
  const raw = state.rawContent(sheet, row, col);
  state.writeHf(sheet, row, col, [[input]]);
  let warning: EditResult["warning"];
  if (
    input.kind !== "empty" &&
    !cellPassesValidation(state, sheet, row, col, state.readValue(sheet, row, col))
  ) {
    const alert = validationAt(sheet, row, col).errorAlert;
    const title = alert.title || EXCEL_TITLE;
    const message = alert.message || DEFAULT_VALIDATION_MESSAGE;
    if (alert.showAlert && alert.style === "Stop") {
      state.restoreRaw(sheet, row, col, raw);
      return { accepted: false, title, message };
    }
    if (alert.showAlert) warning = { title, message };
  }
  state.writeInputs(sheet, row, col, [[input]]);
  state.fireChanged(sheet, rect, before, "Others");
  state.notify({ source: "typing", sheet: sheet.name, address });
  return warning ? { accepted: true, warning } : { accepted: true };
}

function pasteInput(value: unknown): CellInput | undefined {
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "value", value } : undefined;
  if (typeof value === "boolean") return { kind: "value", value };
  if (typeof value === "string") return parseTypedText(value);
  return undefined;
}

/** Simulates pasting a block of values: validation is bypassed, protection is not. */
export function pasteBlock(
  state: WorkbookState,
  sheetName: string,
  topLeft: string,
  values: readonly (readonly unknown[])[]
): EditResult {
  const sheet = requireSheet(state, sheetName);
  const start = requireRect(topLeft);
  const width = Math.max(0, ...values.map((line) => line.length));
  if (values.length === 0 || width === 0) return { accepted: true };
  const rect: Rect = {
    startRow: start.startRow,
    startCol: start.startCol,
    endRow: start.startRow + values.length - 1,
    endCol: start.startCol + width - 1,
  };
  if (!rectInGrid(rect))
    return {
      accepted: false,
      title: EXCEL_TITLE,
      message: "The paste area is outside the sheet.",
      reason: "outside",
    };
  if (state.rectHasLockedCell(sheet, rect))
    return {
      accepted: false,
      title: EXCEL_TITLE,
      message: PROTECTED_CELL_MESSAGE,
      reason: "protected",
    };
  const inputs: CellInput[][] = [];
  for (const line of values) {
    const row: CellInput[] = [];
    for (let c = 0; c < width; c += 1) {
      const input = pasteInput(line[c]);
      if (!input || (input.kind === "formula" && !state.formulaIsValid(input.text))) {
        return { accepted: false, title: EXCEL_TITLE, message: FORMULA_PROBLEM, reason: "formula" };
      }
      row.push(input);
    }
    inputs.push(row);
  }
  const single = values.length === 1 && width === 1;
  const before = single ? state.readValue(sheet, rect.startRow, rect.startCol) : undefined;
  state.writeInputs(sheet, rect.startRow, rect.startCol, inputs);
  state.fireChanged(sheet, rect, before, "Others");
  state.notify({ source: "paste", sheet: sheet.name, address: topLeft });
  return { accepted: true };
}
