export interface BusyIndicatorProps {
  /** Whether the work is in progress; the live region stays in the DOM either way so it is announced. */
  busy: boolean;
  /** What is being done, read out by screen readers. */
  label: string;
}
