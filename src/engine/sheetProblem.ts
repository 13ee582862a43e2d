/**
 * A cell of the evaluation sheets (评价条件, 评估组, 评价程序) that the reader (src/layout/evaluationSheets/read.ts)
 * could not take as typed. Declared here, below the layout, because the engine's problems carry it
 * (`sheet-entry-not-kept`); the layout reads the sheets and re-exports it.
 */

/** A cell the reader could not take as typed; the value is kept as text where the type allows. */
export type EvaluationSheetProblem =
  | {
      readonly code: "unknown-field";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly value: string;
    }
  | {
      readonly code: "unknown-role";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly value: string;
    }
  | {
      readonly code: "duplicate-id";
      readonly sheet: string;
      readonly row: number;
      readonly id: string;
    }
  | {
      /** An eligibility date that is no date (the evaluation JSON holds only YYYY-MM-DD there). */
      readonly code: "unreadable-date";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly label: string;
      readonly value: string;
      /** The ISO date it most likely means (full-width digits, dots), to suggest; undefined when none. */
      readonly suggestion?: string;
      /** Excel's serial 60 (the 1900-02-29 that never was), when the cell held it as a number or a date. */
      readonly serial?: number;
    }
  | {
      /** A group row with something typed but no name: it would not count as a member. */
      readonly code: "member-without-name";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      /** What the row holds, as "工作单位“…”". */
      readonly filled: string;
    }
  | {
      /** 自查总分 beyond what Appendix A can give (its computed maximum), or below 0. */
      readonly code: "self-score-out-of-range";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly value: number;
    };
