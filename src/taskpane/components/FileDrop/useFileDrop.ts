import { useCallback, useId, useRef, useState } from "react";
import type { ChangeEvent, DragEvent } from "react";
import { useStrings } from "../../i18n";
import type { FileDropProps, FileDropState } from "./FileDrop.types";

/** The picker behind the zone's button, and dropping files onto the zone. */
export function useFileDrop(props: FileDropProps): FileDropState {
  const { onFiles, disabled } = props;
  const t = useStrings().merge;
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const openPicker = useCallback(() => inputRef.current?.click(), []);

  const onInputChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const files = input.files ? Array.from(input.files) : [];
      // Cleared so that choosing the same file again (after correcting it) fires another change.
      input.value = "";
      if (files.length > 0) onFiles(files);
    },
    [onFiles]
  );

  const onDragOver = useCallback(
    (event: DragEvent<HTMLElement>) => {
      if (disabled || !event.dataTransfer.types.includes("Files")) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      setDragging(true);
    },
    [disabled]
  );

  const onDrop = useCallback(
    (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      setDragging(false);
      if (disabled) return;
      const files = Array.from(event.dataTransfer.files);
      if (files.length > 0) onFiles(files);
    },
    [disabled, onFiles]
  );

  return {
    t,
    hintId,
    inputRef,
    dragging,
    openPicker,
    onInputChange,
    onDragOver,
    onDragLeave: () => setDragging(false),
    onDrop,
  };
}
