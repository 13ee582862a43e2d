/**
 * The shape every language pack must fill: one typed object per locale, so a missing or extra
 * string is a compile error rather than a blank label in Excel.
 */

/** Locales the add-in ships; anything else falls back to zh-CN (the standard's own language). */
export type Locale = "zh-CN" | "en-US";

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
    /** Shown in the main region until the scoresheet tools arrive. */
    readonly placeholder: string;
    /** Initial text of the polite live status area. */
    readonly statusReady: string;
  };
  readonly preview: {
    /** Title bar of the browser preview page. */
    readonly title: string;
    /** Accessible name of the simulated worksheet area. */
    readonly gridLabel: string;
    /** Shown in the grid area until the simulated workbook view is installed. */
    readonly gridPlaceholder: string;
  };
}
