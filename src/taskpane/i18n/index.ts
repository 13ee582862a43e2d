import { stringsEnUS } from "./strings.en-US";
import { stringsZhCN } from "./strings.zh-CN";
import type { Locale, Strings } from "./types";

export type {
  Locale,
  MergeStrings,
  Operation,
  ReportSource,
  ReportStrings,
  Strings,
  ViewId,
} from "./types";
export { resolveLocale } from "./locale";
export { StringsContext } from "./StringsContext";
export { useStrings } from "./useStrings";
export { stringsEnUS, stringsZhCN };

/** Every shipped language pack by locale, for lookups without a switch. */
export const STRINGS: Readonly<Record<Locale, Strings>> = {
  "zh-CN": stringsZhCN,
  "en-US": stringsEnUS,
};
