/**
 * The Office.js adapter's public surface: the pane imports the factory and the contract's types only.
 */
export { createScoresheetAdapter, randomWorkbookId, GENERATOR } from "./adapter";
export type { AdapterOptions } from "./adapter";
export type { ExcelRun } from "./run";
export type { RequirementChecker } from "./requirements";
export { BASE_REQUIREMENT } from "./requirements";
export { columnWidthPoints } from "./writeSheet";
export { CONSENSUS_NAME_PREFIX, consensusNames, consensusPlan } from "./consensus";
export { OWNED_KEY } from "./ownedSheets";
export type * from "./types";
