import { Button, Text, mergeClasses } from "@fluentui/react-components";
import { UploadIcon } from "../icons";
import type { FileDropProps } from "./FileDrop.types";
import { useFileDrop } from "./useFileDrop";
import { useFileDropStyles } from "./useFileDropStyles";

/** The drop zone: a button that opens the file picker (keyboard and screen readers) and takes dropped files. */
export function FileDrop(props: FileDropProps): JSX.Element {
  const state = useFileDrop(props);
  const styles = useFileDropStyles();
  const { t } = state;
  return (
    <div className={styles.root}>
      <input
        ref={state.inputRef}
        type="file"
        multiple
        accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        tabIndex={-1}
        aria-label={t.inputLabel}
        data-testid="merge-files"
        onChange={state.onInputChange}
      />
      <Button
        appearance="outline"
        size="large"
        icon={<UploadIcon />}
        className={mergeClasses(styles.zone, state.dragging && styles.dragging)}
        disabled={props.disabled}
        aria-describedby={state.hintId}
        data-testid="merge-drop"
        onClick={state.openPicker}
        onDragEnter={state.onDragOver}
        onDragOver={state.onDragOver}
        onDragLeave={state.onDragLeave}
        onDrop={state.onDrop}
      >
        {state.dragging ? t.dropHere : t.pick}
      </Button>
      <Text id={state.hintId} size={200} className={styles.hint}>
        {t.pickHint}
      </Text>
    </div>
  );
}
