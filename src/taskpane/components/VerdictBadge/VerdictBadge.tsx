import { mergeClasses } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import { CheckmarkCircleIcon, ErrorCircleIcon } from "../icons";
import type { VerdictBadgeProps } from "./VerdictBadge.types";
import { useVerdictBadgeStyles } from "./useVerdictBadgeStyles";

/**
 * 合格 / 不合格 with an icon and text, so colour is never the only sign (one badge for every panel); while the
 * scores carry errors, "结论待定：有 N 个错误" instead (the 汇总 sheet's 结论（定稿） says the same).
 */
export function VerdictBadge({ pass, pending, testId }: VerdictBadgeProps): JSX.Element {
  const styles = useVerdictBadgeStyles();
  const { summary } = useStrings();
  const isPending = pending !== undefined;
  return (
    <span
      className={mergeClasses(
        styles.verdict,
        isPending ? styles.pending : pass ? styles.pass : styles.fail
      )}
      data-testid={testId}
      data-pass={pass ? "true" : "false"}
      data-pending={isPending ? "true" : "false"}
    >
      {pass && !isPending ? <CheckmarkCircleIcon /> : <ErrorCircleIcon />}
      {pending ?? (pass ? summary.pass : summary.fail)}
    </span>
  );
}
