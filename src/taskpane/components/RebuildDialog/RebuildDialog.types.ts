export interface RebuildDialogProps {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}
