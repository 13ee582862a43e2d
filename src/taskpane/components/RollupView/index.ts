export { RollupView } from "./RollupView";
export type { RollupViewProps } from "./RollupView.types";
