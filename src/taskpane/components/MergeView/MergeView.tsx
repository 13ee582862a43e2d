import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import { MERGE_METHODS } from "../../../merge/consensus";
import { BusyIndicator } from "../BusyIndicator";
import { ConsensusPanel } from "../ConsensusPanel";
import { ExpertsTable } from "../ExpertsTable";
import { FileDrop } from "../FileDrop";
import { DownloadIcon } from "../icons";
import { NoticeList } from "../NoticeList";
import type { MergeViewProps } from "./MergeView.types";
import { useMergeView } from "./useMergeView";
import { useMergeViewStyles } from "./useMergeViewStyles";

/** The secretary's view: pick the returned workbooks, see each file's checks, choose the method, see and write the consensus. */
export function MergeView(props: MergeViewProps): JSX.Element {
  const state = useMergeView(props);
  const styles = useMergeViewStyles();
  const { t } = state;
  const reading = state.reading;
  const ready = state.result !== undefined;
  return (
    <div className={styles.root} data-testid="merge-view">
      <NoticeList
        notices={state.notices}
        onDismiss={state.dismiss}
        persistent={["connect", "mergeBlocked"]}
      />
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
        <ExpertsTable
          rows={state.rows}
          onRemove={state.remove}
          onClear={state.clear}
          disabled={reading !== undefined}
        />
        {state.canSkipInvalid ? (
          <Checkbox
            checked={state.skipInvalid}
            onChange={(_, data) => state.setSkipInvalid(data.checked === true)}
            label={t.skipInvalid(state.invalidFiles)}
            data-testid="merge-skip-invalid"
          />
        ) : null}
        <Field label={t.method} hint={state.showFallback ? t.fallback : undefined}>
          <RadioGroup
            value={state.method}
            onChange={(_, data) => state.setMethod(data.value)}
            data-testid="merge-method"
          >
            {MERGE_METHODS.map((m) => (
              <Radio key={m} value={m} label={t.methods[m]} />
            ))}
          </RadioGroup>
        </Field>
        <Field
          label={t.deliberation.limit}
          hint={state.limitValid ? t.deliberation.limitHint : undefined}
          validationState={state.limitValid ? "none" : "error"}
          validationMessage={state.limitValid ? undefined : t.deliberation.limitInvalid}
        >
          <Input
            inputMode="decimal"
            value={state.limitText}
            onChange={(_, data) => state.setLimitText(data.value)}
            data-testid="merge-deviation-limit"
          />
        </Field>
      </section>
      <hr className={styles.divider} />
      {state.result ? (
        <ConsensusPanel result={state.result} onAgree={state.agree} agreeing={state.agreeing} />
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={state.write}
          disabled={!ready || state.adapter === null || state.writing}
          aria-describedby={ready ? undefined : "gridscore-merge-needs"}
        >
          {t.write}
        </Button>
        <Button
          icon={<DownloadIcon />}
          onClick={state.download}
          disabled={!ready || state.downloading}
          aria-describedby={ready ? undefined : "gridscore-merge-needs"}
        >
          {t.download}
        </Button>
      </div>
      {ready ? null : (
        <Text id="gridscore-merge-needs" size={200} className={styles.muted}>
          {t.needsConsensus}
        </Text>
      )}
      <BusyIndicator
        busy={state.writing || state.downloading}
        label={state.writing ? t.writing : t.downloading}
      />
    </div>
  );
}
