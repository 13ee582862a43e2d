import { Suspense } from "react";
import { Spinner } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { LazyViewProps } from "./LazyView.types";
import { useLazyViewStyles } from "./useLazyViewStyles";
import { ViewBoundary } from "./ViewBoundary";
import { ViewFailure } from "./ViewFailure";

/** A lazily loaded view: a spinner while its code loads, a MessageBar with a retry if it fails. */
export function LazyView(props: LazyViewProps): JSX.Element {
  const strings = useStrings();
  const styles = useLazyViewStyles();
  return (
    <ViewBoundary fallback={(error) => <ViewFailure error={error} onRetry={props.onRetry} />}>
      <Suspense
        fallback={
          <div className={styles.loading}>
            <Spinner size="small" label={strings.views.loading} />
          </div>
        }
      >
        {props.children}
      </Suspense>
    </ViewBoundary>
  );
}
