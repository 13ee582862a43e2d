import type { EditAlert } from "../SimGrid/SimGrid.types";

export interface EditAlertDialogProps {
  alert: EditAlert | undefined;
  onRetry: () => void;
  onClose: () => void;
}
