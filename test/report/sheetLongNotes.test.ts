/**
 * The report sheet (`report --sheet`) never clips a long note (break test): a note of 1,800 characters, an
 * 应有未有 item's note and a long 评价程序 record each took one row, capped at Excel's 409 pt, so Excel and
 * LibreOffice showed and printed their first 27 lines only (48 of 150 repeats of the note in LibreOffice's PDF).
 * Each now continues on the rows below.
 */
import * as path from "path";
import type ExcelJS from "exceljs";
import { loadWorkbook, runCli, tmpDir, writeJson } from "../followup/support";
import { wrappedLines } from "../../src/layout/builder";
import { MAX_ROW_HEIGHT } from "../../src/layout/model";

const dir = tmpDir();
const LONG = "整改说明很长的评估意见，".repeat(150);
const ABSENT = "应有未有的说明，".repeat(200);
const RECORD = "查阅资料清单，".repeat(200);

/** Every row's text in column `col` (merged-away cells count as empty), with the row's width and height. */
function texts(ws: ExcelJS.Worksheet, col: number) {
  const out: { text: string; width: number; height: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cell = ws.getCell(r, col);
    if (cell.isMerged && cell.master !== cell) return;
    if (typeof cell.value !== "string" || cell.value === "") return;
    let width = 0;
    for (let c = col; c <= ws.columnCount; c++) {
      const other = ws.getCell(r, c);
      if (c > col && !(other.isMerged && other.master === cell)) break;
      width += ws.getColumn(c).width ?? 9;
    }
    out.push({ text: cell.value, width, height: row.height });
  });
  return out;
}

test("a long note, an 应有未有 note and a long 评价程序 record continue on rows below, whole", async () => {
  const input = writeJson(dir, "long.json", {
    format: "gridscore-evaluation/2",
    meta: { organization: "示例区网格化服务管理中心", evaluator: "张三", role: "expert" },
    items: {
      "A.1.1": { lines: { "A.1.1.1": 2 }, notes: { "A.1.1.1": LONG } },
      "A.3.3": { status: "absent", notes: { "A.3.3": ABSENT } },
      "A.7.1": { value: 95 },
      "A.7.2": { value: 90 },
      "A.7.3": { level: "national" },
      "A.7.4": { level: "significant" },
    },
    procedure: { "6.3": { date: "2026-06-02", people: "李四", notes: RECORD } },
  });
  const sheetFile = path.join(dir, "long.xlsx");
  const r = await runCli([
    "report",
    input,
    "-o",
    path.join(dir, "long.docx"),
    "--sheet",
    sheetFile,
  ]);
  expect(r.code).toBe(0);
  const ws = (await loadWorkbook(sheetFile)).worksheets[0]!;
  const all = [...texts(ws, 1), ...texts(ws, 2), ...texts(ws, 4)].filter((t) =>
    /整改说明|应有未有的说明|查阅资料清单/.test(t.text)
  );
  expect(all.length).toBeGreaterThan(3);
  for (const t of all) {
    expect(t.height ?? 15).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    expect(wrappedLines(t.text, t.width) * 15 + 4).toBeLessThanOrEqual(t.height ?? 19);
  }
  const joined = (col: number) =>
    texts(ws, col)
      .map((t) => t.text)
      .join("");
  expect(joined(2)).toContain(`评估意见（张三，A.1.1.1）：${LONG}`);
  expect(joined(1)).toContain(ABSENT);
  expect(joined(4)).toContain(RECORD);
});
