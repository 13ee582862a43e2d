/**
 * The differential test's fast tier (issue 9): the same grammar of typed inputs, with HyperFormula as the second
 * oracle instead of LibreOffice. Each drawn workbook is written as a spreadsheet stores it and read back by the
 * .xlsx reader (the engine's side); the workbook's own formulas, evaluated by HyperFormula over the same cells,
 * must give the same 检查 class, 计入扣分, 实得分, subtotals, total and verdict. No external program needed.
 */
import { caseCount, drawWorkbooks, readOk, readerOnlyMisses } from "./harness";
import { hfSide } from "./hfSide";
import { disagreements, engineSide } from "./oracle";
import { writeCase } from "./write";

// HyperFormula computes every formula it is given: a formula without a cached result is the LibreOffice tier's.
const cases = drawWorkbooks(
  caseCount(240),
  { uncalculatedFormulas: false, booleansInPercentCells: true },
  1
);

describe("the workbook (evaluated by HyperFormula) and the reader + engine agree on typed inputs", () => {
  test.each(cases.map((_, i) => [i]))("workbook %i", async (i) => {
    const c = cases[i]!;
    const sheet = await readOk(await writeCase(c), `hf-${i}.xlsx`);
    const side = hfSide(c);
    try {
      const found = [
        ...readerOnlyMisses(c, sheet).map((m) => ({ where: "reader", workbook: "", engine: m })),
        ...disagreements(side, engineSide(sheet)),
      ];
      expect(found).toEqual([]);
    } finally {
      side.destroy();
    }
  });
});
