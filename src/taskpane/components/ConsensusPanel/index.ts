export { ConsensusPanel } from "./ConsensusPanel";
export type {
  ConsensusItemRow,
  ConsensusPanelProps,
  ConsensusPanelState,
  ConsensusSubtotalRow,
} from "./ConsensusPanel.types";
export { useConsensusPanel } from "./useConsensusPanel";
export { useConsensusPanelStyles } from "./useConsensusPanelStyles";
