import { Field, Input, Select, Text } from "@fluentui/react-components";
import type { MetaFormProps } from "./MetaForm.types";
import { useMetaForm } from "./useMetaForm";
import { useMetaFormStyles } from "./useMetaFormStyles";

/** 被评单位, 层级, 评估人, 角色, 日期: every input inside a labelled Field. */
export function MetaForm(props: MetaFormProps): JSX.Element {
  const state = useMetaForm(props);
  const styles = useMetaFormStyles();
  const { meta } = state.strings;
  const { draft, onChange, disabled } = props;
  return (
    <fieldset className={styles.root} aria-labelledby={state.headingId} disabled={disabled}>
      <legend className={styles.heading}>
        <Text as="h2" id={state.headingId} size={400} weight="semibold">
          {meta.heading}
        </Text>
      </legend>
      <Field label={meta.organization} hint={meta.organizationHint}>
        <Input
          name="organization"
          value={draft.organization}
          autoComplete="organization"
          onChange={(_, data) => onChange("organization", data.value)}
        />
      </Field>
      <Field label={meta.level}>
        <Select
          name="level"
          value={draft.level}
          onChange={(_, data) => onChange("level", data.value)}
        >
          <option value="">{meta.levelPlaceholder}</option>
          {state.levelOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={meta.evaluator}>
          <Input
            className={styles.shrink}
            name="evaluator"
            value={draft.evaluator}
            autoComplete="name"
            onChange={(_, data) => onChange("evaluator", data.value)}
          />
        </Field>
        <Field label={meta.role}>
          <Select
            className={styles.shrink}
            name="role"
            value={draft.role}
            onChange={(_, data) => onChange("role", data.value)}
          >
            <option value="">{meta.rolePlaceholder}</option>
            {state.roleOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={meta.date}>
        <Input
          name="date"
          type="date"
          value={draft.date}
          onChange={(_, data) => onChange("date", data.value)}
        />
      </Field>
    </fieldset>
  );
}
