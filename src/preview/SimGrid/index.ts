export { SimGrid } from "./SimGrid";
export type {
  EditAlert,
  GridCell,
  GridColumn,
  GridRow,
  SimGridProps,
  SimGridState,
} from "./SimGrid.types";
export { useSimGrid } from "./useSimGrid";
export { useSimGridStyles } from "./useSimGridStyles";
export { buildGridModel, cellAddress, moveFrom, parseCell, parseTsv } from "./gridModel";
