import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { AgreedScoreFormProps } from "./AgreedScoreForm.types";
import { useAgreedScoreForm } from "./useAgreedScoreForm";
import { useAgreedScoreFormStyles } from "./useAgreedScoreFormStyles";

/** The group's decision on one item: agreed score, reason and dissent, checked before it is recorded. */
export function AgreedScoreForm(props: AgreedScoreFormProps): JSX.Element {
  const state = useAgreedScoreForm(props);
  const styles = useAgreedScoreFormStyles();
  const { t } = state;
  return (
    <form
      className={styles.root}
      data-testid="agreed-form"
      onSubmit={(e) => {
        e.preventDefault();
        state.submit();
      }}
    >
      <p className={styles.heading}>{t.formHeading(props.itemId)}</p>
      <Field
        label={t.agreedScore(String(props.cap))}
        validationState={state.errors.length > 0 ? "error" : "none"}
      >
        <Input
          inputMode="decimal"
          value={state.agreed}
          onChange={(_, data) => state.setAgreed(data.value)}
          disabled={props.disabled}
          data-testid="agreed-score"
        />
      </Field>
      <Field label={t.reason}>
        <Textarea
          value={state.reason}
          onChange={(_, data) => state.setReason(data.value)}
          disabled={props.disabled}
          data-testid="agreed-reason"
        />
      </Field>
      <Field label={t.dissent}>
        <Textarea
          value={state.dissent}
          onChange={(_, data) => state.setDissent(data.value)}
          disabled={props.disabled}
          data-testid="agreed-dissent"
        />
      </Field>
      {state.errors.length > 0 ? (
        <ul className={styles.errors} role="alert" data-testid="agreed-errors">
          {state.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div className={styles.actions}>
        <Button size="small" appearance="primary" type="submit" disabled={props.disabled}>
          {t.record}
        </Button>
        <Button size="small" onClick={state.clear} disabled={props.disabled}>
          {t.clear}
        </Button>
      </div>
    </form>
  );
}
