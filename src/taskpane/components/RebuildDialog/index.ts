export { RebuildDialog } from "./RebuildDialog";
export type { RebuildDialogProps } from "./RebuildDialog.types";
export { useRebuildDialogStyles } from "./useRebuildDialogStyles";
