/**
 * The plan workbook's identity (src/layout/planIdentity.ts), which the layout-sheets part's own tests never ran
 * (the plan and report tests do): asText gives a blank (undefined or null) as "", anything else trimmed; isPlanGrid
 * answers true only when the hidden identity sheet exists and its first row's value is the remediation format,
 * and never asks for a cell of a sheet the grid does not have (Office.js's getItem throws on a missing sheet).
 * Each call runs inside its test.
 */
import type { GridSource, GridValue } from "../../src/layout";
import {
  PLAN_META_SHEET,
  REMEDIATION_FORMAT,
  asText,
  isPlanGrid,
} from "../../src/layout/planIdentity";

/** A grid of the given sheets (cells by "row,col"); asking for a sheet it does not list throws. */
function gridOf(sheets: Record<string, Record<string, GridValue>>): GridSource {
  const sheet = (name: string) => {
    const s = sheets[name];
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    sheetNames: () => Object.keys(sheets),
    rowCount: (name) => Object.keys(sheet(name)).length,
    cell: (name, row, col) => sheet(name)[`${row},${col}`],
  };
}

describe("asText", () => {
  test("a blank cell is empty text", () => {
    expect(asText(undefined)).toBe("");
    expect(asText(null)).toBe("");
  });

  test("anything else is its text, trimmed", () => {
    expect(asText("  整改台账 \n")).toBe("整改台账");
    expect(asText(12.5)).toBe("12.5");
    expect(asText(false)).toBe("false");
    expect(asText(new Date(Date.UTC(2026, 11, 1)))).toBe("2026-12-01");
  });
});

describe("isPlanGrid", () => {
  test("the identity sheet holding the remediation format: a plan", () => {
    const grid = gridOf({
      整改台账: {},
      [PLAN_META_SHEET]: { "0,0": "format", "0,1": REMEDIATION_FORMAT },
    });
    expect(isPlanGrid(grid)).toBe(true);
  });

  test("the format typed with spaces around it still counts", () => {
    const grid = gridOf({ [PLAN_META_SHEET]: { "0,1": ` ${REMEDIATION_FORMAT} ` } });
    expect(isPlanGrid(grid)).toBe(true);
  });

  test("the identity sheet with another format, or none: not a plan", () => {
    expect(isPlanGrid(gridOf({ [PLAN_META_SHEET]: { "0,1": "gridscore-remediation/2" } }))).toBe(
      false
    );
    expect(isPlanGrid(gridOf({ [PLAN_META_SHEET]: { "0,0": REMEDIATION_FORMAT } }))).toBe(false);
    expect(isPlanGrid(gridOf({ [PLAN_META_SHEET]: {} }))).toBe(false);
  });

  test("no identity sheet: not a plan, and the missing sheet is never read", () => {
    expect(isPlanGrid(gridOf({ 说明: { "0,1": REMEDIATION_FORMAT } }))).toBe(false);
    expect(isPlanGrid(gridOf({}))).toBe(false);
  });
});
