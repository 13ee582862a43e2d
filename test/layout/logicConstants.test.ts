/**
 * The constants a layout's formulas read (src/layout/logicConstants.ts), on small hand-made workbooks: which cells a
 * formula, a conditional format or a range reads, which of them only for blank, and how a changed one is named
 * (README: Inputs, "A constant the formulas read is part of the logic"). Each test builds what it checks.
 */
import { a1 } from "../../src/layout";
import type {
  CellContent,
  CellModel,
  ConditionalFormatModel,
  GridSource,
  GridValue,
  SheetModel,
  WorkbookModel,
} from "../../src/layout";
import {
  constantFound,
  constantProblems,
  formulaReferences,
  logicConstants,
} from "../../src/layout/logicConstants";
import type { LogicConstant } from "../../src/layout/logicConstants";

const num = (value: number): CellContent => ({ kind: "number", value });
const txt = (text: string): CellContent => ({ kind: "text", text });
const fx = (formula: string): CellContent => ({ kind: "formula", formula });
const EMPTY: CellContent = { kind: "empty" };

/** A cell at an A1 address. */
function at(ref: string, content: CellContent, locked = true): CellModel {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col, content, style: "text", locked };
}

function sheet(
  name: string,
  cells: CellModel[],
  conditionalFormats: ConditionalFormatModel[] = []
): SheetModel {
  return {
    name,
    kind: "table",
    state: "visible",
    columns: [],
    rowHeights: new Map(),
    cells,
    merges: [],
    validations: [],
    conditionalFormats,
    protect: true,
    charts: [],
  };
}

function workbook(...sheets: SheetModel[]): WorkbookModel {
  return {
    sheets,
    names: [],
    styles: {} as WorkbookModel["styles"],
    properties: { title: "", subject: "", creator: "", keywords: "" },
  };
}

/** Locked numbers in A1:D5, each its own value (row * 10 + column). */
function numbers(): CellModel[] {
  const out: CellModel[] = [];
  for (let r = 0; r < 5; r++)
    for (let c = 0; c < 4; c++) out.push({ ...at("A1", num(r * 10 + c)), row: r, col: c });
  return out;
}

/** The constants found, as "sheet!A1". */
const found = (model: WorkbookModel, sheets?: ReadonlySet<string>) =>
  logicConstants(model, sheets).map((c) => `${c.sheet}!${a1(c.row, c.col)}`);

const cell = (row: number, col: number, rowAbsolute = false, colAbsolute = false) => ({
  row,
  col,
  rowAbsolute,
  colAbsolute,
});

describe("formulaReferences", () => {
  test.each([
    ["A1", cell(0, 0)],
    ["A10", cell(9, 0)],
    ["Z9", cell(8, 25)],
    ["AA1", cell(0, 26)],
    ["AB12", cell(11, 27)],
    ["AZ3", cell(2, 51)],
    ["$C4", cell(3, 2, false, true)],
    ["C$4", cell(3, 2, true, false)],
    ["$XFD$1048576", cell(1048575, 16383, true, true)],
  ])("the cell %s", (formula, expected) => {
    expect(formulaReferences(formula, "S")).toEqual([
      { sheet: "S", from: expected, to: expected, blankTest: false },
    ]);
  });

  test("a range, a quoted sheet (with '' for a quote), and references inside string literals skipped", () => {
    expect(formulaReferences("SUM('A.1'!K4:$K$6)+'O''Brien'!B2", "S")).toEqual([
      { sheet: "A.1", from: cell(3, 10), to: cell(5, 10, true, true), blankTest: false },
      { sheet: "O'Brien", from: cell(1, 1), to: cell(1, 1), blankTest: false },
    ]);
    // "B2" and "C3:C4" are text; A1 and D5 are read. A defined name or a function is no reference.
    expect(
      formulaReferences('IF(A1="B2",D5,"C3:C4")+Subtotal_A1+LOG10(2)', "S").map((r) => r.from)
    ).toEqual([cell(0, 0), cell(4, 3)]);
  });

  test.each<[string, string, boolean]>([
    ['A1<>""', "A1", true],
    ['A1=""', "A1", true],
    ['IF(A1<>"",1,0)', "A1", true],
    ['IF(B2="x",A1="",0)', "A1", true],
    ['B1+A1<>""', "A1", true],
    ['B1+A1<>""', "B1", false],
    ['A1&""', "A1", false],
    ['A1<>"x"', "A1", false],
    ['A1<>" "', "A1", false],
    ['A1>""', "A1", false],
    ['A1:A3=""', "A1", false],
    ["A1+1", "A1", false],
    ["A1=0", "A1", false],
    ['IF(A1<>B1,"","")', "A1", false],
  ])("in %s, %s is only tested for blank: %p", (formula, ref, blank) => {
    const refs = formulaReferences(formula, "S").filter((r) => a1(r.from.row, r.from.col) === ref);
    expect(refs.map((r) => r.blankTest)).toEqual([blank]);
  });
});

describe("logicConstants", () => {
  test("locked cells a formula reads, on its sheet and others named; not unlocked inputs, formulas or unread cells", () => {
    const model = workbook(
      sheet("S", [
        at("A1", num(5)),
        at("B1", txt("合格")),
        at("C1", EMPTY),
        at("D1", num(1), false),
        at("E1", fx("A1+B1+C1+D1+F1+'T'!A1+'Gone'!A1")),
        at("F1", fx("1+1")),
        at("G1", txt("not read")),
        at("A2", num(8)),
      ]),
      sheet("T", [at("A1", num(7)), at("B1", num(9))])
    );
    expect(logicConstants(model)).toEqual([
      { sheet: "S", row: 0, col: 0, expected: 5, blankOnly: false },
      { sheet: "S", row: 0, col: 1, expected: "合格", blankOnly: false },
      { sheet: "S", row: 0, col: 2, expected: "", blankOnly: false },
      { sheet: "T", row: 0, col: 0, expected: 7, blankOnly: false },
    ]);
    // Only the sheets asked for: T's cell read from S is not among S's constants.
    expect(found(model, new Set(["S"]))).toEqual(["S!A1", "S!B1", "S!C1"]);
    expect(found(model, new Set(["T"]))).toEqual(["T!A1"]);
    expect(found(model, new Set())).toEqual([]);
  });

  test("a cell far down the sheet is not taken for one near the top (rows past 16,384, Excel's column count)", () => {
    const model = workbook(
      sheet("S", [
        at("A16385", num(1)),
        at("B1", num(2)),
        at("XFD1", num(3)),
        at("A2", num(4)),
        at("C1", fx("A16385+XFD1")),
      ])
    );
    expect(found(model)).toEqual(["S!A16385", "S!XFD1"]);
  });

  test("every cell of a range, whichever corner is written first", () => {
    const forward = workbook(sheet("S", [...numbers(), at("F1", fx("SUM(B2:C3)"))]));
    const backward = workbook(sheet("S", [...numbers(), at("F1", fx("SUM(C3:B2)"))]));
    for (const model of [forward, backward])
      expect(found(model)).toEqual(["S!B2", "S!C2", "S!B3", "S!C3"]);
  });

  /** A conditional format over F1:G2 (two rows, two columns), written for F1. */
  const formatted = (formula: string) =>
    workbook(
      sheet("S", numbers(), [
        { range: { row: 0, col: 5, rows: 2, cols: 2 }, formula, fill: "#FFC7CE" },
      ])
    );

  test.each<[string, string, string[]]>([
    ["a relative cell moves with each cell of the range", "B2>0", ["B2", "C2", "B3", "C3"]],
    ["an absolute cell is read once", "$B$2>0", ["B2"]],
    ["an absolute range is read once", "$B$2:$C$3", ["B2", "C2", "B3", "C3"]],
    ["$B2: the row moves", "$B2>0", ["B2", "B3"]],
    ["B$2: the column moves", "B$2>0", ["B2", "C2"]],
    ["B$1:$B$2: the first cell's column moves", "SUM(B$1:$B$2)", ["B1", "C1", "B2", "C2"]],
    ["$B2:$B$2: the first cell's row moves", "SUM($B2:$B$2)", ["B2", "B3"]],
    ["$B$1:$B1: the last cell's row moves", "SUM($B$1:$B1)", ["B1", "B2"]],
    ["$B$1:B$1: the last cell's column moves", "SUM($B$1:B$1)", ["B1", "C1"]],
  ])("a conditional format: %s", (_name, formula, cells) => {
    expect(found(formatted(formula))).toEqual(cells.map((c) => `S!${c}`));
  });

  test("blankOnly: only a cell every formula reads for blank alone", () => {
    const model = workbook(
      sheet("S", [
        at("A1", txt("x")),
        at("B1", txt("y")),
        at("C1", txt("z")),
        at("D1", txt("w")),
        at("A2", fx('IF(A1<>"",1,0)')),
        at("B2", fx('IF(B1="",1,0)')),
        at("C2", fx("LEN(B1)")),
        at("D2", fx('LEN(C1)+IF(C1="",1,0)')),
        at("E2", fx("LEN(D1)")),
      ])
    );
    expect(logicConstants(model).map((c) => [a1(c.row, c.col), c.blankOnly])).toEqual([
      ["A1", true],
      ["B1", false],
      ["C1", false],
      ["D1", false],
    ]);
  });
});

/** A grid of one sheet "S" with values and formulas by A1 address, and a sheet list. */
function grid(
  values: Record<string, GridValue>,
  formulas: Record<string, string> = {},
  sheets = ["S"]
): GridSource {
  const key = (row: number, col: number) => a1(row, col);
  return {
    sheetNames: () => sheets,
    rowCount: () => 10,
    cell: (s, r, c) => (s === "S" ? values[key(r, c)] : undefined),
    formula: (s, r, c) => (s === "S" ? formulas[key(r, c)] : undefined),
  };
}

describe("constantFound", () => {
  test('a formula as =…, nothing as "", a date as its serial, line breaks as \\n, numbers and booleans as they are', () => {
    const g = grid(
      {
        A1: 5,
        B1: 6,
        C1: null,
        E1: new Date(Date.UTC(2026, 0, 1)),
        F1: "a\r\nb",
        G1: "a\rb",
        H1: "a\nb",
        I1: true,
        J1: "",
      },
      { B1: "A1+1" }
    );
    const of = (ref: string) => {
      const c = at(ref, EMPTY);
      return constantFound(g, { sheet: "S", row: c.row, col: c.col });
    };
    expect(["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1"].map(of)).toEqual([
      5,
      "=A1+1",
      "",
      "",
      46023,
      "a\nb",
      "a\nb",
      "a\nb",
      true,
      "",
    ]);
    // A grid that cannot give formulas gives the cached value.
    const { formula: _ignored, ...values } = g;
    expect(constantFound(values, { sheet: "S", row: 0, col: 1 })).toBe(6);
  });
});

describe("constantProblems", () => {
  const constant = (ref: string, expected: string | number, blankOnly = false): LogicConstant => {
    const c = at(ref, EMPTY);
    return { sheet: "S", row: c.row, col: c.col, expected, blankOnly };
  };
  const describe_ = (c: LogicConstant) => ({ role: "cap" as const, of: a1(c.row, c.col) });

  test("a changed constant: expected and found, named by file, sheet and cell; the same value is no problem", () => {
    const g = grid({ A1: 5, B1: 50, C1: "x", D1: true, E1: false }, { F1: "1+1" });
    const constants = ["A1", "B1", "C1", "D1", "E1", "F1"].map((r) => constant(r, 5));
    expect(constantProblems(g, constants, "s.xlsx", describe_)).toEqual(
      [
        ["B1", 50],
        ["C1", "x"],
        ["D1", "TRUE"],
        ["E1", "FALSE"],
        ["F1", "=1+1"],
      ].map(([cell, value]) => ({
        code: "constant-changed",
        role: "cap",
        of: cell,
        expected: 5,
        found: value,
        where: { file: "s.xlsx", sheet: "S", cell },
      }))
    );
  });

  test("a constant only tested for blank: only blank against not blank counts", () => {
    const g = grid({ A1: "x", B1: "other", D1: "x" });
    const constants = [
      constant("A1", "", true), // must stay empty, filled
      constant("B1", "text", true), // another text: still not blank
      constant("C1", "text", true), // emptied
      constant("D1", "x", true), // unchanged
      constant("E1", "", true), // still empty
    ];
    expect(constantProblems(g, constants, "f", describe_).map((p) => p.where)).toEqual([
      { file: "f", sheet: "S", cell: "A1" },
      { file: "f", sheet: "S", cell: "C1" },
    ]);
  });

  test("a sheet the workbook lacks is left to the reader; the live workbook names no file; a consensus says so", () => {
    const g = grid({ A1: 6 });
    const gone: LogicConstant = { sheet: "Gone", row: 0, col: 0, expected: 5, blankOnly: false };
    const problems = constantProblems(g, [gone, constant("A1", 5)], "", describe_, true);
    expect(problems).toEqual([
      {
        code: "constant-changed",
        role: "cap",
        of: "A1",
        expected: 5,
        found: 6,
        consensus: true,
        where: { sheet: "S", cell: "A1" },
      },
    ]);
    expect(constantProblems(g, [constant("A1", 5)], "f", describe_)[0]).not.toHaveProperty(
      "consensus"
    );
  });
});
