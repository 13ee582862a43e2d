/**
 * The scoresheet's two tamper checks on a grid built from today's layout (README: Inputs): the formula cells
 * (src/layout/scoresheetFormulas.ts) and the constants the formulas read (src/layout/scoresheetConstants.ts). Each
 * test builds the layout's cells itself through the un-memoised builders, so that it is credited with their code
 * (README, Mutation testing: a test is credited only with the code it runs itself).
 */
import {
  COL,
  FORMULA_EDITION,
  LAYOUT_VERSION,
  SUMMARY_SHEET,
  a1,
  buildScoresheet,
} from "../../src/layout";
import type { GridSource, GridValue } from "../../src/layout";
import {
  buildScoresheetConstants,
  scoresheetConstantProblems,
} from "../../src/layout/scoresheetConstants";
import type { LogicConstant } from "../../src/layout/logicConstants";
import {
  buildLayoutFormulaCells,
  scoresheetFormulaProblems,
} from "../../src/layout/scoresheetFormulas";

type Edit = { value: GridValue } | { formula: string };

/**
 * A fresh scoresheet as a grid: each cell's text or number, each formula's text (without "="), with edits by
 * "sheet!A1" and, when asked, sheets left out or no formula access (a source that cannot give formulas).
 */
function scoresheetGrid(
  edits: Record<string, Edit> = {},
  options: { without?: readonly string[]; formulas?: boolean } = {}
): GridSource {
  const model = buildScoresheet({
    identity: { workbookId: "w", createdAt: "2026-06-01", generator: "test", kind: "scoresheet" },
  });
  const values = new Map<string, GridValue>();
  const formulas = new Map<string, string>();
  for (const s of model.sheets)
    for (const c of s.cells) {
      const k = `${s.name}!${a1(c.row, c.col)}`;
      if (c.content.kind === "formula") formulas.set(k, c.content.formula);
      if (c.content.kind === "text") values.set(k, c.content.text);
      if (c.content.kind === "number") values.set(k, c.content.value);
    }
  for (const [k, e] of Object.entries(edits)) {
    formulas.delete(k);
    if ("formula" in e) formulas.set(k, e.formula);
    else values.set(k, e.value);
  }
  const names = model.sheets.map((s) => s.name).filter((n) => !options.without?.includes(n));
  const grid: GridSource = {
    sheetNames: () => names,
    rowCount: () => 400,
    cell: (s, r, c) => values.get(`${s}!${a1(r, c)}`),
  };
  return options.formulas === false
    ? grid
    : { ...grid, formula: (s, r, c) => formulas.get(`${s}!${a1(r, c)}`) };
}

const formulaProblems = (grid: GridSource, layout = LAYOUT_VERSION, edition = FORMULA_EDITION) =>
  scoresheetFormulaProblems(grid, "s.xlsx", layout, edition);

describe("the layout's formula cells", () => {
  test("each is named by its row's line id, item id (an item's 实得分) or 汇总 label, and its column", () => {
    const at = new Map(buildLayoutFormulaCells().map((c) => [`${c.sheet}!${a1(c.row, c.col)}`, c]));
    const names = (refs: string[]) => refs.map((r) => at.get(r)?.name);
    expect(names(["A.1!J4", "A.1!K4", "A.1!L4", "A.1!J5", "A.1!L6", "A.1!K7", "A.7!K4"])).toEqual([
      "ScoresheetCell:A.1.1.1 计入扣分",
      "ScoresheetCell:A.1.1 实得分",
      "ScoresheetCell:A.1.1.1 检查",
      "ScoresheetCell:A.1.1.2 计入扣分",
      "ScoresheetCell:A.1.1.3 检查",
      "ScoresheetCell:A.1.2 实得分",
      "ScoresheetCell:A.7.1 实得分",
    ]);
    expect(names(["汇总!C5", "汇总!F5", "汇总!C11", "汇总!F12", "汇总!C15", "汇总!C17"])).toEqual([
      "ScoresheetCell:A.1 得分",
      "ScoresheetCell:A.1 得分率",
      "ScoresheetCell:A.7 得分",
      "ScoresheetCell:合计 得分率",
      "ScoresheetCell:错误 得分",
      "ScoresheetCell:结论（定稿） 得分",
    ]);
    // 汇总's subtitle row has no label of its own: its cell is named by its address.
    expect(at.get("汇总!A2")?.name).toBe("ScoresheetCell:A2 表");
    // Formulas are held normalised; only the 检查 column's text may vary.
    expect(at.get("汇总!C5")).toMatchObject({ formula: "A.1!K36", textMayVary: false });
    expect(at.get("A.1!L4")?.textMayVary).toBe(true);
    expect([...at.values()].filter((c) => c.textMayVary).every((c) => c.col === COL.check)).toBe(
      true
    );
  });

  test("the named results are tamper.ts's, not here: each subtotal, the total and the verdict", () => {
    const at = new Set(buildLayoutFormulaCells().map((c) => `${c.sheet}!${a1(c.row, c.col)}`));
    for (const named of ["A.1!K36", "A.7!K8", "汇总!C12", "汇总!C14"])
      expect([named, at.has(named)]).toEqual([named, false]);
    // The sheets that neither compute the score nor the verdict are not checked.
    expect(new Set([...at].map((k) => k.split("!")[0]))).toEqual(
      new Set(["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7", SUMMARY_SHEET])
    );
  });
});

describe("scoresheetFormulaProblems", () => {
  test("a fresh scoresheet, and its formulas as Excel writes them, have none", () => {
    expect(formulaProblems(scoresheetGrid())).toEqual([]);
    const excel = scoresheetGrid({
      "A.1!J4": {
        formula:
          "_xlfn.IF(AND(ISNUMBER($G$4), NOT(ISLOGICAL(G4))), IF(ROUND(G4, 2) = G4, G4, 0), 0)",
      },
    });
    expect(formulaProblems(excel)).toEqual([]);
  });

  test.each<[string, GridValue, string]>([
    ["a number", 5, "5"],
    ["a text", "五", "五"],
    ["nothing (undefined)", undefined, ""],
    ["nothing (null)", null, ""],
    ["a date, as its day", new Date(Date.UTC(2026, 4, 20)), "2026-05-20"],
  ])(
    "A.1!K4 holding %s in place of its formula is formula-overwritten, showing %p",
    (_n, value, shown) => {
      expect(formulaProblems(scoresheetGrid({ "A.1!K4": { value } }))).toEqual([
        {
          code: "formula-overwritten",
          name: "ScoresheetCell:A.1.1 实得分",
          value: shown,
          where: { file: "s.xlsx", sheet: "A.1", cell: "K4" },
        },
      ]);
    }
  );

  test("an empty formula text is no formula: formula-overwritten, not formula-changed", () => {
    expect(formulaProblems(scoresheetGrid({ "汇总!F5": { formula: "" } }))).toEqual([
      {
        code: "formula-overwritten",
        name: "ScoresheetCell:A.1 得分率",
        value: "",
        where: { file: "s.xlsx", sheet: "汇总", cell: "F5" },
      },
    ]);
  });

  test("another formula is formula-changed, shown with its =; in the 检查 column it is not", () => {
    const grid = scoresheetGrid({ "A.1!J4": { formula: "G4" }, "A.1!L4": { formula: '""' } });
    expect(formulaProblems(grid)).toEqual([
      {
        code: "formula-changed",
        name: "ScoresheetCell:A.1.1.1 计入扣分",
        found: "=G4",
        where: { file: "s.xlsx", sheet: "A.1", cell: "J4" },
      },
    ]);
  });

  test("nothing is compared for another layout, another or no formula edition, a grid without formulas, a missing sheet", () => {
    const typedOver = { "A.1!K4": { value: 5 }, "A.7!K4": { value: 0 } };
    expect(formulaProblems(scoresheetGrid(typedOver), "1")).toEqual([]);
    expect(formulaProblems(scoresheetGrid(typedOver), LAYOUT_VERSION, "1")).toEqual([]);
    expect(
      scoresheetFormulaProblems(scoresheetGrid(typedOver), "s.xlsx", LAYOUT_VERSION, undefined)
    ).toEqual([]);
    expect(formulaProblems(scoresheetGrid(typedOver, { formulas: false }))).toEqual([]);
    // A.1 missing is the reader's problem; A.7 is still checked.
    expect(
      formulaProblems(scoresheetGrid(typedOver, { without: ["A.1"] })).map((p) => p.where)
    ).toEqual([{ file: "s.xlsx", sheet: "A.7", cell: "K4" }]);
  });
});

describe("the scoresheet's constants and their words", () => {
  test("the caps, the maxima, the pass mark and the cells summed that must stay empty, each with its role", () => {
    const { constants, describe: words } = buildScoresheetConstants();
    const at = new Map(constants.map((c) => [`${c.sheet}!${a1(c.row, c.col)}`, c]));
    const role = (ref: string) => {
      const c = at.get(ref);
      return c && [c.expected, words(c)];
    };
    expect(role("A.1!D4")).toEqual([5, { role: "cap", of: "A.1.1" }]);
    expect(role("A.7!D4")).toEqual([20, { role: "cap", of: "A.7.1" }]);
    expect(role("A.1!K5")).toEqual(["", { role: "blank" }]);
    expect(role("汇总!C13")).toEqual([300, { role: "pass-mark" }]);
    expect(role("汇总!D5")).toEqual([60, { role: "max", of: "A.1" }]);
    expect(role("汇总!D8")).toEqual([115, { role: "max", of: "A.4" }]);
    expect(role("汇总!D12")).toEqual([495, { role: "max", of: "total" }]);
    // Only the table sheets and 汇总: the cover's and the evaluation sheets' cells are read by their own readers.
    const sheets = new Set(constants.map((c) => c.sheet));
    expect([...sheets].sort()).toEqual(["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "汇总"]);
  });

  test("a cell that is none of these (a later layout's constant) is worded as a plain constant", () => {
    const { describe: words } = buildScoresheetConstants();
    const constant = (sheet: string, ref: string, expected: string | number): LogicConstant => {
      const m = /^([A-Z])(\d+)$/.exec(ref)!;
      const col = m[1]!.charCodeAt(0) - 65;
      return { sheet, row: Number(m[2]) - 1, col, expected, blankOnly: false };
    };
    // A table sheet's 评价项目 cell (column A), 汇总's table id, a cover cell in column D; a cap-column cell on the
    // title row, which belongs to no item.
    expect(words(constant("A.1", "A4", "评价项目"))).toEqual({ role: "constant" });
    expect(words(constant(SUMMARY_SHEET, "A5", "A.1"))).toEqual({ role: "constant" });
    expect(words(constant(SUMMARY_SHEET, "C13", 300))).toEqual({ role: "pass-mark" });
    expect(words(constant("说明", "D2", "x"))).toEqual({ role: "constant" });
    expect(words(constant("A.1", "D1", 5))).toEqual({ role: "cap", of: "" });
  });

  test("a changed pass mark is constant-changed at 汇总!C13; a workbook of another layout is not compared", () => {
    const grid = scoresheetGrid({ "汇总!C13": { value: 350 } });
    expect(scoresheetConstantProblems(grid, "s.xlsx")).toEqual([
      {
        code: "constant-changed",
        role: "pass-mark",
        expected: 300,
        found: 350,
        where: { file: "s.xlsx", sheet: "汇总", cell: "C13" },
      },
    ]);
    expect(scoresheetConstantProblems(grid, "s.xlsx", LAYOUT_VERSION)).toHaveLength(1);
    expect(scoresheetConstantProblems(grid, "s.xlsx", "1")).toEqual([]);
    expect(scoresheetConstantProblems(scoresheetGrid(), "s.xlsx")).toEqual([]);
  });
});
