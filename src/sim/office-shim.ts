/**
 * A tiny Office/Excel global shim so the real add-in code can run in a browser preview page
 * against the simulator: install `window.Office`, `window.Excel` and `window.OfficeExtension`.
 * Only what the add-in touches at startup is provided (onReady, context, isSetSupported,
 * Excel.run and the string enums most often used at runtime).
 */
import { SimExcelError } from "./errors";
import type { SimHost } from "./host";

/** Options of createOfficeShim. */
export interface OfficeShimOptions {
  /** Office.context.displayLanguage (default "zh-CN"). */
  displayLanguage?: string;
  /** Highest supported version per requirement set (default { ExcelApi: "1.9" }). */
  requirementSets?: Record<string, string>;
  /** Office.context.officeTheme (optional). */
  officeTheme?: {
    bodyBackgroundColor: string;
    bodyForegroundColor: string;
    controlBackgroundColor: string;
    controlForegroundColor: string;
  };
  /** Platform reported by onReady (default "OfficeOnline"). */
  platform?: string;
}

/** Compares dotted versions numerically ("1.10" > "1.9"); exported for tests. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((x) => Number(x) || 0);
  const pb = b.split(".").map((x) => Number(x) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

const EXCEL_ENUMS = {
  ConditionalFormatType: { custom: "Custom", cellValue: "CellValue" },
  ConditionalCellValueOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqual: "GreaterThanOrEqual",
    lessThanOrEqual: "LessThanOrEqual",
  },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  EventSource: { local: "Local", remote: "Remote" },
  EventTriggerSource: { thisLocalAddin: "ThisLocalAddin", unknown: "Unknown" },
  DataChangeType: { rangeEdited: "RangeEdited" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    badPassword: "BadPassword",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    propertyNotLoaded: "PropertyNotLoaded",
  },
} as const;

/** The objects to install as globals. */
export interface OfficeShim {
  Office: {
    onReady(
      callback?: (info: { host: string; platform: string }) => unknown
    ): Promise<{ host: string; platform: string }>;
    context: {
      displayLanguage: string;
      requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
      officeTheme?: OfficeShimOptions["officeTheme"];
    };
    HostType: { Excel: "Excel" };
  };
  Excel: typeof EXCEL_ENUMS & { run: SimHost["run"] };
  OfficeExtension: { Error: typeof SimExcelError };
  /** Assigns Office, Excel and OfficeExtension on the target (default globalThis). */
  install(target?: object): void;
}

/** Creates Office/Excel globals bound to a SimHost, for the browser preview page. */
export function createOfficeShim(host: SimHost, options: OfficeShimOptions = {}): OfficeShim {
  const sets = options.requirementSets ?? { ExcelApi: "1.9" };
  const info = { host: "Excel", platform: options.platform ?? "OfficeOnline" };
  const context: OfficeShim["Office"]["context"] = {
    displayLanguage: options.displayLanguage ?? "zh-CN",
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        const max = sets[name];
        if (max === undefined) return false;
        return minVersion === undefined || compareVersions(String(minVersion), max) <= 0;
      },
    },
  };
  if (options.officeTheme) context.officeTheme = options.officeTheme;
  const shim: OfficeShim = {
    Office: {
      onReady(callback) {
        // Office calls the callback asynchronously once the host is ready.
        return Promise.resolve(info).then((ready) => {
          if (callback) callback(ready);
          return ready;
        });
      },
      context,
      HostType: { Excel: "Excel" },
    },
    Excel: { ...EXCEL_ENUMS, run: host.run.bind(host) },
    OfficeExtension: { Error: SimExcelError },
    install(target: object = globalThis) {
      Object.assign(target, {
        Office: shim.Office,
        Excel: shim.Excel,
        OfficeExtension: shim.OfficeExtension,
      });
    },
  };
  return shim;
}
