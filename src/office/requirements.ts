/**
 * Requirement-set checks. The add-in needs ExcelApi 1.9 (page layout, worksheets.onChanged, RangeAreas);
 * anything newer is detected per feature and skipped with a warning instead of failing the write.
 */
import type { AdapterFailure } from "./types";

/** The part of Office.context.requirements the adapter uses. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The minimum the manifest declares; below it every adapter call returns `unsupported`. */
export const BASE_REQUIREMENT = { set: "ExcelApi", version: "1.9" } as const;

interface OfficeGlobal {
  readonly context?: { readonly requirements?: RequirementChecker };
}

/** Office.context.requirements when Office.js is loaded; undefined elsewhere (Node, tests without a shim). */
export function officeRequirements(): RequirementChecker | undefined {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  return office?.context?.requirements;
}

/** A checker that asks Office at call time, and assumes support when no Office host is present to ask. */
export function defaultRequirements(): RequirementChecker {
  return {
    isSetSupported: (name, minVersion) =>
      officeRequirements()?.isSetSupported(name, minVersion) ?? true,
  };
}

/** The `unsupported` failure when the host lacks the base requirement set, else undefined. */
export function baseRequirementFailure(checker: RequirementChecker): AdapterFailure | undefined {
  const { set, version } = BASE_REQUIREMENT;
  return checker.isSetSupported(set, version)
    ? undefined
    : { kind: "unsupported", requirement: `${set} ${version}` };
}
