export { AdapterContext } from "./AdapterContext";
export { useAdapter } from "./useAdapter";
export { describeFailure, failureIntent, settle, unexpectedFailure } from "./failures";
export type { PaneFailure } from "./failures";
export { createHostAdapter } from "./hostAdapter";
