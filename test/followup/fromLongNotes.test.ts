/**
 * `new --from` a consensus whose experts' notes together exceed one cell (break test): each expert's note fits a
 * cell (the scoresheet and merge accept it; the consensus sheet shows them cut with a marker and keeps them
 * whole in its hidden data), but the re-evaluation's read-only 上次说明 joined them into one cell and refused
 * the whole command ("文本长 70015 个字符，超过 Excel 单元格上限"), so the group could not start the
 * re-evaluation at all. The shown previous notes are now cut where one row ends (a user trial later found the
 * cell clipped in print, 120 of 360 repeats shown), as the consensus sheet cuts them, with a marker saying how long
 * they are and where the whole text is; nothing reads them back.
 */
import * as path from "path";
import { loadWorkbook, runCli, tmpDir, writeJson } from "./support";
import { PREVIOUS_COL } from "../../src/layout/previousColumns";
import { wrappedLines } from "../../src/layout/builder";

const dir = tmpDir();

function expert(name: string, note: string) {
  return {
    format: "gridscore-evaluation/1",
    meta: {
      organization: "示例区网格化服务管理中心",
      level: "county",
      evaluator: name,
      role: "expert",
    },
    items: {
      "A.1.1": { lines: { "A.1.1.1": 2 }, notes: { "A.1.1.1": note } },
      "A.7.1": { value: 95 },
      "A.7.2": { value: 90 },
      "A.7.3": { level: "national" },
      "A.7.4": { level: "significant" },
    },
  };
}

test("new --from a consensus with 60,000 characters of notes on one line writes, the shown note cut with a marker", async () => {
  const files = ["张三", "李四", "王五"].map((name, k) =>
    writeJson(dir, `e${k}.json`, expert(name, `${name}的意见：`.padEnd(20000, "查")))
  );
  const consensus = path.join(dir, "consensus.xlsx");
  expect((await runCli(["merge", ...files, "-o", consensus])).code).toBe(0);
  const next = path.join(dir, "next.xlsx");
  const r = await runCli(["new", next, "--from", consensus]);
  expect(r.err).not.toContain("超过 Excel 单元格上限");
  expect(r.code).toBe(0);
  const ws = (await loadWorkbook(next)).getWorksheet("A.1")!;
  let shown = "";
  ws.eachRow((row) => {
    const id = row.getCell(PREVIOUS_COL.id + 1).value;
    const note = row.getCell(PREVIOUS_COL.note + 1).value;
    if (id === "A.1.1.1" && typeof note === "string") shown = note;
  });
  expect(shown.startsWith("张三：张三的意见：查")).toBe(true);
  // 3 notes of 20,000 characters, each after its "张三：" (3) head, a line break between: 60,011.
  expect(shown).toMatch(/……（共60011字，此处只显示开头；全文见上次的评估报告和评分表）$/);
  // The whole shown text prints in one row: 24 characters wide, 10 pt, under Excel's 409 pt.
  expect(wrappedLines(shown, 24, 10) * 14 + 4).toBeLessThanOrEqual(409);
  const row = [...Array(ws.rowCount).keys()]
    .map((i) => ws.getRow(i + 1))
    .find((r) => r.getCell(PREVIOUS_COL.id + 1).value === "A.1.1.1")!;
  expect(row.height).toBeGreaterThan(100);
  expect(row.height).toBeLessThanOrEqual(409);
});
