import { useContext } from "react";
import type { ScoresheetAdapter } from "../../office/types";
import { AdapterContext } from "./AdapterContext";

/** The adapter given to <App adapter={…} />, or null outside Excel. */
export function useAdapter(): ScoresheetAdapter | null {
  return useContext(AdapterContext);
}
