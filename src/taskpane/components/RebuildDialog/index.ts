export { LazyRebuildDialog } from "./LazyRebuildDialog";
export type { RebuildDialogProps } from "./RebuildDialog.types";
export { useRebuildDialogStyles } from "./useRebuildDialogStyles";
