import { useId } from "react";
import { useStrings } from "../../i18n";
import { LEVEL_KEYS, ROLE_KEYS } from "./levels";
import type { MetaFormProps, MetaFormState } from "./MetaForm.types";

/** The four levels of section 1 and the two roles, in the standard's order and the pane's language. */
export function useMetaForm(_props: MetaFormProps): MetaFormState {
  const strings = useStrings();
  const headingId = useId();
  return {
    strings,
    headingId,
    levelOptions: LEVEL_KEYS.map((value) => ({
      value,
      label: strings.meta.levels[value],
    })),
    roleOptions: ROLE_KEYS.map((value) => ({
      value,
      label: strings.meta.roles[value],
    })),
  };
}
