export { PasteHelper } from "./PasteHelper";
export type { PasteHelperProps, PasteHelperState } from "./PasteHelper.types";
export { usePasteHelper } from "./usePasteHelper";
export { usePasteHelperStyles } from "./usePasteHelperStyles";
