/**
 * The workbook's named styles: one table, read by every writer.
 *
 * Number formats (README: Numbers): a scoresheet's scores are exact 2-decimal values, shown by General (5, 4.5,
 * 4.25: no "5." as a "0.##" format shows). A consensus's means are rounded half up to 2 decimals for display
 * only ("0.00"); a shown total never reads as the pass mark when it is below it ("totalShown": 299.99 for
 * 89999/300, where "0.00" shows 300.00). Rate cells are %-formatted ("0.0#%"), so typing 92% shows and counts 92%.
 */
import { totalNumberFormat } from "../engine";
import { STANDARD } from "../standard";
import type { StyleId, StyleModel } from "./model";

export const INPUT_FILL = "#FFF9E0";
export const ERROR_FILL = "#F8CBAD";
export const WARNING_FILL = "#FFE699";
export const CAP_FILL = "#F4B183";

export const STYLES: Readonly<Record<StyleId, StyleModel>> = {
  title: { font: { bold: true, size: 16 }, hAlign: "center", vAlign: "middle" },
  subtitle: { font: { size: 10, color: "#595959" }, hAlign: "left", vAlign: "middle", wrap: true },
  header: {
    font: { bold: true },
    fill: "#D9E1F2",
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: "thin",
  },
  text: { hAlign: "left", vAlign: "top", wrap: true, border: "thin" },
  textCenter: { hAlign: "center", vAlign: "middle", wrap: true, border: "thin" },
  number: { hAlign: "center", vAlign: "middle", border: "thin", numberFormat: "General" },
  /** A figure of totals in a plain cell (a roll-up's mean, median, min, max): as "totalShown" formats it. */
  numberTotal: {
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
    get numberFormat(): string {
      return totalNumberFormat(STANDARD.passMark);
    },
  },
  ratio: { hAlign: "center", vAlign: "middle", border: "thin", numberFormat: "0.0%" },
  input: {
    fill: INPUT_FILL,
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
    numberFormat: "General",
  },
  inputPercent: {
    fill: INPUT_FILL,
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
    numberFormat: "0.0#%",
  },
  inputText: {
    fill: INPUT_FILL,
    hAlign: "left",
    vAlign: "top",
    wrap: true,
    border: "thin",
    numberFormat: "@",
  },
  inputDate: {
    fill: INPUT_FILL,
    hAlign: "left",
    vAlign: "middle",
    border: "thin",
    numberFormat: "yyyy-mm-dd",
  },
  formula: {
    font: { bold: true },
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
    numberFormat: "General",
  },
  score2: {
    font: { bold: true },
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
    numberFormat: "0.00",
  },
  check: {
    font: { color: "#C00000", size: 9 },
    hAlign: "left",
    vAlign: "top",
    wrap: true,
    border: "thin",
  },
  total: {
    font: { bold: true, size: 12 },
    fill: "#E2EFDA",
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
    numberFormat: "General",
  },
  total2: {
    font: { bold: true, size: 12 },
    fill: "#E2EFDA",
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
    numberFormat: "0.00",
  },
  /** A total (consensus, roll-up): "0.00", but never the pass mark for a total below it (README: Numbers). */
  totalShown: {
    font: { bold: true, size: 12 },
    fill: "#E2EFDA",
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
    // A getter: the active edition (and its pass mark) may change after this module loads.
    get numberFormat(): string {
      return totalNumberFormat(STANDARD.passMark);
    },
  },
  verdict: {
    font: { bold: true, size: 14 },
    fill: "#E2EFDA",
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
  },
  /** A verdict sentence whose length depends on the inputs: wrapped in a tall row, never clipped. */
  conclusion: {
    font: { bold: true, size: 11 },
    fill: "#E2EFDA",
    hAlign: "left",
    vAlign: "middle",
    wrap: true,
    border: "thin",
  },
  note: {
    font: { size: 9, color: "#595959", italic: true },
    hAlign: "left",
    vAlign: "top",
    wrap: true,
  },
  /** Small print of a record: full paths, hashes, ids (readable, out of the way). */
  annex: { font: { size: 8, color: "#595959" }, hAlign: "left", vAlign: "top", wrap: true },
  signature: { font: { size: 11 }, hAlign: "left", vAlign: "bottom" },
  /**
   * Ids and helper values in hidden columns. The format ";;;" shows nothing (values stay readable): LibreOffice
   * otherwise draws a hidden cell's text, clipped to nothing, into the PDF, where it reads as stray words.
   */
  hidden: { font: { size: 8, color: "#808080" }, numberFormat: ";;;" },
};
