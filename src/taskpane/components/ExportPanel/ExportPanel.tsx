import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import { useRef } from "react";
import { BusyIndicator } from "../BusyIndicator";
import { DownloadIcon } from "../icons";
import type { ExportPanelProps, ExportPanelState } from "./ExportPanel.types";
import { useExportPanel } from "./useExportPanel";
import { useExportPanelStyles } from "./useExportPanelStyles";

/** "下载 .xlsx" for the open scoresheet and blank personalised copies for the evaluation group. */
export function ExportPanel(props: ExportPanelProps): JSX.Element {
  const state = useExportPanel(props);
  const styles = useExportPanelStyles();
  const t = state.strings.export;
  const progress = state.blankProgress;
  return (
    <section className={styles.root} aria-labelledby={state.headingId} data-testid="export">
      <Text as="h2" id={state.headingId} size={400} weight="semibold" className={styles.heading}>
        {t.heading}
      </Text>
      <div className={styles.actions}>
        <Button
          icon={<DownloadIcon />}
          onClick={state.download}
          disabled={!state.canDownload || state.downloading}
          aria-describedby={state.canDownload ? undefined : "gridscore-download-hint"}
        >
          {t.download}
        </Button>
      </div>
      {state.canDownload ? null : (
        <Text id="gridscore-download-hint" size={200} className={styles.muted}>
          {t.needsScoresheet}
        </Text>
      )}
      <BusyIndicator busy={state.downloading} label={t.downloading} />

      <Text
        as="h3"
        id={state.blankHeadingId}
        size={300}
        weight="semibold"
        className={styles.subheading}
      >
        {t.blankHeading}
      </Text>
      <PlanPicker state={state} />
      <Field
        label={t.blankNames}
        hint={t.blankHint}
        validationState={state.namesError ? "error" : "none"}
        validationMessage={state.namesError}
      >
        <Textarea
          name="evaluators"
          value={state.names}
          resize="vertical"
          rows={3}
          onChange={(_, data) => state.setNames(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          icon={<DownloadIcon />}
          onClick={state.makeBlankCopies}
          disabled={progress !== undefined}
          aria-describedby={state.blankHeadingId}
        >
          {t.blankButton}
        </Button>
      </div>
      <BusyIndicator
        busy={progress !== undefined}
        label={progress ? t.blankBusy(progress.done, progress.total) : ""}
      />
    </section>
  );
}

/** The optional plan.json: a button for the hidden file input, the file's name, what it holds or why not. */
function PlanPicker({ state }: { state: ExportPanelState }): JSX.Element {
  const styles = useExportPanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const t = state.strings.export;
  return (
    <Field
      label={t.planLabel}
      hint={state.planSummary ?? t.planHint}
      validationState={state.planError ? "error" : "none"}
      validationMessage={state.planError}
    >
      <div className={styles.actions}>
        <Button size="small" onClick={() => input.current?.click()}>
          {t.planPick}
        </Button>
        <Text size={200} className={styles.fileName} data-testid="plan-name">
          {state.planName ?? t.planNone}
        </Text>
        {state.planName ? (
          <Button size="small" appearance="subtle" onClick={state.clearPlan}>
            {t.planClear}
          </Button>
        ) : null}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t.planLabel}
          data-testid="plan-file"
          onChange={(e) => {
            state.pickPlan(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
    </Field>
  );
}
