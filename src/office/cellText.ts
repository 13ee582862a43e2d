/**
 * What the Office.js writer puts into Range.formulas for one model cell. Excel parses a written string the
 * way it parses typing, so a text cell is never written bare: in a cell formatted as text ("@") the string
 * is stored as it is; anywhere else it gets a leading apostrophe, which Excel drops from the value and which
 * keeps "=HYPERLINK(...)", "+1", "-", "@x", "1-2" (a date), "TRUE" or "50%" as the text they are.
 */
import type { CellContent } from "../layout";

/** Excel's text number format: strings written into such cells are stored verbatim. */
export const TEXT_FORMAT = "@";

/** The Range.formulas entry for a cell: "=..." for formulas, numbers as numbers, text kept as text. */
export function formulaEntry(content: CellContent, numberFormat: string): string | number {
  switch (content.kind) {
    case "empty":
      return "";
    case "number":
      return Number.isFinite(content.value) ? content.value : "";
    case "formula":
      return `=${content.formula}`;
    case "text":
      if (content.text === "") return "";
      return numberFormat === TEXT_FORMAT ? content.text : `'${content.text}`;
  }
}
