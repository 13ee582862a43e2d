export { App } from "./App";
export type { AppProps, AppState, ThemeName } from "./App.types";
export { useApp } from "./useApp";
export { useAppStyles } from "./useAppStyles";
