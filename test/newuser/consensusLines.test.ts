/**
 * A new user's finding 6: a consensus's report and remediation plan listed every line of an item that lost points,
 * even lines no expert deducted on (a consensus agrees on items, so the lines were not known). The merge now records
 * the lines some expert lost points on, the consensus workbook keeps them, and only those are listed.
 */
import * as fs from "fs";
import * as path from "path";
import { readConsensusXlsx } from "../../src/merge";
import { buildReportModel } from "../../src/report/build";
import { reportInputFromConsensus } from "../../src/report/consensus";
import { lostLines } from "../../src/merge/lostLines";
import { indexStandard } from "../../src/standard";
import { loadWorkbook, runCli, textOf, tmpDir, writeJson } from "../followup/support";

const doc = (evaluator: string, items: Record<string, unknown>) => ({
  format: "gridscore-evaluation/1",
  meta: { organization: "示例市", level: "city", evaluator, date: "2026-11-28" },
  items,
});

describe("a consensus lists only the lines some expert lost points on", () => {
  test("lostLines: a deduction above 0 or a rate below 100%, by an expert who scored the item normally", () => {
    const a12 = indexStandard().items.get("A.1.2")!;
    const a14 = indexStandard().items.get("A.1.4")!;
    const ev = (items: Record<string, unknown>) =>
      doc("x", items) as unknown as Parameters<typeof lostLines>[1][number]["evaluation"];
    const one = ev({ "A.1.2": { lines: { "A.1.2.1": 2, "A.1.2.2": 0 } } });
    const other = ev({ "A.1.2": { lines: { "A.1.2.3": 2 } } });
    expect(
      lostLines(a12, [
        { evaluation: one, status: "normal" },
        { evaluation: other, status: "absent" }, // ignored: 应有未有 scores 0 whatever is typed
      ])
    ).toEqual(["A.1.2.1"]);
    const rate = (r: number) => ev({ "A.1.4": { lines: { "A.1.4.4": { rate: r } } } });
    expect(lostLines(a14, [{ evaluation: rate(100), status: "normal" }])).toEqual([]);
    expect(lostLines(a14, [{ evaluation: rate(99.99), status: "normal" }])).toEqual(["A.1.4.4"]);
    expect(lostLines(indexStandard().items.get("A.7.1")!, [])).toEqual([]);
  });

  test("report and plan of a consensus workbook: A.1.2 shows A.1.2.1 only, A.1.4 shows A.1.4.4 only", async () => {
    const dir = tmpDir();
    // 甲 deducts 2 on A.1.2.1 and has 50% on A.1.4.4 (deducts 1); 乙 deducts 2 on A.1.2.1. Neither wrote a note.
    const files = [
      writeJson(
        dir,
        "甲.json",
        doc("甲", {
          "A.1.2": { lines: { "A.1.2.1": 2 } },
          "A.1.4": { lines: { "A.1.4.4": { rate: 50 } } },
        })
      ),
      writeJson(dir, "乙.json", doc("乙", { "A.1.2": { lines: { "A.1.2.1": 2 } } })),
    ];
    const consensus = path.join(dir, "共识.xlsx");
    expect((await runCli(["merge", ...files, "-o", consensus])).code).toBe(0);
    const planFile = path.join(dir, "整改台账.xlsx");
    expect((await runCli(["plan", consensus, "-o", planFile])).code).toBe(0);
    const ws = (await loadWorkbook(planFile)).getWorksheet("整改台账")!;
    const rows = new Map<string, string>();
    ws.eachRow((row) => {
      const key = textOf(row.getCell(2));
      if (/^A\.\d/.test(key)) rows.set(key, textOf(row.getCell(4)));
    });
    const def = indexStandard().lines;
    expect(rows.get("A.1.2")).toBe(def.get("A.1.2.1")!.line.requirement);
    expect(rows.get("A.1.4")).toBe(def.get("A.1.4.4")!.line.requirement);
  });

  test("the report model: with the record, A.1.2's lost line only; an older consensus without it, every line", async () => {
    const dir = tmpDir();
    const files = ["甲", "乙"].map((name) =>
      writeJson(dir, `${name}.json`, doc(name, { "A.1.2": { lines: { "A.1.2.1": 2 } } }))
    );
    const consensus = path.join(dir, "共识.xlsx");
    expect((await runCli(["merge", ...files, "-o", consensus])).code).toBe(0);
    const read = await readConsensusXlsx(new Uint8Array(fs.readFileSync(consensus)), consensus);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.result.items.find((i) => i.id === "A.1.2")!.lostLines).toEqual(["A.1.2.1"]);
    const input = reportInputFromConsensus(read.result, read.meta);
    const linesOf = (model: ReturnType<typeof buildReportModel>) =>
      model.suggestions
        .flatMap((g) => g.items)
        .find((s) => s.itemId === "A.1.2")!
        .lines.map((l) => l.lineId);
    expect(linesOf(buildReportModel(input))).toEqual(["A.1.2.1"]);
    const { lostLines: _dropped, ...older } = input;
    expect(linesOf(buildReportModel(older))).toEqual(["A.1.2.1", "A.1.2.2", "A.1.2.3", "A.1.2.4"]);
  });
});
