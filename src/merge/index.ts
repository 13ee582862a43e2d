/**
 * Merging the evaluation group's scoresheets into a consensus (4.2, 6.6).
 */
export * from "./consensus";
export { checkCandidates } from "./checks";
export type { MergeCandidate } from "./checks";
export { readCandidate } from "./inputs";
export {
  buildConsensusWorkbook,
  CONSENSUS_SHEET,
  CONSENSUS_SUMMARY_SHEET,
} from "./consensusLayout";
export { readConsensusXlsx, readLoadedConsensus } from "./readConsensus";
export type { ConsensusRead } from "./readConsensus";
