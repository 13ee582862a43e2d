export { ScoresheetView } from "./ScoresheetView";
export type {
  BusyMap,
  MetaDraft,
  MetaField,
  Notice,
  ScoresheetViewProps,
  ScoresheetViewState,
} from "./ScoresheetView.types";
export { useScoresheetView } from "./useScoresheetView";
export { useScoresheetViewStyles } from "./useScoresheetViewStyles";
export { EMPTY_DRAFT, draftToMeta, metaToDraft } from "./meta";
