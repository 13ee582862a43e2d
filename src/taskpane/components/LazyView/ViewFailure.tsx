import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { describeFailure, unexpectedFailure } from "../../adapter";
import { useStrings } from "../../i18n";
import type { ViewFailureProps } from "./LazyView.types";
import { useLazyViewStyles } from "./useLazyViewStyles";

/** A view that could not load, as a MessageBar with a retry. */
export function ViewFailure(props: ViewFailureProps): JSX.Element {
  const strings = useStrings();
  const styles = useLazyViewStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-operation="view" data-intent="error">
      <MessageBarBody className={styles.message}>
        <MessageBarTitle>{strings.failures.titles.view}</MessageBarTitle>
        {describeFailure(unexpectedFailure(props.error), strings)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onRetry}>{strings.views.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
