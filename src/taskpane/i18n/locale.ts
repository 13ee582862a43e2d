import type { Locale } from "./types";

/** Maps Office's displayLanguage (e.g. "zh-CN", "zh-TW", "en-GB") to a shipped locale; zh-CN when unknown. */
export function resolveLocale(displayLanguage: string | undefined | null): Locale {
  if (!displayLanguage) return "zh-CN";
  const tag = displayLanguage.trim().toLowerCase();
  if (tag === "") return "zh-CN";
  return tag === "zh" || tag.startsWith("zh-") || tag.startsWith("zh_") ? "zh-CN" : "en-US";
}
