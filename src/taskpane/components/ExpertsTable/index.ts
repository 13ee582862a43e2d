export { ExpertsTable } from "./ExpertsTable";
export type {
  ExpertRow,
  ExpertsTableProps,
  ExpertsTableState,
  ProblemLine,
} from "./ExpertsTable.types";
export { useExpertsTable } from "./useExpertsTable";
export { useExpertsTableStyles } from "./useExpertsTableStyles";
