/**
 * The workbook's named styles: one table, read by every writer.
 */
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
  number: { hAlign: "center", vAlign: "middle", border: "thin", numberFormat: "0.##" },
  input: {
    fill: INPUT_FILL,
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
    numberFormat: "General",
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
    numberFormat: "0.##",
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
    numberFormat: "0.##",
  },
  verdict: {
    font: { bold: true, size: 14 },
    fill: "#E2EFDA",
    hAlign: "center",
    vAlign: "middle",
    border: "thin",
  },
  note: {
    font: { size: 9, color: "#595959", italic: true },
    hAlign: "left",
    vAlign: "top",
    wrap: true,
  },
  signature: { font: { size: 11 }, hAlign: "left", vAlign: "bottom" },
  hidden: { font: { size: 8, color: "#808080" } },
};
