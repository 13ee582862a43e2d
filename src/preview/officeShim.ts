/**
 * A minimal stand-in for office.js so the preview page renders without Office. The simulated
 * Excel host (src/sim: createSimulatedExcel / createOfficeShim) takes over this module's job; until
 * then Excel.run rejects with a clear message. See the SIMULATOR INSTALL POINT in ./index.tsx.
 */

export interface PreviewOptions {
  /** Office display language to pretend, from ?lang= (default zh-CN). */
  readonly displayLanguage: string;
  /** Office dark theme, from ?theme=dark. */
  readonly isDarkTheme: boolean;
}

interface ReadyInfo {
  readonly host: "Excel";
  readonly platform: "OfficeOnline";
}

/** The highest ExcelApi version the shim claims, matching the manifest's minimum. */
const SHIM_EXCEL_API = [1, 9] as const;

/** Reads ?lang=en-US&theme=dark so both languages and both themes can be checked in a plain browser. */
export function readPreviewOptions(search: string): PreviewOptions {
  const params = new URLSearchParams(search);
  const lang = params.get("lang");
  return {
    displayLanguage: lang && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(lang) ? lang : "zh-CN",
    isDarkTheme: params.get("theme") === "dark",
  };
}

function isExcelApiSupported(name: string, version?: string): boolean {
  if (name.toLowerCase() !== "excelapi") return false;
  if (!version) return true;
  const [major = 0, minor = 0] = version.split(".").map((part) => Number.parseInt(part, 10) || 0);
  return major < SHIM_EXCEL_API[0] || (major === SHIM_EXCEL_API[0] && minor <= SHIM_EXCEL_API[1]);
}

/** Builds the shim objects without touching any global, so tests can inspect them. */
export function createMinimalOfficeShim(options: PreviewOptions): {
  Office: object;
  Excel: object;
} {
  const readyInfo: ReadyInfo = { host: "Excel", platform: "OfficeOnline" };
  const Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady(callback?: (info: ReadyInfo) => void): Promise<ReadyInfo> {
      callback?.(readyInfo);
      return Promise.resolve(readyInfo);
    },
    context: {
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      officeTheme: { isDarkTheme: options.isDarkTheme },
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "preview-shim" },
      requirements: { isSetSupported: isExcelApiSupported },
    },
  };
  const Excel = {
    run(): Promise<never> {
      return Promise.reject(
        new Error("gridscore preview: no simulated workbook is installed yet (src/sim).")
      );
    },
  };
  return { Office, Excel };
}

/** Installs the minimal shim as window.Office / window.Excel unless a host is already installed. */
export function installOfficeShim(win: Window, options: PreviewOptions): void {
  if (Reflect.get(win, "Office") !== undefined) return;
  const shim = createMinimalOfficeShim(options);
  Reflect.set(win, "Office", shim.Office);
  if (Reflect.get(win, "Excel") === undefined) Reflect.set(win, "Excel", shim.Excel);
}
