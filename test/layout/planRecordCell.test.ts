/**
 * The scoresheet reader (src/layout/read.ts) names a plan copy's damaged plan record (`plan-record-corrupt`) at the
 * identity sheet's cell holding it: the `planData` value, or the `plan` value when the planData entry is gone, so
 * no reader takes a damaged record for a copy made without a plan. Table-driven over test/support/planRecord.ts.
 */
import { META_SHEET, a1 } from "../../src/layout";
import type { CellModel, WorkbookModel } from "../../src/layout";
import { loadXlsx, readLoadedScoresheet, writeXlsx } from "../../src/writers/xlsx";
import { CORRUPTIONS, damaged, planCopy, planDataCell } from "../support/planRecord";

async function read(model: WorkbookModel) {
  const loaded = await loadXlsx(await writeXlsx(model), "甲.xlsx");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const sheet = readLoadedScoresheet(loaded.loaded);
  return [...sheet.errors, ...sheet.warnings].filter((p) => p.code === "plan-record-corrupt");
}

/** The copy with one identity entry's key renamed, so the reader no longer finds the entry. */
function renamed(model: WorkbookModel, key: string): { model: WorkbookModel; row: number } {
  const meta = model.sheets.find((s) => s.name === META_SHEET)!;
  const isKey = (c: CellModel) =>
    c.col === 0 && c.content.kind === "text" && c.content.text === key;
  const row = meta.cells.find(isKey)!.row;
  return {
    row,
    model: {
      ...model,
      sheets: model.sheets.map((s) =>
        s !== meta
          ? s
          : {
              ...s,
              cells: s.cells.map((c): CellModel =>
                isKey(c) ? { ...c, content: { kind: "text", text: `${key}Old` } } : c
              ),
            }
      ),
    },
  };
}

describe("the reader names a damaged plan record at its cell", () => {
  test.each(CORRUPTIONS)("%s: at the planData value", async (_label, damage, defect) => {
    const model = planCopy();
    expect(await read(damaged(model, damage))).toEqual([
      {
        code: "plan-record-corrupt",
        defect,
        ...(defect === "shape" ? { cause: expect.anything() as unknown } : {}),
        ...(defect === "shape" ? {} : { detail: expect.any(String) as unknown }),
        where: { file: "甲.xlsx", sheet: META_SHEET, cell: planDataCell(model) },
      },
    ]);
  });

  test("the planData entry gone: at the plan value, naming planData as missing", async () => {
    const { model, row } = renamed(planCopy(), "planData");
    // The plan entry sits just above planData (buildScoresheet writes them in that order).
    expect(await read(model)).toEqual([
      {
        code: "plan-record-corrupt",
        defect: "missing",
        detail: "planData",
        where: { file: "甲.xlsx", sheet: META_SHEET, cell: a1(row - 1, 1) },
      },
    ]);
  });

  test("the plan entry gone: at the planData value, naming plan as missing", async () => {
    const { model, row } = renamed(planCopy(), "plan");
    expect(await read(model)).toEqual([
      {
        code: "plan-record-corrupt",
        defect: "missing",
        detail: "plan",
        where: { file: "甲.xlsx", sheet: META_SHEET, cell: a1(row + 1, 1) },
      },
    ]);
  });

  test("a sound plan copy reads without it", async () => {
    expect(await read(planCopy())).toEqual([]);
  });
});
