import { Button, Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { BusyIndicator } from "../BusyIndicator";
import { ComparePanel } from "../ComparePanel";
import { DocumentIcon } from "../icons";
import { NoticeList } from "../NoticeList";
import { WARNINGS_CAPTION, WarningList } from "../WarningList";
import type { ReportViewProps } from "./ReportView.types";
import { useReportView } from "./useReportView";
import { useReportViewStyles } from "./useReportViewStyles";

/**
 * The report: choose where the scores come from, then download it as Word or write the report and plan sheets;
 * below, the comparison of two evaluations (对比).
 */
export function ReportView(props: ReportViewProps): JSX.Element {
  const state = useReportView(props);
  const styles = useReportViewStyles();
  const { t, strings } = state;
  const hint = state.available
    ? t.sourceHints[state.source]
    : state.source === "consensus"
      ? t.noConsensus
      : strings.failures.noExcel;
  return (
    <div className={styles.root} data-testid="report-view">
      <NoticeList notices={state.notices} onDismiss={state.dismiss} />
      <section className={styles.section} aria-labelledby={state.headingId}>
        <Text as="h2" id={state.headingId} size={500} weight="semibold" className={styles.heading}>
          {t.heading}
        </Text>
        <Text size={200} className={styles.muted}>
          {t.intro}
        </Text>
        <Field label={t.source} hint={hint}>
          <RadioGroup
            value={state.source}
            onChange={(_, data) => state.setSource(data.value)}
            data-testid="report-source"
          >
            <Radio value="workbook" label={t.sources.workbook} disabled={state.adapter === null} />
            <Radio value="consensus" label={t.sources.consensus} disabled={!state.hasConsensus} />
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<DocumentIcon />}
            onClick={state.download}
            disabled={!state.available || state.downloading}
          >
            {t.download}
          </Button>
          <Button
            onClick={state.writeSheet}
            disabled={!state.available || state.adapter === null || state.writing}
          >
            {t.write}
          </Button>
        </div>
        <BusyIndicator
          busy={state.downloading || state.writing}
          label={state.downloading ? t.downloading : t.writing}
        />
        <WarningList
          caption={WARNINGS_CAPTION[strings.locale](state.warnings.length)}
          lines={state.warnings}
          testId="report-warnings"
        />
      </section>
      {state.last ? (
        <section className={styles.section} aria-label={t.lastHeading} data-testid="report-last">
          <Text as="p" className={styles.last}>
            {t.lastSummary(state.last.title, state.last.total)}
            <span className={state.last.pass ? styles.pass : styles.fail}>
              {state.last.pass ? strings.summary.pass : strings.summary.fail}
            </span>
          </Text>
        </section>
      ) : null}
      <ComparePanel onStatus={props.onStatus} save={props.save} />
    </div>
  );
}
