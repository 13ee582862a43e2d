/**
 * Every formula cell of a scoresheet is checked against today's layout (src/layout/scoresheetFormulas.ts), not only
 * the named results. An item's 实得分 typed over (A.1!K4 = 5) made the sheet show another subtotal than the
 * standard's, and the reader said only that the subtotal looked stale and to press F9, which mends nothing. Now a
 * constant in place of a formula is `formula-overwritten` and another formula `formula-changed` (errors), naming
 * file, sheet and cell and the row and column, with no stale warning beside them; the 检查 column's text varies with
 * the group's plan, so there only a constant is looked for. Scoresheets made with a plan or from a previous
 * evaluation have none of these problems.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
import { EXAMPLE } from "../followup/support";
import { writeExpertWorkbooks } from "../support/finishScenario";
import { parsedPlan } from "../support/plans";
import { PLAN_FORMAT } from "../../src/engine";
import { COL, a1, buildScoresheet } from "../../src/layout";
import type { GridValue, WorkbookModel } from "../../src/layout";
import { layoutFormulaCells } from "../../src/layout/scoresheetFormulas";
import { loadXlsx, readLoadedScoresheet, writeXlsx } from "../../src/writers/xlsx";
import type { LoadedXlsx } from "../../src/writers/xlsx/readXlsx";

const IDENTITY = {
  workbookId: "w",
  createdAt: "2026-06-01",
  generator: "test",
  kind: "scoresheet",
} as const;

async function load(model: WorkbookModel, file = "s.xlsx"): Promise<LoadedXlsx> {
  const loaded = await loadXlsx(await writeXlsx(model), file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.loaded;
}

/** The loaded workbook with cells edited: a value replaces a formula; a formula text replaces the formula. */
function edited(
  loaded: LoadedXlsx,
  edits: ReadonlyMap<string, { value: GridValue } | { formula: string }>
): LoadedXlsx {
  const grid = loaded.grid;
  const key = (s: string, r: number, c: number) => `${s}|${r}|${c}`;
  return {
    ...loaded,
    grid: {
      ...grid,
      sheetNames: () => grid.sheetNames(),
      rowCount: (s) => grid.rowCount(s),
      cell: (s, r, c) => {
        const e = edits.get(key(s, r, c));
        return e && "value" in e ? e.value : grid.cell(s, r, c);
      },
      formula: (s, r, c) => {
        const e = edits.get(key(s, r, c));
        return e ? ("formula" in e ? e.formula : undefined) : grid.formula?.(s, r, c);
      },
    },
  };
}

const formulaProblems = (loaded: LoadedXlsx) => {
  const read = readLoadedScoresheet(loaded);
  return [...read.errors, ...read.warnings].filter((p) =>
    ["formula-overwritten", "formula-changed", "cached-mismatch"].includes(p.code)
  );
};

describe("a scoresheet's formula cells", () => {
  test("the cells checked: each item's 实得分 and each line's 计入扣分 on the tables, 汇总's figures; not the named ones", () => {
    const at = new Map(layoutFormulaCells().map((c) => [`${c.sheet}!${a1(c.row, c.col)}`, c]));
    // A.1.1's rows are 4–6: its score (K4, merged down), its lines' counted deductions (J4:J6) and checks (L4:L6).
    expect(at.get("A.1!K4")).toMatchObject({
      name: "ScoresheetCell:A.1.1 实得分",
      textMayVary: false,
    });
    expect(at.get("A.1!J5")?.textMayVary).toBe(false);
    expect(at.get("A.1!L4")?.textMayVary).toBe(true);
    // Inputs are not formulas; the subtotal, total and verdict are named results (tamper.ts).
    expect(at.has("A.1!G4")).toBe(false);
    const sheets = new Set([...at.values()].map((c) => c.sheet));
    expect([...sheets].sort()).toEqual(["A.1", "A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "汇总"]);
    for (const c of at.values()) expect(c.formula).not.toMatch(/^=|\$/);
  });

  test("a fresh scoresheet, one with a plan and one from a previous evaluation have no formula problem", async () => {
    const plan = parsedPlan({
      format: PLAN_FORMAT,
      organization: "示例市网格化服务管理中心",
      level: "city",
      notApplicable: [
        { item: "A.3.3", reason: "本市无跨部门联办事项" },
        { item: "A.7.1", reason: "未参加评比" },
      ],
    });
    const fresh = buildScoresheet({ identity: IDENTITY });
    const planned = buildScoresheet({ identity: IDENTITY, plan });
    for (const model of [fresh, planned]) expect(formulaProblems(await load(model))).toEqual([]);
    // A re-evaluation (new --from) adds the previous evaluation's columns beside the table sheets' formulas.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-formula-from-"));
    try {
      const next = path.join(dir, "next.xlsx");
      const r = await runCli(["new", next, "--from", EXAMPLE]);
      expect(r.code).toBe(0);
      const loaded = await loadXlsx(new Uint8Array(fs.readFileSync(next)), next);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      expect(loaded.loaded.grid.sheetNames()).toContain("上次评估");
      expect(formulaProblems(loaded.loaded)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("each formula cell of A.1, A.7 and 汇总 typed over is formula-overwritten there; changed, formula-changed (检查 excepted)", async () => {
    const loaded = await load(buildScoresheet({ identity: IDENTITY }));
    const cells = layoutFormulaCells().filter((c) => ["A.1", "A.7", "汇总"].includes(c.sheet));
    expect(cells.length).toBeGreaterThan(40);
    for (const c of cells) {
      const key = `${c.sheet}|${c.row}|${c.col}`;
      const where = { file: "s.xlsx", sheet: c.sheet, cell: a1(c.row, c.col) };
      expect(formulaProblems(edited(loaded, new Map([[key, { value: 7 }]])))).toEqual([
        { code: "formula-overwritten", name: c.name, value: "7", where },
      ]);
      const changed = formulaProblems(edited(loaded, new Map([[key, { formula: "1+1" }]])));
      expect(changed).toEqual(
        c.textMayVary ? [] : [{ code: "formula-changed", name: c.name, found: "=1+1", where }]
      );
    }
  });

  test("the same formula as Excel or LibreOffice writes it ($, spaces, _xlfn., lower case) is not a change", async () => {
    const loaded = await load(buildScoresheet({ identity: IDENTITY }));
    const k4 = layoutFormulaCells().find(
      (c) => c.sheet === "A.1" && c.row === 3 && c.col === COL.score
    )!;
    const original = loaded.grid.formula!("A.1", 3, COL.score)!;
    const rewritten = original.replace(/K(\d)/g, "$K$$$1").replace(/,/g, ", ").toLowerCase();
    expect(rewritten).not.toBe(original);
    expect(k4).toBeDefined();
    expect(
      formulaProblems(edited(loaded, new Map([["A.1|3|10", { formula: rewritten }]])))
    ).toEqual([]);
  });
});

describe("through the CLI", () => {
  let dir: string;
  let sheet: string | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-formula-cells-"));
    [sheet] = await writeExpertWorkbooks(path.join(dir, "experts"), ["王建国", "李秀英"]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("A.1.1's 实得分 (A.1!K4) typed over as 5 is refused by score, naming the cell and its row, without blaming F9", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sheet!);
    wb.getWorksheet("A.1")!.getCell("K4").value = 5;
    const file = path.join(dir, "k4.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await runCli(["score", file]);
    expect(r.code).not.toBe(0);
    const text = r.err + r.out;
    expect(text).toContain(
      `错误：文件 ${file}，工作表 A.1，单元格 K4：“A.1.1 实得分”单元格 的公式被改成了固定值 5（公式被覆盖或篡改）`
    );
    expect(text).toContain('the formula of the cell "A.1.1 实得分" was replaced by the value 5');
    expect(text).not.toMatch(/未重新计算|F9/);
  });
});
