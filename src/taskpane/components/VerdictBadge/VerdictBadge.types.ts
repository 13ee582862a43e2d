export interface VerdictBadgeProps {
  /** 8.3: total ≥ 300. */
  readonly pass: boolean;
  /**
   * While the scores carry errors, the engine's words for the pending verdict ("结论待定：有 N 个错误",
   * pendingVerdictText): the verdict is then never shown as final (issue 11).
   */
  readonly pending?: string;
  readonly testId?: string;
}
