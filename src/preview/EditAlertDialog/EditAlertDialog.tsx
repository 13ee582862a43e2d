import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings } from "../../taskpane/i18n";
import type { EditAlertDialogProps } from "./EditAlertDialog.types";
import { useEditAlertDialogStyles } from "./useEditAlertDialogStyles";

/** Excel's stop alert: the validation's own title and message, Retry (back to the editor) or Cancel. */
export function EditAlertDialog(props: EditAlertDialogProps): JSX.Element {
  const { preview } = useStrings();
  const styles = useEditAlertDialogStyles();
  const alert = props.alert;
  return (
    <Dialog
      open={alert !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) props.onClose();
      }}
    >
      <DialogSurface className={styles.surface} data-testid="sim-alert">
        <DialogBody>
          <DialogTitle>{alert?.title}</DialogTitle>
          <DialogContent className={styles.body}>
            <span className={styles.stop} aria-hidden="true">
              ✕
            </span>
            <span data-testid="sim-alert-message">{alert?.message}</span>
          </DialogContent>
          <DialogActions>
            {alert?.retry ? (
              <Button appearance="primary" onClick={props.onRetry}>
                {preview.alertRetry}
              </Button>
            ) : null}
            <Button appearance={alert?.retry ? "secondary" : "primary"} onClick={props.onClose}>
              {preview.alertCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
