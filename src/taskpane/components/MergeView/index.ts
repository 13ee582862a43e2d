export { MergeView } from "./MergeView";
export type { FileEntry, MergeViewProps, MergeViewState } from "./MergeView.types";
export { useMergeView } from "./useMergeView";
export { useMergeViewStyles } from "./useMergeViewStyles";
export { expertRows, problemText, unplacedErrors } from "./mergeRows";
