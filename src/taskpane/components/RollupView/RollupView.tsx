import { Button, MessageBar, MessageBarBody, Text, mergeClasses } from "@fluentui/react-components";
import { Fraction, formatScore, formatTotal } from "../../../engine";
import { STANDARD } from "../../../standard";
import type { Rollup } from "../../../rollup/types";
import { BusyIndicator } from "../BusyIndicator";
import { FileDrop } from "../FileDrop";
import { WARNINGS_CAPTION, WarningList } from "../WarningList";
import { DownloadIcon } from "../icons";
import type { RollupStrings } from "./rollupStrings";
import type { RollupViewProps } from "./RollupView.types";
import { useRollupView } from "./useRollupView";
import { useRollupViewStyles } from "./useRollupViewStyles";

/** Unit rows shown in the pane; the rest are in the sheets written or downloaded. */
export const SHOWN_UNITS = 50;

/** A total, or the mean of totals, as shown: never the pass mark for one below it (README: Numbers). */
const show = (exact: string): string =>
  exact === "" ? "–" : formatTotal(new Fraction(exact), STANDARD.passMark);

type Styles = ReturnType<typeof useRollupViewStyles>;

function UnitsTable({ rollup, t, styles }: { rollup: Rollup; t: RollupStrings; styles: Styles }) {
  const counted = rollup.units.filter((u) => u.duplicateOf === undefined).length;
  const more = rollup.units.length - SHOWN_UNITS;
  return (
    <>
      <table className={styles.table} data-testid="rollup-units">
        <caption className={styles.caption}>{t.unitsCaption(rollup.units.length, counted)}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t.unit}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.keep)}>
              {t.level}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.number, styles.keep)}>
              {t.total}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.keep)}>
              {t.verdict}
            </th>
          </tr>
        </thead>
        <tbody>
          {rollup.units.slice(0, SHOWN_UNITS).map((u, i) => (
            <tr
              key={`${i}:${u.file}`}
              data-testid="rollup-unit"
              className={u.duplicateOf ? styles.duplicate : undefined}
            >
              <th scope="row" className={styles.td}>
                {u.organization || u.file}
                {u.duplicateOf ? <div>{t.duplicateOf(u.duplicateOf)}</div> : null}
              </th>
              <td className={mergeClasses(styles.td, styles.keep)}>
                {t.levelName(u.level ?? "none")}
              </td>
              <td className={mergeClasses(styles.td, styles.number, styles.nowrap)}>
                {show(u.exactTotal)}
              </td>
              <td
                className={mergeClasses(
                  styles.td,
                  styles.keep,
                  u.verdict === "不合格" && styles.fail
                )}
              >
                {t.verdictName(u.verdict)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 ? (
        <Text size={200} className={styles.muted}>
          {t.more(more)}
        </Text>
      ) : null}
    </>
  );
}

function LevelsTable({ rollup, t, styles }: { rollup: Rollup; t: RollupStrings; styles: Styles }) {
  return (
    <table className={styles.table} data-testid="rollup-levels">
      <caption className={styles.caption}>{t.levelsCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            {t.level}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.number)}>
            {t.count}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.number)}>
            {t.passed}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.number)}>
            {t.passRate}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.number)}>
            {t.mean}
          </th>
        </tr>
      </thead>
      <tbody>
        {rollup.levels.map((l) => (
          <tr key={l.level} data-testid="rollup-level" data-level={l.level}>
            <th scope="row" className={mergeClasses(styles.td, styles.keep)}>
              {t.levelName(l.level)}
            </th>
            <td className={mergeClasses(styles.td, styles.number)}>{l.count}</td>
            <td className={mergeClasses(styles.td, styles.number)}>{l.passed}</td>
            <td className={mergeClasses(styles.td, styles.number)}>
              {l.count ? `${formatScore(new Fraction(l.passed * 100, l.count))}%` : "–"}
            </td>
            <td className={mergeClasses(styles.td, styles.number)}>{show(l.mean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The roll-up view (汇总): pick or drop the units' files, see the units, the levels and the weakest items, write or download. */
export function RollupView(props: RollupViewProps): JSX.Element {
  const state = useRollupView(props);
  const styles = useRollupViewStyles();
  const { t, rollup } = state;
  const reading = state.reading;
  const hasUnits = rollup !== undefined && rollup.units.length > 0;
  const weak = rollup
    ? rollup.weakest.filter((s) => s.kind === "item" && s.unitsLosing > 0).slice(0, 5)
    : [];
  return (
    <div className={styles.root} data-testid="rollup-view">
      {state.error ? (
        <MessageBar intent="error" layout="multiline" data-testid="rollup-error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.skipped ? (
        <MessageBar intent="info" layout="multiline" data-testid="rollup-skipped">
          <MessageBarBody>{state.skipped}</MessageBarBody>
        </MessageBar>
      ) : null}
      <section className={styles.section} aria-labelledby={state.headingId}>
        <Text as="h2" id={state.headingId} size={500} weight="semibold" className={styles.heading}>
          {t.heading}
        </Text>
        <Text size={200} className={styles.muted}>
          {t.intro}
        </Text>
        <FileDrop onFiles={state.addFiles} disabled={reading !== undefined} />
        <BusyIndicator
          busy={reading !== undefined}
          label={reading ? t.reading(reading.done, reading.total, reading.file) : ""}
        />
        {rollup ? null : (
          <Text size={200} className={styles.muted}>
            {t.empty}
          </Text>
        )}
        {hasUnits ? <UnitsTable rollup={rollup} t={t} styles={styles} /> : null}
        <WarningList
          caption={WARNINGS_CAPTION[state.strings.locale](state.warnings.length)}
          lines={state.warnings}
          testId="rollup-warnings"
        />
        {state.undecided.length > 0 ? (
          <div data-testid="rollup-undecided" role="status">
            <Text size={200} weight="semibold">
              {t.undecidedCaption(state.undecided.length)}
            </Text>
            <ul className={styles.list}>
              {state.undecided.map((m, i) => (
                <li key={i}>
                  <Text size={200}>{m}</Text>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {rollup && rollup.refused.length > 0 ? (
          <div data-testid="rollup-refused">
            <Text size={200} weight="semibold">
              {t.refusedCaption(rollup.refused.length)}
            </Text>
            <ul className={styles.list}>
              {rollup.refused.map((r, i) => (
                <li key={`${i}:${r.file}`}>
                  <Text size={200}>
                    {r.file}:{" "}
                    {(state.strings.locale === "zh-CN" ? r.reasons : r.reasonsEn)[0] ?? ""}
                  </Text>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {rollup ? (
          <div className={styles.actions}>
            <Button onClick={state.clear} disabled={reading !== undefined}>
              {t.clear}
            </Button>
          </div>
        ) : null}
      </section>
      {hasUnits ? <LevelsTable rollup={rollup} t={t} styles={styles} /> : null}
      {weak.length > 0 ? (
        <div data-testid="rollup-weak">
          <Text size={200} weight="semibold">
            {t.weakCaption}
          </Text>
          <ol className={styles.list}>
            {weak.map((s) => (
              <li key={s.id}>
                <Text size={200}>
                  {s.id} {s.text} — {s.unitsLosing}/{s.units}
                </Text>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={state.write}
          disabled={!state.canWrite || state.writing}
          aria-describedby={hasUnits ? undefined : "gridscore-rollup-needs"}
        >
          {t.write}
        </Button>
        <Button
          icon={<DownloadIcon />}
          onClick={state.download}
          disabled={!hasUnits || state.downloading}
          aria-describedby={hasUnits ? undefined : "gridscore-rollup-needs"}
        >
          {t.download}
        </Button>
      </div>
      {hasUnits ? null : (
        <Text id="gridscore-rollup-needs" size={200} className={styles.muted}>
          {t.needsUnits}
        </Text>
      )}
      <BusyIndicator
        busy={state.writing || state.downloading}
        label={state.writing ? t.writing : t.downloading}
      />
    </div>
  );
}
