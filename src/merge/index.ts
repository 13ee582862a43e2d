/**
 * Merging the evaluation group's scoresheets into a consensus (4.2, 6.6).
 */
export * from "./consensus";
export {
  DEFAULT_DEVIATION_LIMIT,
  agreementLevel,
  agreementReading,
  deviations,
  groupAgreement,
  krippendorffAlpha,
  outliers,
} from "./agreement";
export type { Agreement, AgreementLevel, AlphaMetric } from "./agreement";
export { checkCandidates, excludedFiles, validExperts, withExcluded } from "./checks";
export type { MergeCandidate } from "./checks";
export { readCandidate } from "./inputs";
export {
  buildConsensusWorkbook,
  CONSENSUS_SHEET,
  CONSENSUS_SUMMARY_SHEET,
} from "./consensusLayout";
export { readConsensusXlsx, readLoadedConsensus } from "./readConsensus";
export type { ConsensusRead } from "./readConsensus";
export { roundingNote } from "./rounding";
export {
  DELIBERATION_HEADERS,
  DEVIATION_LABELS,
  checkAgreed,
  consensusWithAgreed,
  agreedCheckFormula,
} from "./deliberation";
export type { AgreedCheck } from "./deliberation";
export { agreementText } from "./consensusSummary";
export { applyDeliberation } from "./resolve";
export type { ItemDeliberation } from "./resolve";
export { consensusGroup, consensusMeta, consensusDate } from "./groupOf";
export { fileName, METHOD_ZH } from "./consensusRecord";
