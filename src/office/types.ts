/**
 * The contract between the task pane and the Office.js adapter. The pane imports only these types and the
 * adapter's factory; it never touches Office.js. Every failure comes back as a value the pane shows.
 */
import type { Evaluation, EvaluationMeta, LocatedProblem, ScoreReport } from "../engine";
import type { SheetModel, WorkbookModel } from "../layout";
import type { EvaluationSheetProblem, EvaluationSheetsRead } from "../layout/evaluationSheets";

/** Why an adapter call failed, in a closed set the pane turns into a message (zh-CN / en-US). */
export type AdapterFailure =
  | { readonly kind: "unsupported"; readonly requirement: string }
  | { readonly kind: "office-error"; readonly code: string; readonly message: string }
  | { readonly kind: "no-scoresheet" }
  | { readonly kind: "not-a-scoresheet"; readonly detail: string }
  /** A sheet the add-in would write is already there and was not written by the add-in: nothing was changed. */
  | { readonly kind: "sheet-exists"; readonly sheet: string }
  | {
      readonly kind: "read-failed";
      readonly file: string;
      readonly problems: readonly LocatedProblem[];
    }
  /** A text the workbook cannot hold (over 32,767 characters, or a control character): nothing was written. */
  | { readonly kind: "unwritable-text"; readonly problems: readonly LocatedProblem[] }
  /**
   * An entry of the 评价条件, 评估组 or 评价程序 sheet a rebuild could not write again as typed
   * (`sheet-entry-not-kept`, each at its sheet and cell): nothing was written.
   */
  | { readonly kind: "entries-not-kept"; readonly problems: readonly LocatedProblem[] };

export type AdapterResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: AdapterFailure };

/** What the pane shows live: the engine's report on the cells, the problems located by sheet and cell. */
export interface LiveState {
  readonly hasScoresheet: boolean;
  readonly meta: EvaluationMeta;
  readonly report: ScoreReport;
  /** Reading problems and the engine's errors and warnings, each with where.sheet / where.cell. */
  readonly problems: readonly LocatedProblem[];
  /** Items with at least one deduction, and lines with a deduction but no note. */
  readonly progress: {
    readonly itemsWithDeductions: number;
    readonly notesMissing: number;
    readonly items: number;
  };
  /** The inputs as read (notes and deductions by line), for the report; absent without a scoresheet. */
  readonly evaluation?: Evaluation;
  /** What the eligibility, group and procedure sheets hold, for the report; absent without a scoresheet. */
  readonly evaluationSheets?: Omit<EvaluationSheetsRead, "problems">;
  /** What the eligibility, group and procedure sheets could not read, as `gridscore report` prints it (hints). */
  readonly sheetProblems?: readonly EvaluationSheetProblem[];
  /**
   * The workbook's sheets Excel cannot show, by name as the workbook spells it: "veryHidden" (the identity sheet
   * _gridscore, which gridscore writes so) or "hidden". Office.js cannot activate a sheet that is not visible, so
   * the pane offers no go-to for a problem located there. Absent when every sheet is visible.
   */
  readonly hiddenSheets?: readonly HiddenSheet[];
}

/** A sheet the user cannot see: very hidden (only code can show it) or hidden (Unhide shows it). */
export interface HiddenSheet {
  readonly name: string;
  readonly visibility: "hidden" | "veryHidden";
}

/** A part of the layout the host could not render (its API is missing), reported instead of failing the write. */
export interface AdapterWarning {
  readonly kind: "feature-skipped";
  readonly feature: "borders" | "pageLayout" | "chart" | "table" | "dataBar";
}

export interface WriteSummary {
  /** context.sync() round trips the write took. */
  readonly syncs: number;
  /** Inputs carried over from the sheets that were there (rebuild), by line/item id. */
  readonly keptInputs: number;
  readonly mode: "created" | "rebuilt";
  /** Present only when something was skipped (optional: older callers ignore it). */
  readonly warnings?: readonly AdapterWarning[];
  /** The sheets written, in order (consensus and report writes). */
  readonly sheets?: readonly string[];
  /**
   * writeAgreed only, present only when there is one: the other item rows' 评议后得分 on the 共识 sheet that the
   * sheet does not apply (typed in Excel, not by the pane), in row order, each as the CLI reading the saved file
   * names it (`agreed-score-invalid`, with `date` for a date such as "3/5"; `agreed-on-plan-na`) at its cell
   * (`where: { sheet: "共识", cell }`). The write itself went through; these make the sheet's verdict pending.
   */
  readonly refusedAgreed?: readonly LocatedProblem[];
}

export interface ScoresheetAdapter {
  /** Whether the open workbook already holds a scoresheet (one read). */
  inspect(): Promise<AdapterResult<{ readonly exists: boolean; readonly meta: EvaluationMeta }>>;
  /** Writes the whole scoresheet and summary; on an existing one, rebuilds the layout keeping every input. */
  writeScoresheet(meta: EvaluationMeta): Promise<AdapterResult<WriteSummary>>;
  /** Re-reads every input in one read and scores it with the engine. */
  readLive(): Promise<AdapterResult<LiveState>>;
  /** Calls back with fresh state after any edit that touches input cells (paste included); returns the unsubscribe. */
  watch(
    listener: (state: AdapterResult<LiveState>) => void
  ): Promise<AdapterResult<() => Promise<void>>>;
  /** Selects a cell so the evaluator lands on the problem. */
  select(sheet: string, cell: string): Promise<AdapterResult<void>>;
  /** The open scoresheet as .xlsx bytes (the .xlsx writer is loaded lazily). */
  exportXlsx(): Promise<AdapterResult<Uint8Array>>;
  /**
   * Writes a consensus workbook model's sheets (共识汇总, 共识) into the open workbook beside whatever it holds:
   * earlier consensus sheets of the add-in are replaced in place, a user's sheet of the same name stops the
   * write, the model's identity sheet is never written, its evaluation sheets only where none exist, and its
   * defined names get the Consensus_ prefix (the scoresheet owns Total, Verdict, Subtotal_A1…7).
   */
  writeConsensus(model: WorkbookModel): Promise<AdapterResult<WriteSummary>>;
  /** Writes the report sheet (评估报告 / 自我评价报告), replacing the one an earlier write of the add-in left. */
  writeReportSheet(sheet: SheetModel): Promise<AdapterResult<WriteSummary>>;
  /**
   * Writes the roll-up workbook's sheets (单位, 按层级汇总, 薄弱项, 分布, 未纳入文件) beside the user's own,
   * replacing those an earlier roll-up of the add-in wrote (issue 14). Optional: fakes may leave it out.
   */
  writeRollup?(model: WorkbookModel): Promise<AdapterResult<WriteSummary>>;
  /**
   * Writes one item's agreed score (评议后得分), reason and dissent into the 共识 sheet written earlier, whose
   * formulas then use it (issue 12). Optional: hosts and fakes without it leave the entry to the pane's consensus.
   */
  writeAgreed?(entry: AgreedEntry): Promise<AdapterResult<WriteSummary>>;
}

/** One item's deliberation as the pane enters it (see src/office/agreed.ts). */
export interface AgreedEntry {
  /** The item id ("A.1.2"). */
  readonly itemId: string;
  /** The agreed score in points, checked by the pane (merge/deliberation checkAgreed), or null to clear it. */
  readonly agreed: number | null;
  readonly reason: string;
  readonly dissent: string;
}

/** The 共识 sheet's cells as one load of its used range gives them, by 0-based sheet row and column. */
export interface ConsensusCells {
  /** The value Office.js gives ("" for an empty cell). */
  readonly value: (row: number, col: number) => unknown;
  /** The number format ("General" where none). */
  readonly format: (row: number, col: number) => string;
  /** Excel.RangeValueType ("Error" for #N/A and the like); undefined where not loaded. */
  readonly type: (row: number, col: number) => string | undefined;
  /** The first row after the used range (0-based). */
  readonly end: number;
}

/**
 * What writeAgreed needs to know of the consensus workbook's 共识 sheet, which src/merge lays out above this
 * adapter: given by the pane (src/merge/agreedCells.ts CONSENSUS_SHEET_SPEC), as writeConsensus is given its model.
 */
export interface ConsensusSheetSpec {
  /** The sheet's name ("共识"). */
  readonly sheet: string;
  /** The headers of the deliberation's input columns (评议后得分, 评议理由, 不同意见), found in the header row. */
  readonly headers: {
    readonly agreed: string;
    readonly reason: string;
    readonly dissent: string;
  };
  /**
   * The item rows other than `writtenItemId` whose 评议后得分 the sheet does not apply, each at its cell, as the
   * CLI names them reading the saved file; [] when every other row's agreed score counts or is blank.
   *
   * @param agreedCol and @param reasonCol the 0-based columns of 评议后得分 and 评议理由
   */
  readonly refusedAgreed: (
    cells: ConsensusCells,
    agreedCol: number,
    reasonCol: number,
    writtenItemId: string
  ) => LocatedProblem[];
}
