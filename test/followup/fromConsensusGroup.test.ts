/**
 * `gridscore new next.xlsx --from consensus.xlsx`: the re-evaluation's 上次评估 sheet names who evaluated as the
 * report does (the group, 评估组（…）, when the consensus records no single evaluator), and the item's 上次说明
 * carries what the group settled by deliberation (6.6): the agreed score with its reason, and a dissent. A new
 * user found both empty: the agreed reason was dropped and 评估人 was blank while the report named the group.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { COL } from "../../src/layout";
import { PREVIOUS_COL } from "../../src/layout/previousColumns";
import { writeXlsx } from "../../src/writers/xlsx";
import { consensusOf, groupOf } from "../merge/deliberationSupport";
import { loadWorkbook, runCli, textOf, tmpDir } from "./support";

const NAMES = ["甲", "乙", "丙", "丁", "戊"];

/** The 1-based row of an id on a table sheet. */
function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (textOf(ws.getCell(r, COL.id + 1)) === id) return r;
  throw new Error(`${id} not found on ${ws.name}`);
}

describe("new --from a consensus: the group and its deliberation carried", () => {
  it("names the group as 评估人 and shows the agreed score, its reason and the dissent on the item", async () => {
    const dir = tmpDir();
    // A.1.1 (5 points) is the first item: losing 2, 3, 1, 2, 2 points scores it 3, 2, 4, 3, 3 (mean 3).
    const { model } = consensusOf(
      groupOf(NAMES, [2, 3, 1, 2, 2], {
        "A.1.1": { agreed: 4, reason: "佐证齐全，评议一致", dissent: "乙：应维持原分" },
      })
    );
    const from = path.join(dir, "consensus.xlsx");
    fs.writeFileSync(from, await writeXlsx(model));
    const out = path.join(dir, "next.xlsx");
    const r = await runCli(["new", out, "--from", from]);
    expect(r.err).not.toMatch(/错误|error/);
    expect(r.code).toBe(0);

    const wb = await loadWorkbook(out);
    const facts = wb.getWorksheet("上次评估")!;
    expect(textOf(facts.getCell("A8"))).toBe("评估人");
    expect(textOf(facts.getCell("B8"))).toBe("评估组（甲、乙、丙、丁、戊）");

    const a1 = wb.getWorksheet("A.1")!;
    const row = rowOf(a1, "A.1.1.1");
    expect(a1.getCell(row, PREVIOUS_COL.itemScore + 1).value).toBe(4);
    const note = textOf(a1.getCell(row, PREVIOUS_COL.note + 1)).split("\n");
    expect(note).toContain("评议：共识方法结果3分 → 评议后得分4分（评议理由：佐证齐全，评议一致）");
    expect(note).toContain("不同意见：乙：应维持原分");
    // Only the item's first line carries them, and another item carries none.
    const second = rowOf(a1, "A.1.2.1");
    expect(textOf(a1.getCell(second, PREVIOUS_COL.note + 1))).not.toMatch(/评议|不同意见/);
  });
});
