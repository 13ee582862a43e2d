/**
 * A finding's 评估意见 is never clipped in the plan (break test): six experts' notes of 60 characters each, or one
 * long note, need more than Excel's 409 pt row; the plan capped the row and Excel and LibreOffice showed and
 * printed only its first 27 lines (53 of 360 repeats of a note in LibreOffice's PDF). A finding whose notes do
 * not fit one row now continues on the rows below, its other cells (inputs included) merged down beside them,
 * and the plan reads back as before.
 */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { loadWorkbook, runCli, tmpDir, writeJson } from "../followup/support";
import { readPlanGrid } from "../../src/report/planRead";
import { PLAN_COL, PLAN_ROWS, PLAN_SHEET } from "../../src/report/planSheet";
import { wrappedLines } from "../../src/layout/builder";
import { MAX_ROW_HEIGHT } from "../../src/layout/model";
import { excelGrid } from "../../src/writers/xlsx";

const dir = tmpDir();
const LONG = "整改说明很长的评估意见，".repeat(150);

function evaluation(notes: Record<string, string>) {
  return {
    format: "gridscore-evaluation/1",
    meta: { organization: "示例区网格化服务管理中心", evaluator: "张三", role: "expert" },
    items: {
      "A.1.1": { lines: { "A.1.1.1": 2 }, notes },
      "A.1.2": { lines: { "A.1.2.1": 1 }, notes: { "A.1.2.1": "机构图未含标准化机构" } },
      "A.7.1": { value: 95 },
      "A.7.2": { value: 90 },
      "A.7.3": { level: "national" },
      "A.7.4": { level: "significant" },
    },
  };
}

async function planOf(name: string, notes: Record<string, string>) {
  const input = writeJson(dir, `${name}.json`, evaluation(notes));
  const out = path.join(dir, `${name}.xlsx`);
  const r = await runCli(["plan", input, "-o", out]);
  expect(r.code).toBe(0);
  return loadWorkbook(out);
}

/** A cell's text; "" in a cell merged into another (ExcelJS repeats the master's value there). */
function textAt(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = ws.getCell(row + 1, col + 1);
  if (cell.isMerged && cell.master !== cell) return "";
  return typeof cell.value === "string" ? cell.value : "";
}

/** The notes cells of the finding at `key`: its row and the rows below without a key of their own. */
function blockOf(ws: ExcelJS.Worksheet, key: string): number[] {
  let row = PLAN_ROWS.first;
  while (textAt(ws, row, PLAN_COL.key) !== key) row++;
  const rows = [row++];
  while (textAt(ws, row, PLAN_COL.key) === "" && textAt(ws, row, PLAN_COL.notes) !== "")
    rows.push(row++);
  return rows;
}

describe("long 评估意见 in the plan", () => {
  test("a note longer than one row continues below, whole, and every row holds its text", async () => {
    const wb = await planOf("one-long", { "A.1.1.1": LONG });
    const ws = wb.getWorksheet(PLAN_SHEET)!;
    const rows = blockOf(ws, "A.1.1.1");
    expect(rows.length).toBeGreaterThan(1);
    const width = ws.getColumn(PLAN_COL.notes + 1).width!;
    const shown = rows.map((r) => textAt(ws, r, PLAN_COL.notes));
    expect(shown.join("")).toBe(`评估意见（张三，A.1.1.1）：${LONG}`);
    for (const [k, r] of rows.entries()) {
      const height = ws.getRow(r + 1).height;
      expect(height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
      expect(wrappedLines(shown[k]!, width) * 15 + 4).toBeLessThanOrEqual(height);
    }
  });

  test("several notes are split between notes, and the finding's other cells span its rows", async () => {
    const notes = Object.fromEntries(
      ["A.1.1.1", "A.1.1.2", "A.1.1.3"].map((id, k) => [id, `${k}号意见：`.padEnd(200, "查")])
    );
    const wb = await planOf("three", notes);
    const ws = wb.getWorksheet(PLAN_SHEET)!;
    const rows = blockOf(ws, "A.1.1.1");
    expect(rows.length).toBeGreaterThan(1);
    const shown = rows.map((r) => textAt(ws, r, PLAN_COL.notes));
    for (const id of Object.keys(notes))
      expect(shown.filter((t) => t.includes(`${id}）：${notes[id]!}`))).toHaveLength(1);
    const last = rows[rows.length - 1]! + 1;
    for (const col of [PLAN_COL.item, PLAN_COL.requirement, PLAN_COL.rule])
      expect(ws.getCell(last, col + 1).master.address).toBe(
        ws.getCell(rows[0]! + 1, col + 1).address
      );
    // Figures and inputs stand in the top row alone; the rows below cannot take an entry the reader would skip.
    for (const col of [
      PLAN_COL.n,
      PLAN_COL.key,
      PLAN_COL.lost,
      PLAN_COL.measure,
      PLAN_COL.status,
    ]) {
      if (col !== PLAN_COL.measure) expect(ws.getCell(rows[0]! + 1, col + 1).value).not.toBeNull();
      for (const r of rows.slice(1)) {
        expect(ws.getCell(r + 1, col + 1).value).toBeNull();
        expect(ws.getCell(r + 1, col + 1).protection?.locked).not.toBe(false);
      }
    }
    expect(ws.getCell(rows[0]! + 1, PLAN_COL.status + 1).protection?.locked).toBe(false);
  });

  test("the plan reads back with one entry a finding, and the next finding keeps its row", async () => {
    const wb = await planOf("read", { "A.1.1.1": LONG });
    const ws = wb.getWorksheet(PLAN_SHEET)!;
    const rows = blockOf(ws, "A.1.1.1");
    const next = rows[rows.length - 1]! + 1;
    expect(textAt(ws, next, PLAN_COL.key)).toBe("A.1.2.1");
    ws.getCell(rows[0]! + 1, PLAN_COL.status + 1).value = "已完成";
    ws.getCell(next + 1, PLAN_COL.status + 1).value = "进行中";
    const file = path.join(dir, "read-filled.xlsx");
    await wb.xlsx.writeFile(file);
    expect(fs.existsSync(file)).toBe(true);
    const read = readPlanGrid(excelGrid(await loadWorkbook(file)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([]);
    expect([...read.entries.keys()]).toEqual(["A.1.1.1", "A.1.2.1"]);
    expect(read.entries.get("A.1.1.1")?.status).toBe("done");
    expect(read.entries.get("A.1.2.1")?.status).toBe("in-progress");
  });
});

describe("a long unit name in the plan's title", () => {
  test("a name too long for the title's one line is given whole on the wrapped line below", async () => {
    const unit = "某某省某某市某某区某某街道网格化服务管理中心".repeat(6);
    const input = writeJson(dir, "unit.json", {
      ...evaluation({}),
      meta: { organization: unit, evaluator: "张三", role: "expert" },
    });
    const out = path.join(dir, "unit.xlsx");
    expect((await runCli(["plan", input, "-o", out])).code).toBe(0);
    const ws = (await loadWorkbook(out)).getWorksheet(PLAN_SHEET)!;
    const title = textAt(ws, 0, 0);
    // The title does not wrap: it must fit one line of its 16 pt text across the sheet's shown columns.
    let width = 0;
    for (let c = 1; c <= PLAN_COL.overdue + 1; c++) width += ws.getColumn(c).width ?? 9;
    expect(wrappedLines(title, width, 16)).toBe(1);
    expect(title).toContain("整改台账");
    expect(textAt(ws, 1, 0)).toContain(`被评单位：${unit}`);
    expect(ws.getCell(2, 1).alignment?.wrapText).toBe(true);
  });
});
