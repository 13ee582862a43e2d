import { Text, mergeClasses } from "@fluentui/react-components";
import { ErrorCircleIcon, InfoIcon, WarningIcon } from "../icons";
import type { ProblemRow, ProblemsPanelProps } from "./ProblemsPanel.types";
import { useProblemsPanel } from "./useProblemsPanel";
import { useProblemsPanelStyles } from "./useProblemsPanelStyles";

/** The live problems, errors first; each located one is a button that selects its cell in Excel. */
export function ProblemsPanel(props: ProblemsPanelProps): JSX.Element {
  const state = useProblemsPanel(props);
  const styles = useProblemsPanelStyles();
  const { problems } = state.strings;

  const content = (row: ProblemRow): JSX.Element => (
    <>
      <span
        className={mergeClasses(
          styles.icon,
          row.severity === "error" ? styles.errorIcon : styles.warningIcon
        )}
      >
        {row.severity === "error" ? <ErrorCircleIcon /> : <WarningIcon />}
      </span>
      <span className={styles.body}>
        <span>
          <span className={styles.severity}>
            {row.severity === "error" ? problems.error : problems.warning}
          </span>
          {state.strings.locale === "zh-CN" ? "：" : ": "}
          {row.message}
        </span>
        {row.location ? <span className={styles.location}>{row.location}</span> : null}
        {row.unreachable ? (
          // Set apart from the location line above it (an icon, a rule): it says why this row is no go-to button.
          <span className={styles.unreachable} data-testid="problem-unreachable">
            <InfoIcon className={styles.unreachableIcon} />
            <span>{row.unreachable}</span>
          </span>
        ) : null}
      </span>
    </>
  );

  return (
    <section className={styles.root} aria-labelledby={state.headingId} data-testid="problems">
      <div className={styles.header}>
        <Text as="h2" id={state.headingId} size={400} weight="semibold" className={styles.heading}>
          {problems.heading}
        </Text>
        {state.waiting ? null : (
          <Text size={200} className={styles.counts} data-testid="problem-counts">
            {problems.counts(state.errors, state.warnings)}
          </Text>
        )}
      </div>
      {state.waiting ? (
        <Text size={200} className={styles.muted}>
          {problems.waiting}
        </Text>
      ) : state.rows.length === 0 ? (
        <Text size={200}>{problems.none}</Text>
      ) : (
        <ul className={styles.list} aria-label={problems.listLabel(state.errors, state.warnings)}>
          {state.rows.map((row) => {
            const itemClass = mergeClasses(
              styles.item,
              row.severity === "error" ? styles.error : styles.warning
            );
            const target = row.target;
            return (
              <li key={row.key} data-severity={row.severity}>
                {target && props.canSelect ? (
                  <button
                    type="button"
                    className={mergeClasses(itemClass, styles.button)}
                    title={problems.goTo}
                    data-sheet={target.sheet}
                    data-cell={target.cell}
                    onClick={() => props.onSelect(target.sheet, target.cell)}
                  >
                    {content(row)}
                  </button>
                ) : (
                  <div className={itemClass}>{content(row)}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {state.hidden > 0 ? (
        <Text size={200} className={styles.muted}>
          {problems.more(state.hidden)}
        </Text>
      ) : null}
    </section>
  );
}
