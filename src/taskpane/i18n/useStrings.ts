import { useContext } from "react";
import { StringsContext } from "./StringsContext";
import type { Strings } from "./types";

/** Returns the active language pack so components never hard-code user-visible text. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
