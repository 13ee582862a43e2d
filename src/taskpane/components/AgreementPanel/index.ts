export { AgreementPanel } from "./AgreementPanel";
export type {
  AgreementPanelProps,
  AgreementPanelState,
  DeviationRow,
} from "./AgreementPanel.types";
export { useAgreementPanel } from "./useAgreementPanel";
export { useAgreementPanelStyles } from "./useAgreementPanelStyles";
