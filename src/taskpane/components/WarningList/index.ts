export { WarningList } from "./WarningList";
export type { WarningListProps } from "./WarningList.types";
export { useWarningListStyles } from "./useWarningListStyles";
export { WARNINGS_CAPTION, warningLines } from "./warningLines";
