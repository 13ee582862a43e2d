export { EditAlertDialog } from "./EditAlertDialog";
export type { EditAlertDialogProps } from "./EditAlertDialog.types";
export { useEditAlertDialogStyles } from "./useEditAlertDialogStyles";
