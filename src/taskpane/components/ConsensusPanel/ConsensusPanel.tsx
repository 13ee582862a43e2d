import { Button, Text, mergeClasses } from "@fluentui/react-components";
import { AgreedScoreForm } from "../AgreedScoreForm";
import { AgreementPanel } from "../AgreementPanel";
import { VerdictBadge } from "../VerdictBadge";
import type { ConsensusPanelProps } from "./ConsensusPanel.types";
import { useConsensusPanel } from "./useConsensusPanel";
import { useConsensusPanelStyles } from "./useConsensusPanelStyles";

/** The consensus: total and verdict, the items to discuss first (or all), the seven subtotals. */
export function ConsensusPanel(props: ConsensusPanelProps): JSX.Element {
  const state = useConsensusPanel(props);
  const styles = useConsensusPanelStyles();
  const { t, strings } = state;
  const { summary } = strings;
  const d = t.deliberation;
  return (
    <section className={styles.root} aria-labelledby={state.headingId} data-testid="consensus">
      <Text as="h3" id={state.headingId} size={400} weight="semibold" className={styles.heading}>
        {t.consensusHeading}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{summary.total}</dt>
        <dd className={styles.definition}>
          <span className={styles.strong} data-testid="consensus-total">
            {state.total}
          </span>{" "}
          / {state.max}
          {state.declared ? ` ${summary.computed} / ${state.declared} ${summary.declared}` : ""}
        </dd>
        <dt className={styles.term}>{summary.verdict}</dt>
        <dd className={styles.definition}>
          <VerdictBadge pass={state.pass} testId="consensus-verdict" />
        </dd>
        <dt className={styles.term}>{t.applied}</dt>
        <dd className={styles.definition} data-testid="consensus-method">
          {state.applied}
        </dd>
        <dt className={styles.term}>{t.flaggedCount}</dt>
        <dd className={styles.definition} data-testid="flagged-count">
          {state.flaggedCount}
        </dd>
      </dl>
      <AgreementPanel result={props.result} />
      {state.notes.length > 0 ? (
        <ul className={styles.notes} aria-label={t.groupNotes}>
          {state.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}

      <Text
        as="h4"
        id={state.itemsHeadingId}
        size={300}
        weight="semibold"
        className={styles.heading}
      >
        {t.itemsHeading}
      </Text>
      <Text size={200} className={styles.muted}>
        {state.flaggedCount > 0 ? t.itemsHint : t.noFlagged}
      </Text>
      {state.items.length > 0 ? (
        <ul
          className={styles.items}
          aria-labelledby={state.itemsHeadingId}
          data-testid="consensus-items"
        >
          {state.items.map((item) => (
            <li
              key={item.id}
              className={mergeClasses(styles.item, item.flagged && styles.flaggedItem)}
              data-item={item.id}
              data-flagged={item.flagged ? "true" : "false"}
            >
              <p className={styles.itemTitle}>
                {item.id} {item.title}
                {item.flagged ? <span className={styles.badge}>{t.flagged}</span> : null}
              </p>
              <dl className={styles.itemFacts}>
                <dt className={styles.term}>{t.consensus}</dt>
                <dd className={styles.definition} data-testid="item-consensus">
                  {item.consensus} / {item.cap}
                </dd>
                <dt className={styles.term}>{t.range}</dt>
                <dd className={styles.definition}>
                  {item.min}–{item.max}
                </dd>
                <dt className={styles.term}>{t.spread}</dt>
                <dd className={styles.definition}>{item.spread}</dd>
                {item.lowest !== undefined ? (
                  <>
                    <dt className={styles.term}>{t.lowest}</dt>
                    <dd className={styles.definition}>{item.lowest}</dd>
                    <dt className={styles.term}>{t.highest}</dt>
                    <dd className={styles.definition}>{item.highest}</dd>
                  </>
                ) : null}
                {item.outliers !== undefined ? (
                  <>
                    <dt className={styles.term}>{d.outliers}</dt>
                    <dd className={styles.definition} data-testid="item-outliers">
                      {item.outliers}
                    </dd>
                  </>
                ) : null}
                {item.resolved !== undefined ? (
                  <>
                    <dt className={styles.term}>{d.reasonShown}</dt>
                    <dd className={styles.definition} data-testid="item-resolved">
                      {item.resolved}
                      {item.reason ? `（${item.reason}）` : ""}
                    </dd>
                  </>
                ) : null}
                {item.dissent !== undefined ? (
                  <>
                    <dt className={styles.term}>{d.dissentShown}</dt>
                    <dd className={styles.definition} data-testid="item-dissent">
                      {item.dissent}
                    </dd>
                  </>
                ) : null}
                {item.conflict !== undefined ? (
                  <>
                    <dt className={styles.term}>{t.statusConflict}</dt>
                    <dd className={styles.definition} data-testid="item-conflict">
                      {item.conflict}
                    </dd>
                  </>
                ) : null}
              </dl>
              {props.onAgree ? (
                <AgreedScoreForm
                  itemId={item.id}
                  cap={item.capValue}
                  initial={item.initial}
                  onAgree={props.onAgree}
                  disabled={props.agreeing}
                  {...(item.planReason !== undefined ? { planReason: item.planReason } : {})}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <Button size="small" aria-expanded={state.showAll} onClick={state.toggleAll}>
          {state.showAll ? t.showFlagged : t.showAll(state.allCount)}
        </Button>
      </div>

      <table className={styles.table} data-testid="consensus-subtotals">
        <caption className={styles.caption}>{t.subtotalsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell)}>
              {summary.table}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell)}>
              {summary.name}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell, styles.number)}>
              {t.consensus}
            </th>
            <th scope="col" className={mergeClasses(styles.cell, styles.headCell, styles.number)}>
              {summary.max}
            </th>
          </tr>
        </thead>
        <tbody>
          {state.subtotals.map((row) => (
            <tr key={row.id} data-table={row.id}>
              <th scope="row" className={styles.cell}>
                {row.id}
              </th>
              <td className={styles.cell}>{row.title}</td>
              <td className={mergeClasses(styles.cell, styles.number)} data-testid="subtotal">
                {row.score}
              </td>
              <td className={mergeClasses(styles.cell, styles.number)}>
                {row.declared ? `${row.max} / ${row.declared}` : row.max}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
