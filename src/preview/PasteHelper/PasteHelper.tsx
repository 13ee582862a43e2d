import { Button, Field, Input, Text, Textarea } from "@fluentui/react-components";
import type { PasteHelperProps } from "./PasteHelper.types";
import { usePasteHelper } from "./usePasteHelper";
import { usePasteHelperStyles } from "./usePasteHelperStyles";

/** A textarea of tab-separated values, a target cell and a Paste button (host.paste). */
export function PasteHelper(props: PasteHelperProps): JSX.Element {
  const state = usePasteHelper(props);
  const styles = usePasteHelperStyles();
  const p = state.strings.preview;
  return (
    <form
      className={styles.root}
      onSubmit={state.submit}
      aria-labelledby="sim-paste-heading"
      data-testid="paste-helper"
    >
      <Text as="h2" id="sim-paste-heading" size={300} weight="semibold" className={styles.heading}>
        {p.pasteHeading}
      </Text>
      <Field label={p.pasteValues} hint={p.pasteValuesHint} className={styles.field}>
        <Textarea
          name="paste-values"
          value={state.values}
          rows={2}
          resize="vertical"
          onChange={(_, data) => state.setValues(data.value)}
        />
      </Field>
      <Field label={p.pasteTarget} className={styles.field}>
        <Input
          className={styles.shrink}
          name="paste-target"
          value={state.target}
          placeholder={props.selected}
          onChange={(_, data) => state.setTarget(data.value)}
        />
      </Field>
      <Button type="submit" appearance="primary">
        {p.pasteButton}
      </Button>
    </form>
  );
}
