import { Spinner } from "@fluentui/react-components";
import type { BusyIndicatorProps } from "./BusyIndicator.types";
import { useBusyIndicatorStyles } from "./useBusyIndicatorStyles";

/** A Spinner inside a polite status region: the region is always there, the spinner only while busy. */
export function BusyIndicator(props: BusyIndicatorProps): JSX.Element {
  const styles = useBusyIndicatorStyles();
  return (
    <div role="status" aria-live="polite" className={styles.root}>
      {props.busy ? <Spinner size="extra-tiny" labelPosition="after" label={props.label} /> : null}
    </div>
  );
}
