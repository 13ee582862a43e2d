/**
 * In-memory state of one worksheet besides cell contents (which live in HyperFormula):
 * formats, validation, protection, conditional formats, layout.
 */
import type { Rect } from "./addresses";
import type { ConditionalFormatState } from "./conditional-formats";
import { LayeredStore, type CellFormat } from "./layers";
import type { ValidationSettings } from "./validation";

/** Excel.SheetVisibility names. */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel.WorksheetProtectionOptions subset (all default false, as Excel's protect()). */
export interface SimProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
}

/** Default options Excel uses for protect() without arguments. */
export function defaultProtectionOptions(): SimProtectionOptions {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
  };
}

/** Protection state of a sheet. */
export interface SheetProtection {
  protected: boolean;
  options: SimProtectionOptions;
  password: string | undefined;
}

/** Worksheet-level state. */
export class SheetState {
  readonly id: string;
  readonly hfId: number;
  name: string;
  visibility: SheetVisibility = "Visible";
  tabColor = "";
  showGridlines = true;
  protection: SheetProtection = {
    protected: false,
    options: defaultProtectionOptions(),
    password: undefined,
  };
  frozenRows = 0;
  frozenColumns = 0;
  readonly formats = new LayeredStore<CellFormat>();
  readonly validations = new LayeredStore<ValidationSettings>();
  conditionalFormats: ConditionalFormatState[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: Rect[] = [];

  constructor(id: string, hfId: number, name: string) {
    this.id = id;
    this.hfId = hfId;
    this.name = name;
  }
}

/** Excel's default column width in points (8.43 characters). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height in points. */
export const DEFAULT_ROW_HEIGHT = 15;
