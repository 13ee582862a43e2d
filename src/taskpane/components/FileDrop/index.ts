export { FileDrop } from "./FileDrop";
export type { FileDropProps, FileDropState } from "./FileDrop.types";
export { useFileDrop } from "./useFileDrop";
export { useFileDropStyles } from "./useFileDropStyles";
