import type { ChangeEvent, DragEvent, RefObject } from "react";
import type { MergeStrings } from "../../i18n";

export interface FileDropProps {
  /** Receives the picked or dropped files, in their order. */
  onFiles: (files: File[]) => void;
  disabled: boolean;
}

export interface FileDropState {
  t: MergeStrings;
  hintId: string;
  inputRef: RefObject<HTMLInputElement>;
  /** Files are being dragged over the zone. */
  dragging: boolean;
  openPicker: () => void;
  onInputChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}
