/**
 * The plain-data layout model between the domain and the writers (ExcelJS's "model" idea): every decision about
 * where things go and how they look is made once here; the .xlsx and Office.js writers only translate it.
 * Coordinates are 0-based (row, col); writers convert to A1.
 */

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

export interface StyleModel {
  readonly font?: {
    readonly bold?: boolean;
    readonly size?: number;
    readonly color?: string;
    readonly italic?: boolean;
  };
  /** Solid fill, "#RRGGBB". */
  readonly fill?: string;
  readonly hAlign?: HAlign;
  readonly vAlign?: VAlign;
  readonly wrap?: boolean;
  readonly border?: "thin" | "none";
  readonly numberFormat?: string;
}

export type StyleId =
  | "title"
  | "subtitle"
  | "header"
  | "text"
  | "textCenter"
  | "number"
  | "input"
  | "inputPercent"
  | "inputText"
  | "inputDate"
  | "formula"
  | "score2"
  | "ratio"
  | "check"
  | "total"
  | "total2"
  | "totalShown"
  | "numberTotal"
  | "verdict"
  | "conclusion"
  | "note"
  | "annex"
  | "signature"
  | "hidden";

/** A constant, or a formula (without the leading "=") whose result a writer leaves to the application. */
export type CellContent =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "empty" };

export interface CellModel {
  readonly row: number;
  readonly col: number;
  readonly content: CellContent;
  readonly style: StyleId;
  /** Input cells are unlocked; everything else stays locked under sheet protection. */
  readonly locked: boolean;
}

export interface RangeModel {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ColumnModel {
  /** Width in characters (Excel's unit). */
  readonly width: number;
  readonly hidden?: boolean;
  readonly header: string;
  /**
   * A band of printed pages may begin at this column: a sheet too wide to print legibly on one page width
   * prints in bands of columns, each starting at such a column (printLayout.ts, {@link PrintModel.columnBreaks}).
   */
  readonly bandStart?: boolean;
}

export type ValidationModel =
  | {
      readonly kind: "decimal";
      readonly range: RangeModel;
      readonly min: number;
      /** A number, or a cell reference (A1, same sheet) holding the limit. */
      readonly max: number | string;
      readonly errorTitle: string;
      readonly errorMessage: string;
      readonly prompt?: string;
    }
  | {
      readonly kind: "list";
      readonly range: RangeModel;
      readonly options: readonly string[];
      readonly errorTitle: string;
      readonly errorMessage: string;
      readonly prompt?: string;
    }
  | {
      readonly kind: "date";
      readonly range: RangeModel;
      readonly errorTitle: string;
      readonly errorMessage: string;
      readonly prompt?: string;
    };

/** Fills (and colours the text of) the cells where a formula is true. */
export interface ExpressionFormatModel {
  readonly kind?: "expression";
  readonly range: RangeModel;
  /** A formula relative to the range's top-left cell, without "=". */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

/** Data bars: each cell's bar is its value's share of the fixed span `min`…`max`, so sheets compare. */
export interface DataBarFormatModel {
  readonly kind: "dataBar";
  readonly range: RangeModel;
  /** Bar colour, "#RRGGBB". */
  readonly color: string;
  readonly min: number;
  readonly max: number;
}

export type ConditionalFormatModel = ExpressionFormatModel | DataBarFormatModel;

/**
 * An Excel table (ListObject): a header row of text cells holding `columns`, then the data rows. Writers check
 * nothing: the layout keeps names unique in the workbook, headers as text and the range clear of merged cells.
 */
export interface TableModel {
  /** A letter or "_" first, then letters, digits, "_" or "." (Excel's rule for table names). */
  readonly name: string;
  /** The header row and the data rows. */
  readonly ref: RangeModel;
  /** The header texts, one per column of `ref`. */
  readonly columns: readonly string[];
  /** A built-in table style, e.g. "TableStyleLight9". */
  readonly style: string;
  /** Filter buttons on the header row. */
  readonly autoFilter: boolean;
}

export interface PrintModel {
  readonly orientation: "portrait" | "landscape";
  /** Rows repeated at the top of every page, 0-based inclusive. */
  readonly titleRows?: { readonly from: number; readonly to: number };
  readonly fitToWidth: boolean;
  readonly footer?: string;
  /** What prints: the first column to the last visible one, the first row to the last used one (printLayout.ts). */
  readonly area?: RangeModel;
  /** 0-based rows that start a new page, so that no block of rows merged together is cut (printLayout.ts). */
  readonly rowBreaks?: readonly number[];
  /** Rows kept on one page besides merged blocks (a last item with its subtotal and signature), as ranges. */
  readonly keep?: readonly RangeModel[];
  /** Columns repeated at the left of every band of pages, 0-based inclusive (Excel's print titles). */
  readonly titleColumns?: { readonly from: number; readonly to: number };
  /**
   * 0-based columns that begin a new band of pages (printLayout.ts). Present only when the sheet fitted to one
   * page width would print smaller than {@link MIN_PRINT_SCALE}: it then prints in bands at `scale`, across
   * then down, so that each item's bands follow one another.
   */
  readonly columnBreaks?: readonly number[];
  /** The print scale (a fraction, whole percent) when the sheet prints in bands; absent: fitted to one width. */
  readonly scale?: number;
}

export interface ChartModel {
  readonly title: string;
  /** Categories and values as ranges on the same sheet. */
  readonly categories: RangeModel;
  readonly values: RangeModel;
  readonly anchor: RangeModel;
}

export type SheetKind =
  | "cover"
  | "table"
  | "summary"
  | "meta"
  | "consensus"
  | "eligibility"
  | "group"
  | "procedure"
  | "report";

/** Excel's limit on a row's height, in points: ECMA-376 sets none, but Excel repairs a file with a taller row and
 * Office.js refuses one. The layout never asks for more (SheetBuilder.height). */
export const MAX_ROW_HEIGHT = 409;

export interface SheetModel {
  readonly name: string;
  readonly kind: SheetKind;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly columns: readonly ColumnModel[];
  /** Heights in points by row index, for rows that need more than the default. */
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly cells: readonly CellModel[];
  readonly merges: readonly RangeModel[];
  readonly validations: readonly ValidationModel[];
  readonly conditionalFormats: readonly ConditionalFormatModel[];
  readonly protect: boolean;
  readonly print?: PrintModel;
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly charts: readonly ChartModel[];
  readonly tabColor?: string;
  /** Excel tables on the sheet (none when absent). */
  readonly tables?: readonly TableModel[];
}

export interface DefinedNameModel {
  readonly name: string;
  readonly sheet: string;
  readonly cell: { readonly row: number; readonly col: number };
}

export interface WorkbookModel {
  readonly sheets: readonly SheetModel[];
  readonly names: readonly DefinedNameModel[];
  readonly styles: Readonly<Record<StyleId, StyleModel>>;
  readonly properties: {
    readonly title: string;
    readonly subject: string;
    readonly creator: string;
    readonly keywords: string;
  };
}
