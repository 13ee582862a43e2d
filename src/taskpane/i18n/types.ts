/**
 * The shape every language pack must fill: one typed object per locale, so a missing or extra
 * string is a compile error rather than a blank label in Excel. Texts with values in them are
 * functions, so the values' order and punctuation stay each language's own business.
 */
import type { ItemStatus } from "../../engine";
import type { MergeMethod } from "../../merge/consensus";
import type { Level, Role } from "../../standard";
import type { DeliberationStrings } from "./strings.deliberation";

/** Locales the add-in ships; anything else falls back to zh-CN (the standard's own language). */
export type Locale = "zh-CN" | "en-US";

/** Every pane action that can fail; each failure's MessageBar is titled by its operation. */
export type Operation =
  | "inspect"
  | "write"
  | "live"
  | "watch"
  | "select"
  | "export"
  | "blank"
  | "connect"
  | "view"
  | "mergeRead"
  | "mergeBlocked"
  | "mergeWrite"
  | "mergeDownload"
  /** Not a failure: agreed scores typed into the 共识 sheet in Excel that the sheet does not apply (a warning). */
  | "mergeAgreedSheet"
  | "reportRead"
  | "reportDocx"
  | "reportSheet";

/** The pane's views, one tab each. */
export type ViewId = "scoresheet" | "merge" | "report" | "rollup";

/** Where a report's scores come from. */
export type ReportSource = "workbook" | "consensus";

export interface Strings {
  /** BCP 47 tag for the lang attribute, so screen readers pick the right voice. */
  readonly locale: Locale;
  readonly app: {
    /** Header title of the task pane. */
    readonly title: string;
    /** One line under the title naming the standard. */
    readonly subtitle: string;
    /** Accessible name of the main region. */
    readonly mainLabel: string;
    /** Shown in the main region when no workbook connection exists (a plain browser). */
    readonly placeholder: string;
    /** Initial text of the polite live status area. */
    readonly statusReady: string;
  };
  readonly views: {
    /** Accessible name of the tab list. */
    readonly label: string;
    readonly names: Readonly<Record<ViewId, string>>;
    readonly loading: string;
    readonly retry: string;
  };
  readonly merge: MergeStrings;
  readonly report: ReportStrings;
  readonly meta: {
    readonly heading: string;
    readonly organization: string;
    readonly organizationHint: string;
    readonly level: string;
    readonly levelPlaceholder: string;
    readonly levels: Readonly<Record<Level, string>>;
    readonly evaluator: string;
    readonly role: string;
    readonly rolePlaceholder: string;
    readonly roles: Readonly<Record<Role, string>>;
    readonly date: string;
  };
  readonly write: {
    readonly create: string;
    readonly rebuild: string;
    /** Under the button when a scoresheet already exists. */
    readonly existsHint: string;
    readonly busy: string;
    readonly created: (syncs: number) => string;
    readonly rebuilt: (kept: number) => string;
    readonly confirmTitle: string;
    readonly confirmBody: string;
    readonly confirmKeeps: readonly string[];
    readonly confirmAction: string;
    readonly cancel: string;
    readonly inspecting: string;
    /** MessageBar title when the host could not render part of the layout. */
    readonly skippedTitle: string;
    readonly skipped: (features: string) => string;
    /** Names of layout features the adapter may skip, by its feature code. */
    readonly features: Readonly<Record<string, string>>;
  };
  readonly problems: {
    readonly heading: string;
    readonly counts: (errors: number, warnings: number) => string;
    readonly listLabel: (errors: number, warnings: number) => string;
    readonly none: string;
    readonly waiting: string;
    readonly error: string;
    readonly warning: string;
    readonly location: (sheet: string, cell: string) => string;
    readonly goTo: string;
    /** In place of the go-to, for a cell on the very hidden identity sheet (Excel cannot show it). */
    readonly onIdentitySheet: (sheet: string) => string;
    /** In place of the go-to, for a cell on a hidden sheet (unhiding it shows the cell). */
    readonly onHiddenSheet: (sheet: string) => string;
    readonly more: (hidden: number) => string;
    readonly selected: (sheet: string, cell: string) => string;
  };
  readonly summary: {
    readonly heading: string;
    readonly caption: string;
    readonly table: string;
    readonly name: string;
    readonly score: string;
    readonly max: string;
    readonly computed: string;
    readonly declared: string;
    readonly total: string;
    readonly passMark: string;
    readonly passMarkValue: (points: number) => string;
    readonly verdict: string;
    readonly pass: string;
    readonly fail: string;
    readonly progress: string;
    readonly itemsWithDeductions: (count: number, items: number) => string;
    readonly notesMissing: (count: number) => string;
    readonly recheck: string;
    readonly checking: string;
    readonly checked: string;
    readonly empty: string;
    readonly noScoresheet: string;
  };
  readonly export: {
    readonly heading: string;
    readonly download: string;
    readonly downloading: string;
    readonly downloaded: (file: string) => string;
    readonly needsScoresheet: string;
    readonly blankHeading: string;
    readonly blankNames: string;
    readonly blankHint: string;
    readonly blankButton: string;
    readonly blankBusy: (done: number, total: number) => string;
    readonly blankDone: (count: number) => string;
    readonly blankNoNames: string;
    /** The group's evaluation plan (4.3, 7.2), optional: copies made from it lock its 不适用 items. */
    readonly planLabel: string;
    readonly planHint: string;
    readonly planPick: string;
    readonly planNone: string;
    readonly planClear: string;
    readonly planLoaded: (members: number, notApplicable: number) => string;
    readonly planInvalid: (file: string, problems: string) => string;
  };
  readonly failures: {
    /** MessageBar titles by the action that failed. */
    readonly titles: Readonly<Record<Operation, string>>;
    readonly unsupported: (requirement: string) => string;
    readonly officeError: (code: string, message: string) => string;
    readonly noScoresheet: string;
    readonly notAScoresheet: (detail: string) => string;
    readonly readFailed: (file: string, problems: string) => string;
    /** A text no workbook cell can hold: the write was refused, nothing was changed. */
    readonly unwritableText: (problems: string) => string;
    readonly unexpected: (message: string) => string;
    readonly sheetExists: (sheet: string) => string;
    readonly noExcel: string;
    readonly dismiss: string;
  };
  readonly preview: {
    /** Title bar of the browser preview page. */
    readonly title: string;
    /** Accessible name of the simulated worksheet area. */
    readonly gridLabel: string;
    /** Shown in the grid area until the simulated workbook view is installed. */
    readonly gridPlaceholder: string;
    readonly sheetTabs: string;
    readonly nameBox: string;
    readonly editCell: (address: string) => string;
    readonly emptySheet: string;
    readonly alertRetry: string;
    readonly alertCancel: string;
    /** Excel's own refusals, in the page's language (Excel shows them localised). */
    readonly alertReasons: {
      readonly protected: string;
      readonly formula: string;
      readonly outside: string;
    };
    readonly warningKept: string;
    readonly pasteHeading: string;
    readonly pasteValues: string;
    readonly pasteValuesHint: string;
    readonly pasteTarget: string;
    readonly pasteButton: string;
    readonly pasted: (address: string) => string;
    readonly badAddress: (address: string) => string;
  };
}

/** The secretary's Merge view: files in, checks, method, consensus preview, consensus sheets out. */
export interface MergeStrings {
  readonly heading: string;
  readonly intro: string;
  readonly pick: string;
  readonly pickHint: string;
  readonly dropHere: string;
  readonly inputLabel: string;
  readonly reading: (done: number, total: number, file: string) => string;
  readonly read: (count: number) => string;
  readonly empty: string;
  readonly clear: string;
  readonly remove: (file: string) => string;
  readonly expertsCaption: string;
  readonly file: string;
  readonly evaluator: string;
  readonly total: string;
  readonly verdict: string;
  readonly actions: string;
  readonly refused: string;
  readonly noEvaluator: string;
  readonly problemsOf: (file: string, errors: number, warnings: number) => string;
  readonly blockedTitle: string;
  readonly blocked: (errors: number) => string;
  /** The choice to merge only the files without errors, leaving the rest out with their reasons (issue 10). */
  readonly skipInvalid: (excluded: number) => string;
  readonly method: string;
  readonly methods: Readonly<Record<MergeMethod, string>>;
  readonly fallback: string;
  readonly fallbackApplied: (experts: number) => string;
  readonly consensusHeading: string;
  readonly applied: string;
  readonly flaggedCount: string;
  readonly groupNotes: string;
  readonly itemsHeading: string;
  readonly itemsHint: string;
  readonly flagged: string;
  readonly consensus: string;
  readonly range: string;
  readonly spread: string;
  readonly lowest: string;
  readonly highest: string;
  readonly statusConflict: string;
  readonly statuses: Readonly<Record<ItemStatus, string>>;
  readonly notes: (count: number) => string;
  readonly showAll: (count: number) => string;
  readonly showFlagged: string;
  readonly noFlagged: string;
  readonly subtotalsCaption: string;
  readonly write: string;
  readonly writing: string;
  readonly written: (sheets: string) => string;
  readonly download: string;
  readonly downloading: string;
  readonly downloaded: (file: string) => string;
  readonly needsConsensus: string;
  /** The group's deliberation: agreement, deviations, outliers, agreed scores (issue 12). */
  readonly deliberation: DeliberationStrings;
}

/** The Report view: source, Word download, report sheet. */
export interface ReportStrings {
  readonly heading: string;
  readonly intro: string;
  readonly source: string;
  readonly sources: Readonly<Record<ReportSource, string>>;
  readonly sourceHints: Readonly<Record<ReportSource, string>>;
  readonly noConsensus: string;
  readonly download: string;
  readonly downloading: string;
  readonly downloaded: (file: string) => string;
  readonly write: string;
  readonly writing: string;
  readonly written: (sheet: string) => string;
  readonly lastHeading: string;
  readonly lastSummary: (title: string, total: string) => string;
}
