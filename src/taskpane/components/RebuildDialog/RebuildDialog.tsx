import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { RebuildDialogProps } from "./RebuildDialog.types";
import { useRebuildDialogStyles } from "./useRebuildDialogStyles";

/** Asks before a rebuild and says exactly what is kept: deductions, notes, statuses and values. */
export function RebuildDialog(props: RebuildDialogProps): JSX.Element {
  const { write } = useStrings();
  const styles = useRebuildDialogStyles();
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) props.onCancel();
      }}
    >
      <DialogSurface className={styles.surface} aria-describedby="gridscore-rebuild-body">
        <DialogBody>
          <DialogTitle>{write.confirmTitle}</DialogTitle>
          <DialogContent id="gridscore-rebuild-body">
            {write.confirmBody}
            <ul className={styles.list}>
              {write.confirmKeeps.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {write.confirmAction}
            </Button>
            <Button appearance="secondary" onClick={props.onCancel}>
              {write.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
