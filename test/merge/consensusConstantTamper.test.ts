/**
 * The constants a consensus workbook's formulas read are part of its logic (README: Inputs). A new user set
 * 共识汇总!C12 (the pass mark, 300) to 350: report said 合格 with no word while the recalculated sheet said 不合格,
 * and the CLI only blamed a missed recalculation (F9). 共识!D4 (A.7.1's 分值, 20) set to 5 and 共识!A4 (its table
 * id, A.7) set to A.1 were accepted silently too. Each is now refused, naming file, sheet and cell, the value
 * expected and the value found, and what to do; changing any one constant of a fresh consensus is refused, and
 * changing an input cell is not.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
import { writeExpertWorkbooks } from "../support/finishScenario";
import { a1 } from "../../src/layout";
import type { GridValue, WorkbookModel } from "../../src/layout";
import { logicConstants } from "../../src/layout/logicConstants";
import type { LogicConstant } from "../../src/layout/logicConstants";
import { readLoadedConsensus } from "../../src/merge/readConsensus";
import { CONSENSUS_SHEET, CONSENSUS_SUMMARY_SHEET } from "../../src/merge/consensusLayout";
import type { LoadedXlsx } from "../../src/writers/xlsx/readXlsx";
import { loadedConsensus } from "./consensusGrid";
import { groupOf } from "./deliberationSupport";

const NAMES = ["王建国", "李秀英", "张伟", "刘洋", "陈静"];

/** Copies a workbook with constants typed over cells through ExcelJS, the recalculated verdict cached if given. */
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

describe("a consensus workbook's constants, through the CLI", () => {
  let dir: string;
  let consensus: string;
  /** Row 4 of 共识: the first item in the sheet's order. */
  let firstId: string;
  let firstTable: string;
  let firstCap: number;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-consensus-constants-"));
    const experts = await writeExpertWorkbooks(path.join(dir, "experts"), NAMES);
    consensus = path.join(dir, "共识.xlsx");
    const merged = await runCli(["merge", ...experts, "-o", consensus]);
    if (merged.code !== 0) throw new Error(merged.err);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(consensus);
    const ws = wb.getWorksheet(CONSENSUS_SHEET)!;
    firstTable = ws.getCell("A4").text;
    firstId = ws.getCell("B4").text;
    firstCap = Number(ws.getCell("D4").value);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the untouched consensus reports with no constant problem", async () => {
    const r = await run(["report", consensus, "-o", path.join(dir, "ok.docx"), "--force"]);
    expect(r.code).toBe(0);
    expect(r.text).not.toContain("被改动");
  });

  test("the pass mark 共识汇总!C12 set to 350 is refused by report, plan and rollup, without blaming F9", async () => {
    const file = await editCopy(consensus, path.join(dir, "pass.xlsx"), [
      { sheet: CONSENSUS_SUMMARY_SHEET, cell: "C12", value: 350 },
      // As LibreOffice leaves it after recalculating: the verdict's cached result follows the new pass mark.
      {
        sheet: CONSENSUS_SUMMARY_SHEET,
        cell: "C13",
        value: { formula: 'IF(ROUND(C11,9)>=C12,"合格","不合格")', result: "不合格" },
      },
    ]);
    for (const argv of [
      ["report", file, "-o", path.join(dir, "pass.docx"), "--force"],
      ["plan", file, "-o", path.join(dir, "pass-plan.xlsx"), "--force"],
      ["rollup", file, "--json"],
    ]) {
      const r = await run(argv);
      expect(r.code).not.toBe(0);
      expect(r.text).toContain(
        `错误：文件 ${file}，工作表 共识汇总，单元格 C12：合格线被改动：应为 300，现为 350。`
      );
      expect(r.text).toContain("请把该单元格改回 300");
      expect(r.text).toContain("gridscore merge");
      expect(r.text).toContain("error: file");
      expect(r.text).toContain("the pass mark was changed: it should be 300, it is 350.");
      expect(r.text).not.toMatch(/未重新计算|F9/);
    }
    expect(fs.existsSync(path.join(dir, "pass.docx"))).toBe(false);
  });

  test("an item's 分值 共识!D4 set to 5 is refused, naming the item", async () => {
    const file = await editCopy(consensus, path.join(dir, "cap.xlsx"), [
      { sheet: CONSENSUS_SHEET, cell: "D4", value: 5 },
    ]);
    const r = await run(["rollup", file, "--json"]);
    expect(r.code).toBe(1);
    expect(r.text).toContain(`单元格 D4：${firstId} 的分值被改动：应为 ${firstCap}，现为 5。`);
  });

  test("an item's table id 共识!A4 set to another table is refused by report and compare", async () => {
    const other = firstTable === "A.1" ? "A.2" : "A.1";
    const file = await editCopy(consensus, path.join(dir, "table.xlsx"), [
      { sheet: CONSENSUS_SHEET, cell: "A4", value: other },
    ]);
    const report = await run(["report", file, "-o", path.join(dir, "table.docx"), "--force"]);
    expect(report.code).not.toBe(0);
    const says = `单元格 A4：${firstId} 所属的表号被改动：应为 "${firstTable}"，现为 "${other}"。`;
    expect(report.text).toContain(says);
    const compare = await run(["compare", consensus, file]);
    expect(compare.code).toBe(1);
    expect(compare.text).toContain(says);
  });

  test("a formula typed over the pass mark is refused too, even when it gives 300", async () => {
    const file = await editCopy(consensus, path.join(dir, "pass-formula.xlsx"), [
      { sheet: CONSENSUS_SUMMARY_SHEET, cell: "C12", value: { formula: "200+100", result: 300 } },
    ]);
    const r = await run(["rollup", file, "--json"]);
    expect(r.code).toBe(1);
    expect(r.text).toContain('合格线被改动：应为 300，现为 "=200+100"。');
  });
});

/** The loaded workbook with cells replaced, formulas kept (a replaced cell holds a constant). */
function withCells(loaded: LoadedXlsx, edits: ReadonlyMap<string, GridValue>): LoadedXlsx {
  const grid = loaded.grid;
  const key = (sheet: string, row: number, col: number) => `${sheet}|${row}|${col}`;
  return {
    ...loaded,
    grid: {
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

/**
 * A value other than the constant's, of a kind a person might type; for a cell the formulas only test for blank
 * (a status disagreement), a blank one filled or a filled one emptied.
 */
function other(c: LogicConstant): GridValue {
  const v = c.expected;
  if (c.blankOnly) return v === "" ? "x" : "";
  if (typeof v === "number") return v + 1;
  return v === "" ? "x" : `${v}x`;
}

describe("any one constant of a fresh consensus, changed", () => {
  let loaded: LoadedXlsx;
  let model: WorkbookModel;
  beforeAll(async () => {
    // Two experts disagree on A.1.1's status, so one status-disagreement cell holds text.
    const group = groupOf(["甲", "乙", "丙"], [10, 20, 30]);
    const first = group.items.get("A.1.1")!;
    (group.items as Map<string, typeof first>).set("A.1.1", {
      ...first,
      statuses: ["normal", "na", "normal"],
    });
    ({ loaded, model } = await loadedConsensus(group));
  });

  test("the fresh consensus has constants of each kind and reads with no problem", () => {
    const constants = logicConstants(model, new Set([CONSENSUS_SHEET, CONSENSUS_SUMMARY_SHEET]));
    const at = new Set(constants.map((c) => `${c.sheet}!${a1(c.row, c.col)}`));
    // 43 items: a table id and a 分值 each, and the pass mark.
    expect(at.has("共识!A4")).toBe(true);
    expect(at.has("共识!D46")).toBe(true);
    expect(at.has("共识汇总!C12")).toBe(true);
    expect(at.has("共识汇总!C17")).toBe(false); // the deviation limit is an input
    const read = readLoadedConsensus(loaded);
    expect(read.ok).toBe(true);
  });

  test("each is refused as constant-changed at its cell; each input changed is not", () => {
    const constants = logicConstants(model, new Set([CONSENSUS_SHEET, CONSENSUS_SUMMARY_SHEET]));
    expect(constants.length).toBeGreaterThan(43 * 2);
    // Each read rebuilds the layout: every constant of 共识汇总, and 共识's on its first and last item rows and
    // every seventh one between (each kind of constant, on rows of every table).
    const last = Math.max(...constants.map((c) => c.row));
    const sample = constants.filter(
      (c) => c.sheet !== CONSENSUS_SHEET || c.row === 3 || c.row === last || c.row % 7 === 0
    );
    // 共识: table id (A), 分值 (D), status disagreement (S with three experts)
    const kinds = sample.filter((c) => c.sheet === CONSENSUS_SHEET).map((c) => a1(0, c.col));
    expect([...new Set(kinds)].sort()).toEqual(["A1", "D1", "S1"]);
    for (const c of sample) {
      const edits = new Map([[`${c.sheet}|${c.row}|${c.col}`, other(c)]]);
      const read = readLoadedConsensus(withCells(loaded, edits));
      const cell = a1(c.row, c.col);
      expect({ cell: `${c.sheet}!${cell}`, ok: read.ok }).toEqual({
        cell: `${c.sheet}!${cell}`,
        ok: false,
      });
      if (read.ok) continue;
      expect(read.errors).toContainEqual(
        expect.objectContaining({
          code: "constant-changed",
          where: { file: "c.xlsx", sheet: c.sheet, cell },
        })
      );
    }
    for (const sheet of model.sheets) {
      if (sheet.name !== CONSENSUS_SHEET && sheet.name !== CONSENSUS_SUMMARY_SHEET) continue;
      for (const cell of sheet.cells) {
        // Every input of 共识汇总, and of 共识's first two item rows.
        if (cell.locked || (sheet.name === CONSENSUS_SHEET && cell.row > 4)) continue;
        // A valid value for every input: an expert score or agreed score of 0 with a reason is still an
        // input; a text in a text input.
        const typed: GridValue = cell.content.kind === "number" ? 0 : "写明的理由";
        const read = readLoadedConsensus(
          withCells(loaded, new Map([[`${sheet.name}|${cell.row}|${cell.col}`, typed]]))
        );
        const problems = read.ok ? read.result.warnings : read.errors;
        expect(problems.filter((p) => p.code === "constant-changed")).toEqual([]);
      }
    }
  });
});
