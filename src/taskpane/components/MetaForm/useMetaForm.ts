import { useId } from "react";
import { LEVELS, ROLES } from "../../../standard";
import type { Level, Role } from "../../../standard";
import { useStrings } from "../../i18n";
import type { MetaFormProps, MetaFormState } from "./MetaForm.types";

/** The four levels of section 1 and the two roles, in the standard's order and the pane's language. */
export function useMetaForm(_props: MetaFormProps): MetaFormState {
  const strings = useStrings();
  const headingId = useId();
  return {
    strings,
    headingId,
    levelOptions: (Object.keys(LEVELS) as Level[]).map((value) => ({
      value,
      label: strings.meta.levels[value],
    })),
    roleOptions: (Object.keys(ROLES) as Role[]).map((value) => ({
      value,
      label: strings.meta.roles[value],
    })),
  };
}
