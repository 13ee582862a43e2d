export { MetaForm } from "./MetaForm";
export type { MetaFormProps, MetaFormState } from "./MetaForm.types";
export { useMetaForm } from "./useMetaForm";
export { useMetaFormStyles } from "./useMetaFormStyles";
