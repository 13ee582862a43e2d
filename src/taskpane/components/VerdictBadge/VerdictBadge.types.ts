export interface VerdictBadgeProps {
  /** 8.3: total ≥ 300. */
  readonly pass: boolean;
  /** Errors in the scores: while there are any the verdict is pending, never shown as final (issue 11). */
  readonly errors?: number;
  readonly testId?: string;
}
