/**
 * A new user's finding 3: once the group settled an item the experts judged differently (an agreed score with its
 * reason on 共识, 6.6), the report and the CLI still repeated "状态判断不一致" as a warning. A settled item's
 * disagreement is not repeated; the report marks it 已评议.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { combineGroup } from "../../src/merge";
import { groupOf } from "../merge/deliberationSupport";
import { runCli, tmpDir, writeJson } from "../followup/support";

const NAMES = ["甲", "乙", "丙"];

function conflicted(agreed?: { agreed: number; reason: string }) {
  const group = groupOf(NAMES, [0, 0, 0], agreed ? { "A.2.2": agreed } : {});
  const items = new Map(group.items);
  const a22 = items.get("A.2.2")!;
  items.set("A.2.2", { ...a22, statuses: ["na", "normal", "normal"] });
  return combineGroup({ ...group, items }, "mean", "2026-11-28T08:00:00.000Z", []);
}

describe("a settled status disagreement is not repeated", () => {
  test("combineGroup warns of the disagreement until an agreed score settles it", () => {
    const open = conflicted();
    expect(open.warnings.filter((w) => w.code === "status-conflict")).toHaveLength(1);
    const settled = conflicted({ agreed: 10, reason: "评估组界定本项不适用" });
    expect(settled.warnings.filter((w) => w.code === "status-conflict")).toEqual([]);
    const item = settled.items.find((i) => i.id === "A.2.2")!;
    expect(item.statusConflict).toBe(true); // still a fact of the merge, and still listed first
    expect(item.flagged).toBe(true);
  });

  test("report of a settled consensus: no warning on stderr, 已评议 in the document", async () => {
    const dir = tmpDir();
    const doc = (evaluator: string, status?: string) => ({
      format: "gridscore-evaluation/1",
      meta: { organization: "示例市", level: "city", evaluator, date: "2026-11-28" },
      items: status ? { "A.2.2": { status } } : {},
    });
    const files = [
      writeJson(dir, "甲.json", doc("甲", "na")),
      writeJson(dir, "乙.json", doc("乙")),
    ];
    const consensus = path.join(dir, "共识.xlsx");
    expect((await runCli(["merge", ...files, "-o", consensus])).code).toBe(0);
    const before = await runCli(["report", consensus, "-o", path.join(dir, "before.docx")]);
    expect(before.err).toContain("A.2.2「标准化导则、指南」：专家对本项的状态判断不一致");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(consensus);
    const ws = wb.getWorksheet("共识")!;
    let row = 0;
    const cols = new Map<string, number>();
    ws.eachRow((r, n) =>
      r.eachCell((c, col) => {
        if (c.value === "A.2.2") row = n;
        if (typeof c.value === "string") cols.set(c.value, col);
      })
    );
    ws.getCell(row, cols.get("评议后得分")).value = 8; // A.2.2's cap
    ws.getCell(row, cols.get("评议理由")).value = "评估组界定本项不适用（7.2）";
    const settled = path.join(dir, "共识-评议后.xlsx");
    await wb.xlsx.writeFile(settled);

    const out = path.join(dir, "after.docx");
    const after = await runCli(["report", settled, "-o", out]);
    expect(after.err).not.toContain("错误");
    expect(after.code).toBe(0);
    expect(after.err).not.toContain("状态判断不一致");
    const text = strFromU8(unzipSync(fs.readFileSync(out))["word/document.xml"]!).replace(
      /<[^>]+>/g,
      ""
    );
    expect(text).toContain("状态判断不一致（已评议）");
    expect(text).toContain(
      "A.2.2：共识方法结果8分 → 评议后得分8分（评议理由：评估组界定本项不适用（7.2））"
    );
  });
});
