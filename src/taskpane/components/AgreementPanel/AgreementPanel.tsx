import { Text, mergeClasses } from "@fluentui/react-components";
import type { AgreementPanelProps } from "./AgreementPanel.types";
import { useAgreementPanel } from "./useAgreementPanel";
import { useAgreementPanelStyles } from "./useAgreementPanelStyles";

/** The group's agreement reading and each expert's deviation from the mean total, marked beyond the limit. */
export function AgreementPanel(props: AgreementPanelProps): JSX.Element {
  const state = useAgreementPanel(props);
  const styles = useAgreementPanelStyles();
  const { t } = state;
  return (
    <div className={styles.root} data-testid="agreement">
      <Text as="p" size={200} className={styles.reading} data-testid="agreement-reading">
        {t.agreementLine(state.alpha, state.reading)}
      </Text>
      <table className={styles.table} data-testid="deviations" aria-labelledby={state.captionId}>
        <caption id={state.captionId} className={styles.caption}>
          {t.deviationsCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t.expert}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.number)}>
              {t.total}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.number)}>
              {t.deviation}
            </th>
            <th scope="col" className={styles.cell}>
              {t.mark}
            </th>
          </tr>
        </thead>
        <tbody>
          {state.rows.map((row) => (
            <tr
              key={row.evaluator}
              className={row.needsExplanation ? styles.marked : undefined}
              data-testid="deviation-row"
              data-needs-explanation={row.needsExplanation ? "true" : "false"}
            >
              <th scope="row" className={styles.cell}>
                {row.evaluator}
              </th>
              <td className={mergeClasses(styles.cell, styles.number)}>{row.total}</td>
              <td className={mergeClasses(styles.cell, styles.number)} data-testid="deviation">
                {row.deviation}
              </td>
              <td className={mergeClasses(styles.cell, styles.mark)}>
                {row.needsExplanation ? t.needsExplanation(state.limit) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
