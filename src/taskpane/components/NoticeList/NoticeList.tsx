import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissIcon } from "../icons";
import { useStrings } from "../../i18n";
import type { NoticeListProps } from "./NoticeList.types";
import { useNoticeListStyles } from "./useNoticeListStyles";

/** Every failure as a Fluent MessageBar, titled by what failed; dismissible unless it is a standing state. */
export function NoticeList(props: NoticeListProps): JSX.Element | null {
  const styles = useNoticeListStyles();
  const strings = useStrings();
  const persistent = props.persistent ?? ["connect"];
  if (props.notices.length === 0) return null;
  return (
    <div className={styles.root} data-testid="notices">
      {props.notices.map((notice) => (
        <MessageBar
          key={`${notice.operation}-${notice.intent}`}
          intent={notice.intent}
          layout="multiline"
          data-operation={notice.operation}
          data-intent={notice.intent}
        >
          <MessageBarBody className={styles.message}>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.message}
          </MessageBarBody>
          {persistent.includes(notice.operation) ? null : (
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={strings.failures.dismiss}
                  icon={<DismissIcon />}
                  onClick={() => props.onDismiss(notice.operation)}
                />
              }
            />
          )}
        </MessageBar>
      ))}
    </div>
  );
}
