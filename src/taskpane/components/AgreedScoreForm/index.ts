export { AgreedScoreForm } from "./AgreedScoreForm";
export type { AgreedScoreFormProps, AgreedScoreFormState } from "./AgreedScoreForm.types";
export { useAgreedScoreForm } from "./useAgreedScoreForm";
export { useAgreedScoreFormStyles } from "./useAgreedScoreFormStyles";
