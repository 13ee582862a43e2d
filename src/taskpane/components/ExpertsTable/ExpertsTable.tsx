import { Button, Text, mergeClasses } from "@fluentui/react-components";
import { DismissIcon, ErrorCircleIcon, WarningIcon } from "../icons";
import type { ExpertsTableProps } from "./ExpertsTable.types";
import { useExpertsTable } from "./useExpertsTable";
import { useExpertsTableStyles } from "./useExpertsTableStyles";

/** The picked files: evaluator, total and verdict of each, its errors and warnings listed under it. */
export function ExpertsTable(props: ExpertsTableProps): JSX.Element {
  const state = useExpertsTable(props);
  const styles = useExpertsTableStyles();
  const { t, strings } = state;
  if (props.rows.length === 0)
    return (
      <Text size={200} className={styles.muted}>
        {t.empty}
      </Text>
    );
  return (
    <div className={styles.root}>
      <table className={styles.table} data-testid="experts">
        <caption className={styles.caption}>{t.expertsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.th, styles.fileCol)}>
              {t.file}
            </th>
            <th scope="col" className={styles.th}>
              {t.evaluator}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.number)}>
              {t.total}
            </th>
            <th scope="col" className={styles.th}>
              {t.verdict}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.actionCol)}>
              <span className={styles.visuallyHidden}>{t.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => [
            <tr
              key={row.key}
              data-testid="expert-row"
              data-file={row.file}
              data-errors={row.errors}
            >
              <th scope="row" className={mergeClasses(styles.td, styles.fileName)}>
                {row.file}
              </th>
              <td className={styles.td}>
                {row.evaluator === undefined ? "—" : row.evaluator || t.noEvaluator}
              </td>
              <td className={mergeClasses(styles.td, styles.number)} data-testid="expert-total">
                {row.total ?? "—"}
              </td>
              <td className={mergeClasses(styles.td, row.pass === undefined && styles.refused)}>
                {state.verdictText(row.pass)}
              </td>
              <td className={styles.td}>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DismissIcon />}
                  aria-label={t.remove(row.file)}
                  title={t.remove(row.file)}
                  disabled={props.disabled}
                  onClick={() => props.onRemove(row.key)}
                />
              </td>
            </tr>,
            row.problems.length > 0 ? (
              <tr key={`${row.key}-problems`}>
                <td colSpan={5} className={styles.problemsCell}>
                  <ul
                    className={styles.problems}
                    aria-label={t.problemsOf(row.file, row.errors, row.warnings)}
                    data-testid="file-problems"
                  >
                    {row.problems.map((p) => (
                      <li key={p.key} className={styles.problem} data-severity={p.severity}>
                        <span
                          className={p.severity === "error" ? styles.errorIcon : styles.warningIcon}
                        >
                          {p.severity === "error" ? <ErrorCircleIcon /> : <WarningIcon />}
                        </span>
                        <span>
                          <span className={styles.severity}>
                            {p.severity === "error"
                              ? strings.problems.error
                              : strings.problems.warning}
                          </span>
                          {state.colon}
                          {p.text}
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ) : null,
          ])}
        </tbody>
      </table>
      <div className={styles.actions}>
        <Button size="small" onClick={props.onClear} disabled={props.disabled}>
          {t.clear}
        </Button>
      </div>
    </div>
  );
}
