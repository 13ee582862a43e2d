import { mergeClasses } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import { CheckmarkCircleIcon, ErrorCircleIcon } from "../icons";
import type { VerdictBadgeProps } from "./VerdictBadge.types";
import { useVerdictBadgeStyles } from "./useVerdictBadgeStyles";

/** 合格 / 不合格 with an icon and text, so colour is never the only sign (one badge for every panel). */
export function VerdictBadge({ pass, testId }: VerdictBadgeProps): JSX.Element {
  const styles = useVerdictBadgeStyles();
  const { summary } = useStrings();
  return (
    <span
      className={mergeClasses(styles.verdict, pass ? styles.pass : styles.fail)}
      data-testid={testId}
      data-pass={pass ? "true" : "false"}
    >
      {pass ? <CheckmarkCircleIcon /> : <ErrorCircleIcon />}
      {pass ? summary.pass : summary.fail}
    </span>
  );
}
