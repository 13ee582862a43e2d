/**
 * One list of Excel's error values (src/layout/excelErrors.ts) for the reader and the simulated host: a grid that
 * gives an error cell as its text (Office.js `values`) is read as an error value for each of them, and the simulated
 * host types each as an error. The simulated host's own copy had lacked #GETTING_DATA.
 */
import { inputKind } from "../../src/layout/readCells";
import { COL } from "../../src/layout/tableColumns";
import type { GridSource } from "../../src/layout";
import { valueTypeOf } from "../../src/sim/cell-values";

// Excel's error values, written down from Office.js's Excel.ErrorCellValueType (not read from the code under test).
const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

const gridHolding = (value: string): GridSource => ({
  sheetNames: () => ["A.1"],
  rowCount: () => 1,
  cell: (_s, r, c) => (r === 0 && c === COL.input ? value : undefined),
});

describe("Excel's error values: the reader and the simulated host take the same list", () => {
  it.each(ERRORS)("%s is an error value to both", (text) => {
    expect(inputKind(gridHolding(text), "A.1", 0)).toBe("error");
    expect(valueTypeOf(text)).toBe("Error");
  });

  it.each(["#N/A ", "N/A", "#DIV/0", "＃N/A", "#"])("%p is text to both", (text) => {
    expect(inputKind(gridHolding(text), "A.1", 0)).toBeUndefined();
    expect(valueTypeOf(text)).toBe("String");
  });
});
