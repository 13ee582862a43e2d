export { ProblemsPanel } from "./ProblemsPanel";
export type { ProblemRow, ProblemsPanelProps, ProblemsPanelState } from "./ProblemsPanel.types";
export { MAX_LISTED_PROBLEMS, useProblemsPanel } from "./useProblemsPanel";
export { useProblemsPanelStyles } from "./useProblemsPanelStyles";
