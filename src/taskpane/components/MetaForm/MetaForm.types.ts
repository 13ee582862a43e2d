import type { Level, Role } from "../../../standard";
import type { Strings } from "../../i18n";
import type { MetaDraft, MetaField } from "../ScoresheetView/ScoresheetView.types";

export interface MetaFormProps {
  draft: MetaDraft;
  onChange: (field: MetaField, value: string) => void;
  disabled?: boolean;
}

export interface MetaFormState {
  strings: Strings;
  headingId: string;
  levelOptions: ReadonlyArray<{ value: Level; label: string }>;
  roleOptions: ReadonlyArray<{ value: Role; label: string }>;
}
