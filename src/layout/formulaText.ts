/**
 * A formula's text reduced to one form, so that a workbook's formula can be compared with the layout's whatever
 * program saved it (README: Inputs, "Stale is not tampered").
 */

/**
 * A formula as Excel, LibreOffice and ExcelJS may each write it, reduced to one form: no "=", no "$", no
 * "_xlfn." prefixes, no implicit-intersection "@" (Microsoft support, "Implicit intersection operator: @"), sheet
 * names unquoted, no spaces and upper case outside string literals.
 *
 * @param formula with or without its leading "="
 */
export function normaliseFormula(formula: string): string {
  const parts = formula.replace(/^=/, "").split('"');
  return parts
    .map((p, i) =>
      i % 2 === 1
        ? p
        : p
            .replace(/\$/g, "")
            .replace(/_xlfn\./gi, "")
            // Dynamic-array Excel shows (and may hand back) "@" where a legacy formula intersects implicitly.
            .replace(/@/g, "")
            .replace(/'((?:[^']|'')+)'!/g, (_, name: string) => `${name.replace(/''/g, "'")}!`)
            .replace(/\s+/g, "")
            .toUpperCase()
    )
    .join('"');
}
