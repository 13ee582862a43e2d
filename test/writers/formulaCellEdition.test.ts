/**
 * The per-cell formula check of a scoresheet (src/layout/scoresheetFormulas.ts) runs only on a workbook whose
 * identity sheet records today's formula edition (metaSheet.ts FORMULA_EDITION). It was first written without that
 * gate and refused a filled scoresheet made by an earlier gridscore (same layout, other status words inside its
 * formulas) at every cell (test/hostile/handoff.test.ts's filled.xlsx). A workbook that records no edition, or
 * another, keeps the named-results check: an item's 实得分 typed over there is the stale-subtotal warning, as before.
 */
import { a1, buildScoresheet, COL, META_SHEET } from "../../src/layout";
import type { GridValue, WorkbookModel } from "../../src/layout";
import { loadXlsx, readLoadedScoresheet, writeXlsx } from "../../src/writers/xlsx";
import type { LoadedXlsx } from "../../src/writers/xlsx/readXlsx";

const IDENTITY = {
  workbookId: "w",
  createdAt: "2026-06-01",
  generator: "test",
  kind: "scoresheet",
} as const;

/** Loads a scoresheet with A.1's first item score (K4) typed over as 1 and the `formulas` entry set or removed. */
async function typedOver(formulas: string | undefined): Promise<LoadedXlsx> {
  const model: WorkbookModel = buildScoresheet({ identity: IDENTITY });
  const loaded = await loadXlsx(await writeXlsx(model), "s.xlsx");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const grid = loaded.loaded.grid;
  let formulasRow = -1;
  for (let r = 0; r < grid.rowCount(META_SHEET); r++)
    if (grid.cell(META_SHEET, r, 0) === "formulas") formulasRow = r;
  expect(formulasRow).toBeGreaterThanOrEqual(0);
  const isK4 = (s: string, r: number, c: number) => s === "A.1" && r === 3 && c === COL.score;
  const isStamp = (s: string, r: number) => s === META_SHEET && r === formulasRow;
  return {
    ...loaded.loaded,
    identity: { ...loaded.loaded.identity, formulas },
    grid: {
      ...grid,
      sheetNames: () => grid.sheetNames(),
      rowCount: (s) => grid.rowCount(s),
      cell: (s, r, c): GridValue =>
        isK4(s, r, c)
          ? 1
          : isStamp(s, r)
            ? c === 0 && formulas !== undefined
              ? "formulas"
              : formulas
            : grid.cell(s, r, c),
      formula: (s, r, c) => (isK4(s, r, c) ? undefined : grid.formula?.(s, r, c)),
    },
  };
}

const codesAt = (loaded: LoadedXlsx) => {
  const read = readLoadedScoresheet(loaded);
  return [...read.errors, ...read.warnings]
    .filter((p) => ["formula-overwritten", "cached-mismatch"].includes(p.code))
    .map((p) => [p.code, p.where?.cell]);
};

test("today's edition: the typed-over 实得分 is formula-overwritten at A.1!K4, no stale warning", async () => {
  expect(codesAt(await typedOver("2"))).toEqual([["formula-overwritten", a1(3, COL.score)]]);
});

test.each([[undefined], ["1"]])(
  "formulas entry %p: only the named results are compared, as before the entry existed",
  async (formulas) => {
    const codes = codesAt(await typedOver(formulas));
    expect(codes.some(([code]) => code === "formula-overwritten")).toBe(false);
  }
);

test("the same formula as dynamic-array Excel shows it, with implicit-intersection @, is no change", async () => {
  const model: WorkbookModel = buildScoresheet({ identity: IDENTITY });
  const loaded = await loadXlsx(await writeXlsx(model), "s.xlsx");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const grid = loaded.loaded.grid;
  const original = grid.formula!("A.1", 3, COL.score)!;
  const withAt = `@${original.replace(/SUM\(/g, "@SUM(")}`;
  expect(withAt).not.toBe(original);
  const read = readLoadedScoresheet({
    ...loaded.loaded,
    grid: {
      ...grid,
      sheetNames: () => grid.sheetNames(),
      rowCount: (s) => grid.rowCount(s),
      cell: (s, r, c) => grid.cell(s, r, c),
      formula: (s, r, c) =>
        s === "A.1" && r === 3 && c === COL.score ? withAt : grid.formula?.(s, r, c),
    },
  });
  expect([...read.errors, ...read.warnings].filter((p) => p.code === "formula-changed")).toEqual(
    []
  );
});
