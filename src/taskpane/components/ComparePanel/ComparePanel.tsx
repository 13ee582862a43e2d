import { useRef } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { formatScore } from "../../../engine";
import type { Comparison, FindingChange, ItemChange } from "../../../report/compare";
import { BusyIndicator } from "../BusyIndicator";
import { WARNINGS_CAPTION, WarningList } from "../WarningList";
import { DocumentIcon } from "../icons";
import type { CompareStrings } from "./compareStrings";
import type { ComparePanelProps, ComparePanelState, CompareSlot } from "./ComparePanel.types";
import { useComparePanel } from "./useComparePanel";
import { useComparePanelStyles } from "./useComparePanelStyles";

type Styles = ReturnType<typeof useComparePanelStyles>;
const signed = (x: number): string => (x > 0 ? `+${formatScore(x)}` : formatScore(x));
const tone = (x: number, styles: Styles): string | undefined =>
  x > 0 ? styles.better : x < 0 ? styles.worse : undefined;

/** One file input: a button opening the picker, and the chosen file's name. */
function Pick(props: {
  slot: CompareSlot;
  label: string;
  hint?: string;
  state: ComparePanelState;
  styles: Styles;
}) {
  const { slot, state, styles } = props;
  const input = useRef<HTMLInputElement>(null);
  return (
    <Field label={props.label} {...(props.hint ? { hint: props.hint } : {})}>
      <div className={styles.pick}>
        <Button size="small" onClick={() => input.current?.click()} disabled={state.reading}>
          {state.t.pick}
        </Button>
        <Text size={200} className={styles.fileName} data-testid={`compare-${slot}-name`}>
          {state.names[slot] ?? state.t.none}
        </Text>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hidden}
          aria-label={props.label}
          data-testid={`compare-${slot}`}
          onChange={state.onPick(slot)}
        />
      </div>
    </Field>
  );
}

function Totals({ c, t, styles }: { c: Comparison; t: CompareStrings; styles: Styles }) {
  return (
    <table className={styles.table} data-testid="compare-totals">
      <caption className={styles.caption}>{t.totalsCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            {t.side}
          </th>
          <th scope="col" className={styles.th}>
            {t.date}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.number)}>
            {t.total}
          </th>
          <th scope="col" className={styles.th}>
            {t.verdict}
          </th>
        </tr>
      </thead>
      <tbody>
        {(["before", "after"] as const).map((side) => (
          <tr key={side} data-testid={`compare-${side}-total`}>
            <th scope="row" className={styles.td}>
              {side === "before" ? t.before : t.after}
            </th>
            <td className={styles.td}>{c[side].date ?? ""}</td>
            <td className={mergeClasses(styles.td, styles.number)}>{formatScore(c[side].total)}</td>
            <td className={styles.td}>{c[side].verdict}</td>
          </tr>
        ))}
        <tr data-testid="compare-delta">
          <th scope="row" className={styles.td}>
            {t.change}
          </th>
          <td className={styles.td} />
          <td className={mergeClasses(styles.td, styles.number, tone(c.totalDelta, styles))}>
            {signed(c.totalDelta)}
          </td>
          <td className={styles.td} />
        </tr>
      </tbody>
    </table>
  );
}

/** Rows of id, before, after and change (tables, items or findings). */
function Changes(props: {
  caption: string;
  testId: string;
  first: string;
  rows: readonly (ItemChange | FindingChange | Comparison["tables"][number])[];
  t: CompareStrings;
  styles: Styles;
}) {
  const { t, styles } = props;
  return (
    <table className={styles.table} data-testid={props.testId}>
      <caption className={styles.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            {props.first}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.number)}>
            {t.before}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.number)}>
            {t.after}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.number)}>
            {t.change}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => {
          const delta = "delta" in r ? r.delta : r.after - r.before;
          return (
            <tr key={r.id} data-row={r.id}>
              <th scope="row" className={styles.td}>
                {r.id}
              </th>
              <td className={mergeClasses(styles.td, styles.number)}>{formatScore(r.before)}</td>
              <td className={mergeClasses(styles.td, styles.number)}>{formatScore(r.after)}</td>
              <td className={mergeClasses(styles.td, styles.number, tone(delta, styles))}>
                {signed(delta)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Result({ c, state, styles }: { c: Comparison; state: ComparePanelState; styles: Styles }) {
  const { t } = state;
  const improved = c.items.filter((i) => i.change === "improved");
  const worse = c.items.filter((i) => i.change === "worse");
  const same = c.items.filter((i) => i.change === "same");
  return (
    <div className={styles.section} data-testid="compare-result">
      <Totals c={c} t={t} styles={styles} />
      <Changes
        caption={t.tablesCaption}
        testId="compare-tables"
        first={t.table}
        rows={c.tables}
        t={t}
        styles={styles}
      />
      <Changes
        caption={t.improved(improved.length)}
        testId="compare-improved"
        first={t.item}
        rows={improved}
        t={t}
        styles={styles}
      />
      <Changes
        caption={t.worse(worse.length)}
        testId="compare-worse"
        first={t.item}
        rows={worse}
        t={t}
        styles={styles}
      />
      <Text size={200} className={styles.muted}>
        {t.same(same.length)}
      </Text>
      <p className={mergeClasses(styles.ids, styles.muted)} data-testid="compare-same">
        {same.map((i) => i.id).join(" ")}
      </p>
      <Changes
        caption={t.claimedFixed(c.claimedFixed.length)}
        testId="compare-claimed"
        first={t.item}
        rows={c.claimedFixed}
        t={t}
        styles={styles}
      />
      <div className={styles.actions}>
        <Button icon={<DocumentIcon />} onClick={state.download} disabled={state.downloading}>
          {t.download}
        </Button>
      </div>
    </div>
  );
}

/** 对比: two evaluations of one unit side by side, as `gridscore compare` shows them. */
export function ComparePanel(props: ComparePanelProps): JSX.Element {
  const state = useComparePanel(props);
  const styles = useComparePanelStyles();
  const { t } = state;
  return (
    <section
      className={styles.section}
      aria-labelledby={state.headingId}
      data-testid="compare-panel"
    >
      <Text as="h2" id={state.headingId} size={500} weight="semibold" className={styles.heading}>
        {t.heading}
      </Text>
      <Text size={200} className={styles.muted}>
        {t.intro}
      </Text>
      <div className={styles.picks}>
        <Pick slot="before" label={t.before} state={state} styles={styles} />
        <Pick slot="after" label={t.after} state={state} styles={styles} />
        <Pick slot="plan" label={t.plan} hint={t.planHint} state={state} styles={styles} />
      </div>
      <div className={styles.actions}>
        <Button onClick={state.downloadNext} disabled={!state.canNext || state.downloading}>
          {t.next}
        </Button>
      </div>
      <Text size={200} className={styles.muted}>
        {t.nextHint}
      </Text>
      <BusyIndicator busy={state.reading || state.downloading} label={t.reading} />
      {state.messages.map((m) => (
        <MessageBar
          key={m.slot}
          intent="error"
          layout="multiline"
          data-testid={`compare-message-${m.slot}`}
        >
          <MessageBarBody>
            <MessageBarTitle>{m.title}</MessageBarTitle>
            {m.lines.map((line, k) => (
              <div key={k}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ))}
      <WarningList
        caption={WARNINGS_CAPTION[state.strings.locale](state.warnings.length)}
        lines={state.warnings}
        testId="compare-warnings"
      />
      {state.comparison ? <Result c={state.comparison} state={state} styles={styles} /> : null}
    </section>
  );
}
