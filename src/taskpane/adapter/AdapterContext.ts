import { createContext } from "react";
import type { ScoresheetAdapter } from "../../office/types";

/**
 * The workbook connection the pane talks to: the Office.js adapter in Excel, the same adapter over the
 * simulator in the preview, a fake in tests. null when there is no Excel at all (a plain browser).
 */
export const AdapterContext = createContext<ScoresheetAdapter | null>(null);
AdapterContext.displayName = "AdapterContext";
