/**
 * `new --from` a consensus whose experts' notes together exceed one cell (break test): each expert's note fits a
 * cell (the scoresheet and merge accept it; the consensus sheet shows them cut with a marker and keeps them
 * whole in its hidden data), but the re-evaluation's read-only 上次说明 joined them into one cell and refused
 * the whole command ("文本长 70015 个字符，超过 Excel 单元格上限"), so the group could not start the
 * re-evaluation at all. The shown previous notes are now cut as the consensus sheet cuts them, with a marker
 * saying where the whole text is; nothing reads them back.
 */
import * as path from "path";
import { loadWorkbook, runCli, tmpDir, writeJson } from "./support";
import { PREVIOUS_COL } from "../../src/layout/previousColumns";

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
  expect(shown.length).toBeLessThanOrEqual(32767);
  expect(shown.startsWith("张三：张三的意见：查")).toBe(true);
  expect(shown).toMatch(/……（共\d+字，超出单元格上限，全文见上次的评估报告和评分表）$/);
});
