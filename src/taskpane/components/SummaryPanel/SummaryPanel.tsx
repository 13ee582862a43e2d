import { Button, Text, mergeClasses } from "@fluentui/react-components";
import { BusyIndicator } from "../BusyIndicator";
import { SyncIcon } from "../icons";
import { VerdictBadge } from "../VerdictBadge";
import type { SummaryPanelProps } from "./SummaryPanel.types";
import { useSummaryPanel } from "./useSummaryPanel";
import { useSummaryPanelStyles } from "./useSummaryPanelStyles";

/** The seven subtotals, the total against 495 (declared 500), the pass mark, the verdict and progress. */
export function SummaryPanel(props: SummaryPanelProps): JSX.Element {
  const state = useSummaryPanel(props);
  const styles = useSummaryPanelStyles();
  const { summary } = state.strings;
  const f = state.figures;
  const maxCell = (max: string, declared: string | undefined): JSX.Element =>
    declared === undefined ? (
      <>{max}</>
    ) : (
      <>
        {max} <span className={styles.qualifier}>{summary.computed}</span> / {declared}{" "}
        <span className={styles.qualifier}>{summary.declared}</span>
      </>
    );

  return (
    <section className={styles.root} aria-labelledby={state.headingId} data-testid="summary">
      <div className={styles.header}>
        <Text as="h2" id={state.headingId} size={400} weight="semibold" className={styles.heading}>
          {summary.heading}
        </Text>
        <Button
          appearance="secondary"
          size="small"
          icon={<SyncIcon />}
          onClick={props.onRecheck}
          disabled={!props.canCheck || props.checking}
        >
          {summary.recheck}
        </Button>
      </div>
      <BusyIndicator busy={props.checking} label={summary.checking} />
      {f === undefined ? (
        <Text size={200} className={styles.muted}>
          {state.emptyText}
        </Text>
      ) : (
        <>
          <table className={styles.table}>
            <caption className={styles.caption}>{summary.caption}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.th}>
                  {summary.table}
                </th>
                <th scope="col" className={styles.th}>
                  {summary.name}
                </th>
                <th scope="col" className={mergeClasses(styles.th, styles.number)}>
                  {summary.score}
                </th>
                <th scope="col" className={mergeClasses(styles.th, styles.number)}>
                  {summary.max}
                </th>
              </tr>
            </thead>
            <tbody>
              {f.rows.map((row) => {
                const noteId = row.note ? `gridscore-note-${row.id.replace(".", "")}` : undefined;
                return [
                  <tr key={row.id} data-table={row.id} aria-describedby={noteId}>
                    <th scope="row" className={styles.td}>
                      {row.id}
                    </th>
                    <td className={styles.td}>{row.title}</td>
                    <td className={mergeClasses(styles.td, styles.number)} data-testid="score">
                      {row.score}
                    </td>
                    <td className={mergeClasses(styles.td, styles.number)} data-testid="max">
                      {maxCell(row.max, row.declared)}
                    </td>
                  </tr>,
                  row.note ? (
                    <tr key={`${row.id}-note`}>
                      <td colSpan={4} id={noteId} className={styles.noteCell} data-testid="note">
                        {row.note}
                      </td>
                    </tr>
                  ) : null,
                ];
              })}
            </tbody>
            <tfoot>
              <tr className={styles.totalRow} data-testid="total-row">
                <th scope="row" colSpan={2} className={styles.td}>
                  {summary.total}
                </th>
                <td className={mergeClasses(styles.td, styles.number)} data-testid="total">
                  {f.total}
                </td>
                <td className={mergeClasses(styles.td, styles.number)}>
                  {maxCell(f.max, f.declared)}
                </td>
              </tr>
              {f.totalNote ? (
                <tr>
                  <td colSpan={4} className={styles.noteCell}>
                    {f.totalNote}
                  </td>
                </tr>
              ) : null}
            </tfoot>
          </table>
          <dl className={styles.facts}>
            <dt className={styles.term}>{summary.passMark}</dt>
            <dd className={styles.definition}>{summary.passMarkValue(f.passMark)}</dd>
            <dt className={styles.term}>{summary.verdict}</dt>
            <dd className={styles.definition}>
              <VerdictBadge pass={f.pass} pending={f.pending} testId="verdict" />
            </dd>
            <dt className={styles.term}>{summary.progress}</dt>
            <dd className={styles.definition} data-testid="progress">
              {summary.itemsWithDeductions(f.itemsWithDeductions, f.items)}
              <br />
              {summary.notesMissing(f.notesMissing)}
            </dd>
          </dl>
        </>
      )}
    </section>
  );
}
