/**
 * What the task pane needs to know about its host (theme, language), read defensively: in a plain
 * browser, or before a simulator is installed, `Office` or `Office.context` may be missing.
 */
import { resolveLocale, type Locale } from "./i18n";

export interface HostEnvironment {
  readonly locale: Locale;
  readonly isDarkTheme: boolean;
}

function property(target: unknown, key: string): unknown {
  if ((typeof target !== "object" && typeof target !== "function") || target === null)
    return undefined;
  try {
    return Reflect.get(target, key);
  } catch {
    return undefined;
  }
}

/** Reads theme and display language from Office.context without assuming Office exists. */
export function readHostEnvironment(): HostEnvironment {
  const context = property(property(globalThis, "Office"), "context");
  const displayLanguage = property(context, "displayLanguage");
  const isDark = property(property(context, "officeTheme"), "isDarkTheme");
  return {
    locale: resolveLocale(typeof displayLanguage === "string" ? displayLanguage : undefined),
    isDarkTheme: isDark === true,
  };
}

/** Resolves once Office.js says the host is ready, or at once when there is no Office at all. */
export async function waitForOffice(): Promise<void> {
  const office = property(globalThis, "Office");
  const onReady = property(office, "onReady");
  if (typeof onReady !== "function") return;
  await (onReady as () => Promise<unknown>).call(office);
}
