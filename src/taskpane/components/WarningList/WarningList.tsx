import { Text } from "@fluentui/react-components";
import type { WarningListProps } from "./WarningList.types";
import { useWarningListStyles } from "./useWarningListStyles";

/**
 * The warnings an action's inputs gave, as the CLI prints them: a plain status region (no MessageBar, which needs
 * ResizeObserver), absent when there are none.
 */
export function WarningList(props: WarningListProps): JSX.Element | null {
  const styles = useWarningListStyles();
  if (props.lines.length === 0) return null;
  return (
    <div className={styles.root} role="status" data-testid={props.testId}>
      <Text size={200} weight="semibold">
        {props.caption}
      </Text>
      <ul className={styles.list}>
        {props.lines.map((line, i) => (
          <li key={i}>
            <Text size={200}>{line}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
