import { createContext } from "react";
import { stringsZhCN } from "./strings.zh-CN";
import type { Strings } from "./types";

/** Carries the active language pack down the tree; zh-CN if a component renders outside a provider. */
export const StringsContext = createContext<Strings>(stringsZhCN);
StringsContext.displayName = "StringsContext";
