import { mergeClasses } from "@fluentui/react-components";
import { pendingVerdictText } from "../../../engine";
import { useStrings } from "../../i18n";
import { CheckmarkCircleIcon, ErrorCircleIcon } from "../icons";
import type { VerdictBadgeProps } from "./VerdictBadge.types";
import { useVerdictBadgeStyles } from "./useVerdictBadgeStyles";

/**
 * 合格 / 不合格 with an icon and text, so colour is never the only sign (one badge for every panel); while the
 * scores carry errors, "结论待定：有 N 个错误" instead (the 汇总 sheet's 结论（定稿） says the same).
 */
export function VerdictBadge({ pass, errors = 0, testId }: VerdictBadgeProps): JSX.Element {
  const styles = useVerdictBadgeStyles();
  const { summary, locale } = useStrings();
  const pending = errors > 0;
  return (
    <span
      className={mergeClasses(
        styles.verdict,
        pending ? styles.pending : pass ? styles.pass : styles.fail
      )}
      data-testid={testId}
      data-pass={pass ? "true" : "false"}
      data-pending={pending ? "true" : "false"}
    >
      {pass && !pending ? <CheckmarkCircleIcon /> : <ErrorCircleIcon />}
      {pending ? pendingVerdictText(errors, locale) : pass ? summary.pass : summary.fail}
    </span>
  );
}
