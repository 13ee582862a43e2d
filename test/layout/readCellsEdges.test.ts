/**
 * Input cells at their edges (src/layout/readCells.ts, through readScoresheet where the reader adds the item, the
 * line and the cell): rates as fractions (layout 2) or as typed percents (layout 1), formulas with and without a
 * cached result, dates and booleans typed into number cells, and merged input cells.
 */
import { COL, a1, readScoresheet } from "../../src/layout";
import type { GridSource, GridValue } from "../../src/layout";
import { cleanValue, dateSerial, mergedInputs, readInputCell } from "../../src/layout/readCells";
import type { CellProblem } from "../../src/layout/readCells";
import { editableGrid } from "../support/editableGrid";

describe("cleanValue and dateSerial", () => {
  test.each<[GridValue, string | number | null]>([
    [undefined, null],
    [null, null],
    ["", null],
    [" ", " "],
    ["\u3000", "\u3000"],
    [0, 0],
    [true, "TRUE"],
    [false, "FALSE"],
    [new Date(Date.UTC(2026, 0, 5, 13)), "2026-01-05"],
    ["92%", "92%"],
  ])("cleanValue(%p) = %p", (v, expected) => {
    expect(cleanValue(v)).toBe(expected);
  });

  test.each<[Date, number]>([
    [new Date(Date.UTC(1970, 0, 1)), 25569],
    [new Date(Date.UTC(1970, 0, 2)), 25570],
    [new Date(Date.UTC(1899, 11, 30)), 0],
    [new Date(Date.UTC(1970, 0, 1, 12)), 25569.5],
    [new Date(Date.UTC(1970, 0, 1, 6)), 25569.25],
  ])("dateSerial(%p) = %p", (d, serial) => {
    expect(dateSerial(d)).toBe(serial);
  });
});

describe("input values through the reader", () => {
  test.each<[string, string, GridValue, Record<string, unknown> | undefined]>([
    [
      "a rate of layout 2 holds the fraction",
      "A.1.4.4",
      0.925,
      { lines: { "A.1.4.4": { rate: 92.5 } } },
    ],
    ["a rate of 1 is 100 %", "A.1.4.4", 1, { lines: { "A.1.4.4": { rate: 100 } } }],
    ["a rate of 0 is 0 %", "A.1.4.4", 0, { lines: { "A.1.4.4": { rate: 0 } } }],
    [
      "a rate typed as percent text stays text",
      "A.1.4.4",
      "92%",
      { lines: { "A.1.4.4": { rate: "92%" } } },
    ],
    ["a tiered value holds the fraction", "A.7.1", 0.9, { value: 90 }],
    ["a tiered value with three decimals, exactly", "A.7.1", 0.895, { value: 89.5 }],
    ["a tiered value as text stays text", "A.7.1", "90", { value: "90" }],
    ["a blank tiered value is no value", "A.7.1", "", undefined],
    ["a deduction is not shifted", "A.1.1.2", 1.5, { lines: { "A.1.1.2": 1.5 } }],
    ["a boolean reads as Excel shows it", "A.1.1.2", true, { lines: { "A.1.1.2": "TRUE" } }],
    ["a full-width space stays text", "A.1.1.2", "\u3000", { lines: { "A.1.1.2": "\u3000" } }],
  ])("%s", (_n, id, typed, item) => {
    const g = editableGrid();
    const r = g.row(id);
    g.set(r.sheet, r.row, COL.input, typed);
    const read = readScoresheet(g.grid);
    expect(read.problems).toEqual([]);
    const itemId = id === "A.7.1" ? id : id.split(".").slice(0, 3).join(".");
    expect(read.evaluation.items[itemId]).toEqual(item);
  });

  test.each<[string, GridValue, string | undefined, Record<string, unknown>, boolean]>([
    [
      "a %-formatted percent of layout 1 reads as shown, with a warning",
      0.92,
      "0%",
      { value: 92 },
      true,
    ],
    ["with decimals", 0.925, "0.0%", { value: 92.5 }, true],
    [
      "a general-formatted number of layout 1 is the percent itself",
      92,
      "General",
      { value: 92 },
      false,
    ],
    ["no format known: the percent itself", 92, undefined, { value: 92 }, false],
    ["text in layout 1 stays text", "92%", "0%", { value: "92%" }, false],
  ])("layout 1: %s", (_n, typed, format, item, warned) => {
    const g = editableGrid();
    g.identity("layout", "1");
    const r = g.row("A.7.1");
    g.set(r.sheet, r.row, COL.input, typed);
    if (format !== undefined) g.format(r.sheet, r.row, COL.input, format);
    const read = readScoresheet(g.grid, "old.xlsx");
    const old = { code: "old-layout", found: "1", current: "2", where: { file: "old.xlsx" } };
    const counted = (item as { value: unknown }).value;
    expect(read.problems).toEqual([
      old,
      ...(warned
        ? [
            {
              code: "percent-old-layout",
              shown: `${String(counted)}%`,
              counted,
              itemId: "A.7.1",
              where: { file: "old.xlsx", sheet: r.sheet, cell: a1(r.row, COL.input) },
            },
          ]
        : []),
    ]);
    expect(read.evaluation.items["A.7.1"]).toEqual(item);
  });

  test("a formula counts as its cached result, with a warning naming the line", () => {
    const g = editableGrid();
    const r = g.row("A.1.1.2");
    g.set(r.sheet, r.row, COL.input, 2);
    g.formula(r.sheet, r.row, COL.input, "1+1");
    const read = readScoresheet(g.grid, "f.xlsx");
    expect(read.problems).toEqual([
      {
        code: "formula-input",
        formula: "=1+1",
        result: "2",
        itemId: "A.1.1",
        lineId: "A.1.1.2",
        where: { file: "f.xlsx", sheet: r.sheet, cell: a1(r.row, COL.input) },
      },
    ]);
    expect(read.evaluation.items["A.1.1"]).toEqual({ lines: { "A.1.1.2": 2 } });
  });

  test("a formula in a rate cell: the result as Excel stores it, counted as a percent", () => {
    const g = editableGrid();
    const r = g.row("A.7.2");
    g.set(r.sheet, r.row, COL.input, 0.5);
    g.formula(r.sheet, r.row, COL.input, "A1/2");
    const read = readScoresheet(g.grid);
    expect(read.problems).toEqual([
      {
        code: "formula-input",
        formula: "=A1/2",
        result: "0.5",
        itemId: "A.7.2",
        where: { sheet: r.sheet, cell: a1(r.row, COL.input) },
      },
    ]);
    expect(read.evaluation.items["A.7.2"]).toEqual({ value: 50 });
  });

  test.each<[string, GridValue]>([
    ["never calculated", undefined],
    ["calculated to nothing", null],
  ])("a formula %s is an error and counts nothing", (_n, cached) => {
    const g = editableGrid();
    const r = g.row("A.1.1.2");
    g.set(r.sheet, r.row, COL.input, cached);
    g.formula(r.sheet, r.row, COL.input, "SUM(A1:A2)");
    const read = readScoresheet(g.grid);
    expect(read.problems).toEqual([
      {
        code: "formula-uncalculated",
        formula: "=SUM(A1:A2)",
        itemId: "A.1.1",
        lineId: "A.1.1.2",
        where: { sheet: r.sheet, cell: a1(r.row, COL.input) },
      },
    ]);
    expect(read.evaluation.items["A.1.1"]).toBeUndefined();
  });

  test("a formula whose result is text reports the text", () => {
    const problems: CellProblem[] = [];
    const grid: GridSource = {
      sheetNames: () => ["s"],
      rowCount: () => 1,
      cell: () => "",
      formula: () => 'IF(1,"","x")',
    };
    expect(readInputCell(grid, "s", 0, true, "2", (p) => problems.push(p))).toBeNull();
    expect(problems).toEqual([{ code: "formula-input", formula: '=IF(1,"","x")', result: "null" }]);
  });

  test("a grid without formulas or formats reads constants only", () => {
    const problems: CellProblem[] = [];
    const grid: GridSource = { sheetNames: () => ["s"], rowCount: () => 1, cell: () => 0.5 };
    expect(readInputCell(grid, "s", 0, true, "1", (p) => problems.push(p))).toBe(0.5);
    expect(readInputCell(grid, "s", 0, true, "2", (p) => problems.push(p))).toBe(50);
    expect(readInputCell(grid, "s", 0, false, "2", (p) => problems.push(p))).toBe(0.5);
    expect(problems).toEqual([]);
  });
});

describe("merged input cells", () => {
  /** A sheet whose rows 0-1 are headers and rows 2-5 carry ids in COL.id. */
  function sheetGrid(
    ids: readonly (string | number | undefined)[],
    merges: { top: number; left: number; bottom: number; right: number }[]
  ): GridSource {
    return {
      sheetNames: () => ["A.1"],
      rowCount: () => ids.length,
      cell: (_s, r, c) => (c === COL.id ? ids[r] : undefined),
      merges: () => merges,
    };
  }
  const IDS = [undefined, "编号", "A.1.1.1", "A.1.1.2", "x", 5];

  test.each<
    [string, { top: number; left: number; bottom: number; right: number }, string | undefined]
  >([
    [
      "the input column over two id rows",
      { top: 2, left: COL.input, bottom: 3, right: COL.input },
      "G3:G4",
    ],
    [
      "from the input column rightwards",
      { top: 3, left: COL.input, bottom: 3, right: COL.note },
      "G4:H4",
    ],
    ["up to the input column", { top: 2, left: COL.limit, bottom: 2, right: COL.input }, "F3:G3"],
    [
      "right of the input column",
      { top: 2, left: COL.note, bottom: 3, right: COL.status },
      undefined,
    ],
    ["left of the input column", { top: 2, left: COL.cap, bottom: 3, right: COL.limit }, undefined],
    ["header rows only", { top: 0, left: COL.input, bottom: 1, right: COL.input }, undefined],
    [
      "a header row and an id row",
      { top: 1, left: COL.input, bottom: 2, right: COL.input },
      "G2:G3",
    ],
    [
      "rows whose ids are no item ids",
      { top: 4, left: COL.input, bottom: 5, right: COL.input },
      undefined,
    ],
  ])("%s", (_n, m, range) => {
    const expected = range ? [{ code: "merged-input", range }] : [];
    expect(mergedInputs(sheetGrid(IDS, [m]), "A.1", "m.xlsx")).toEqual(
      expected.map((p) => ({ ...p, where: { file: "m.xlsx", sheet: "A.1" } }))
    );
    expect(mergedInputs(sheetGrid(IDS, [m]), "A.1")).toEqual(
      expected.map((p) => ({ ...p, where: { sheet: "A.1" } }))
    );
  });

  test("ids must start with A. and a digit; a grid without merges has none", () => {
    const m = { top: 2, left: COL.input, bottom: 2, right: COL.input };
    expect(mergedInputs(sheetGrid([, , "A.x"], [m]), "A.1")).toEqual([]);
    expect(mergedInputs(sheetGrid([, , "B.1"], [m]), "A.1")).toEqual([]);
    expect(mergedInputs(sheetGrid([, , " A.1"], [m]), "A.1")).toEqual([]);
    expect(mergedInputs(sheetGrid([, , "A.7"], [m]), "A.1")).toEqual([
      { code: "merged-input", range: "G3", where: { sheet: "A.1" } },
    ]);
    const plain: GridSource = { sheetNames: () => [], rowCount: () => 0, cell: () => undefined };
    expect(mergedInputs(plain, "A.1")).toEqual([]);
  });

  test("the reader names merged inputs of every table sheet, and reads the top-left cell", () => {
    const g = editableGrid();
    const a = g.row("A.1.1.1");
    const b = g.row("A.1.1.2");
    g.merge(a.sheet, { top: a.row, left: COL.input, bottom: b.row, right: COL.input });
    g.set(a.sheet, a.row, COL.input, 1);
    g.set(a.sheet, a.row, COL.note, "n");
    const read = readScoresheet(g.grid, "m.xlsx");
    expect(read.problems).toEqual([
      {
        code: "merged-input",
        range: `${a1(a.row, COL.input)}:${a1(b.row, COL.input)}`,
        where: { file: "m.xlsx", sheet: a.sheet },
      },
    ]);
    expect(read.evaluation.items["A.1.1"]).toEqual({
      lines: { "A.1.1.1": 1 },
      notes: { "A.1.1.1": "n" },
    });
  });
});
