export interface VerdictBadgeProps {
  /** 8.3: total ≥ 300. */
  readonly pass: boolean;
  readonly testId?: string;
}
