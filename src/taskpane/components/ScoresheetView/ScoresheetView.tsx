import { Button, Text } from "@fluentui/react-components";
import { BusyIndicator } from "../BusyIndicator";
import { ExportPanel } from "../ExportPanel";
import { MetaForm } from "../MetaForm";
import { NoticeList } from "../NoticeList";
import { ProblemsPanel } from "../ProblemsPanel";
import { LazyRebuildDialog } from "../RebuildDialog";
import { SummaryPanel } from "../SummaryPanel";
import type { ScoresheetViewProps } from "./ScoresheetView.types";
import { useScoresheetView } from "./useScoresheetView";
import { useScoresheetViewStyles } from "./useScoresheetViewStyles";

/** The evaluators' pane: metadata and the one primary action, live checks, live summary, export. */
export function ScoresheetView(props: ScoresheetViewProps): JSX.Element {
  const state = useScoresheetView(props);
  const styles = useScoresheetViewStyles();
  const { write } = state.strings;
  const connected = state.adapter !== null;
  const writing = state.busy.write === true;
  const inspecting = state.busy.inspect === true;
  return (
    <div className={styles.root}>
      <NoticeList notices={state.notices} onDismiss={state.dismiss} />
      <MetaForm draft={state.draft} onChange={state.setField} disabled={writing} />
      <div className={styles.write}>
        <Button
          appearance="primary"
          onClick={state.requestWrite}
          disabled={!connected || writing || inspecting}
          data-testid="write"
        >
          {state.exists ? write.rebuild : write.create}
        </Button>
        {state.exists ? (
          <Text size={200} className={styles.hint}>
            {write.existsHint}
          </Text>
        ) : null}
        <BusyIndicator
          busy={writing || inspecting}
          label={writing ? write.busy : write.inspecting}
        />
      </div>
      <LazyRebuildDialog
        open={state.confirmOpen}
        onConfirm={state.confirmRebuild}
        onCancel={state.cancelRebuild}
      />
      <hr className={styles.divider} />
      <ProblemsPanel live={state.live} onSelect={state.select} canSelect={connected} />
      <hr className={styles.divider} />
      <SummaryPanel
        live={state.live}
        exists={state.exists}
        onRecheck={state.recheck}
        checking={state.busy.live === true}
        canCheck={connected}
      />
      <hr className={styles.divider} />
      <ExportPanel
        adapter={state.adapter}
        exists={state.exists}
        meta={state.meta}
        workbookMeta={state.live?.meta}
        reportFailure={state.reportFailure}
        clearFailure={state.clearFailure}
        announce={state.announce}
        save={props.save}
        downloadGapMs={props.downloadGapMs}
      />
    </div>
  );
}
