/**
 * The adapter over whatever Excel this page runs in: Office.js in Excel, the simulator's shim in the preview.
 */
import { createScoresheetAdapter } from "../../office";
import type { ScoresheetAdapter } from "../../office/types";

/** The Office.js adapter bound to the global Excel.run, or null when the page has no Excel (a plain browser). */
export function createHostAdapter(): ScoresheetAdapter | null {
  const excel: unknown = Reflect.get(globalThis, "Excel");
  if (typeof excel !== "object" || excel === null) return null;
  if (typeof Reflect.get(excel, "run") !== "function") return null;
  // Excel here is the global the page installed (office.js, or the preview's simulator shim).
  return createScoresheetAdapter(Excel.run);
}
