/**
 * The shape every language pack must fill: one typed object per locale, so a missing or extra
 * string is a compile error rather than a blank label in Excel. Texts with values in them are
 * functions, so the values' order and punctuation stay each language's own business.
 */
import type { Level, Role } from "../../standard";

/** Locales the add-in ships; anything else falls back to zh-CN (the standard's own language). */
export type Locale = "zh-CN" | "en-US";

/** Every pane action that can fail; each failure's MessageBar is titled by its operation. */
export type Operation =
  "inspect" | "write" | "live" | "watch" | "select" | "export" | "blank" | "connect";

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
  };
  readonly failures: {
    /** MessageBar titles by the action that failed. */
    readonly titles: Readonly<Record<Operation, string>>;
    readonly unsupported: (requirement: string) => string;
    readonly officeError: (code: string, message: string) => string;
    readonly noScoresheet: string;
    readonly notAScoresheet: (detail: string) => string;
    readonly readFailed: (file: string, problems: string) => string;
    readonly unexpected: (message: string) => string;
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
