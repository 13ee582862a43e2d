export { BusyIndicator } from "./BusyIndicator";
export type { BusyIndicatorProps } from "./BusyIndicator.types";
export { useBusyIndicatorStyles } from "./useBusyIndicatorStyles";
