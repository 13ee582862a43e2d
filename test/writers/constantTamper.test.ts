/**
 * The constants a scoresheet's formulas read are part of its logic (README: Inputs). A new user set 汇总!C13 (the
 * pass mark, 300) to 350, or A.1!D4 (A.1.1's 分值, 5) to 50: `score` gave the standard's score and verdict with
 * no word while the workbook's own formulas showed another verdict or subtotal. Each is now refused by every
 * reader, naming file, sheet and cell, the value expected and the value found, and what to do; changing any one
 * constant of a fresh scoresheet is refused, and changing an input cell is not.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
import { writeExpertWorkbooks } from "../support/finishScenario";
import { a1, buildScoresheet } from "../../src/layout";
import type { GridValue } from "../../src/layout";
import { scoresheetConstants } from "../../src/layout/scoresheetConstants";
import type { LogicConstant } from "../../src/layout/logicConstants";
import { loadXlsx, readLoadedScoresheet, writeXlsx } from "../../src/writers/xlsx";
import type { LoadedXlsx } from "../../src/writers/xlsx/readXlsx";

/** Copies a workbook with cells set through ExcelJS. */
async function editCopy(
  from: string,
  to: string,
  edits: readonly { sheet: string; cell: string; value: ExcelJS.CellValue }[]
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const e of edits) wb.getWorksheet(e.sheet)!.getCell(e.cell).value = e.value;
  await wb.xlsx.writeFile(to);
  return to;
}

const run = async (argv: string[]) => {
  const r = await runCli(argv);
  return { code: r.code, text: r.err + r.out };
};

describe("a scoresheet's constants, through the CLI", () => {
  let dir: string;
  let sheet: string | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-constants-"));
    [sheet] = await writeExpertWorkbooks(path.join(dir, "experts"), ["王建国", "李秀英"]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the untouched scoresheet scores with no constant problem", async () => {
    const r = await run(["score", sheet!]);
    expect(r.code).toBe(0);
    expect(r.text).not.toContain("被改动");
  });

  test("the pass mark 汇总!C13 set to 350 is refused by score, export and merge, without blaming F9", async () => {
    const file = await editCopy(sheet!, path.join(dir, "pass.xlsx"), [
      { sheet: "汇总", cell: "C13", value: 350 },
      // As a spreadsheet leaves it after recalculating: the verdict's cached result follows the new pass mark.
      {
        sheet: "汇总",
        cell: "C14",
        value: { formula: 'IF(C12>=C13,"合格","不合格")', result: "不合格" },
      },
    ]);
    const others = path.join(dir, "experts", "专家1.xlsx");
    for (const argv of [
      ["score", file],
      ["export", file, "-o", path.join(dir, "pass.json"), "--force"],
      ["merge", file, others, "-o", path.join(dir, "pass-consensus.xlsx"), "--force"],
    ]) {
      const r = await run(argv);
      expect(r.code).not.toBe(0);
      expect(r.text).toContain(
        `错误：文件 ${file}，工作表 汇总，单元格 C13：合格线被改动：应为 300，现为 350。`
      );
      expect(r.text).toContain("请把该单元格改回 300");
      expect(r.text).toContain("gridscore new --inputs");
      expect(r.text).toContain("the pass mark was changed: it should be 300, it is 350.");
      expect(r.text).not.toMatch(/未重新计算|F9/);
    }
    // export still writes the entries (they are the expert's, and the remedy): a new scoresheet from them.
    expect(fs.existsSync(path.join(dir, "pass-consensus.xlsx"))).toBe(false);
  });

  test("A.1!D4 (A.1.1's 分值, 5) set to 50 is refused, naming the item", async () => {
    const file = await editCopy(sheet!, path.join(dir, "cap.xlsx"), [
      { sheet: "A.1", cell: "D4", value: 50 },
    ]);
    const r = await run(["score", file, "--json"]);
    expect(r.code).not.toBe(0);
    expect(r.text).toContain(
      `错误：文件 ${file}，工作表 A.1，单元格 D4：A.1.1 的分值被改动：应为 5，现为 50。`
    );
  });

  test("a cell inside a summed range that must stay empty, filled, is refused", async () => {
    // A.1!K5 lies under A.1.1's merged score and inside the subtotal's SUM(K4:K…).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sheet!);
    wb.getWorksheet("A.1")!.unMergeCells("K4:K6");
    wb.getWorksheet("A.1")!.getCell("K5").value = 10;
    const file = path.join(dir, "blank.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run(["score", file]);
    expect(r.code).not.toBe(0);
    expect(r.text).toContain("单元格 K5：应为空的单元格被改动：应为 （空），现为 10。");
  });
});

/** The loaded workbook with cells replaced, formulas kept (a replaced cell holds a constant). */
function withCells(loaded: LoadedXlsx, edits: ReadonlyMap<string, GridValue>): LoadedXlsx {
  const grid = loaded.grid;
  const key = (sheet: string, row: number, col: number) => `${sheet}|${row}|${col}`;
  return {
    ...loaded,
    grid: {
      ...grid,
      sheetNames: () => grid.sheetNames(),
      rowCount: (sheet) => grid.rowCount(sheet),
      cell: (sheet, row, col) => {
        const k = key(sheet, row, col);
        return edits.has(k) ? edits.get(k) : grid.cell(sheet, row, col);
      },
      formula: (sheet, row, col) =>
        edits.has(key(sheet, row, col)) ? undefined : grid.formula?.(sheet, row, col),
    },
  };
}

/** A value other than the constant's, of a kind a person might type. */
function other(c: LogicConstant): GridValue {
  const v = c.expected;
  if (c.blankOnly) return v === "" ? "x" : "";
  if (typeof v === "number") return v + 1;
  return v === "" ? 1 : `${v}x`;
}

describe("any one constant of a fresh scoresheet, changed", () => {
  const model = buildScoresheet({
    identity: { workbookId: "w", createdAt: "2026-06-01", generator: "test", kind: "scoresheet" },
  });
  let loaded: LoadedXlsx;
  beforeAll(async () => {
    const load = await loadXlsx(await writeXlsx(model), "s.xlsx");
    if (!load.ok) throw new Error(JSON.stringify(load.errors));
    loaded = load.loaded;
  });

  test("the constants are the caps, the summary's maxima and pass mark, and the empty cells summed", () => {
    const { constants } = scoresheetConstants();
    const at = new Map(constants.map((c) => [`${c.sheet}!${a1(c.row, c.col)}`, c.expected]));
    expect(at.get("A.1!D4")).toBe(5);
    expect(at.get("A.7!D4")).toBe(20);
    expect(at.get("汇总!C13")).toBe(300);
    expect(at.get("汇总!D12")).toBe(495);
    expect(at.get("A.1!K5")).toBe("");
    // Inputs (status, deduction, note) are never constants.
    expect(at.has("A.1!I4")).toBe(false);
    expect(at.has("A.1!G4")).toBe(false);
    expect(at.has("A.1!H4")).toBe(false);
    const read = readLoadedScoresheet(loaded);
    expect(read.errors.filter((p) => p.code === "constant-changed")).toEqual([]);
  });

  test("each is refused as constant-changed at its cell; each input changed is not", () => {
    const { constants } = scoresheetConstants();
    // Every constant of A.1, A.7 and 汇总, and each other table's first one.
    const firstOf = new Set<string>();
    const sample = constants.filter((c) => {
      if (["A.1", "A.7", "汇总"].includes(c.sheet)) return true;
      if (firstOf.has(c.sheet)) return false;
      firstOf.add(c.sheet);
      return true;
    });
    for (const c of sample) {
      const cell = a1(c.row, c.col);
      const read = readLoadedScoresheet(
        withCells(loaded, new Map([[`${c.sheet}|${c.row}|${c.col}`, other(c)]]))
      );
      const found = read.errors.filter((p) => p.code === "constant-changed");
      expect(found.map((p) => p.where)).toEqual([{ file: "s.xlsx", sheet: c.sheet, cell }]);
    }
    for (const sheet of model.sheets) {
      if (!["A.1", "A.7", "汇总"].includes(sheet.name)) continue;
      for (const cell of sheet.cells) {
        if (cell.locked) continue;
        const typed: GridValue = cell.content.kind === "number" ? 1 : "不适用";
        const read = readLoadedScoresheet(
          withCells(loaded, new Map([[`${sheet.name}|${cell.row}|${cell.col}`, typed]]))
        );
        const problems = [...read.errors, ...read.warnings];
        expect(problems.filter((p) => p.code === "constant-changed")).toEqual([]);
      }
    }
  });
});
