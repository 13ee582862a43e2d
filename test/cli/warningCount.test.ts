/**
 * A summary count is counted from the list the command printed: `score` of a scoresheet saved with stale cached
 * results printed the reader's `cached-mismatch` warnings but counted only the engine's (3 printed, 提示 2 条).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildScoresheet } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import type { Evaluation } from "../../src/engine";
import { renderScore } from "../../src/cli/render";
import { scoreEvaluation } from "../../src/engine";
import { runCli } from "../support/cli";
import { tmpDir } from "../followup/support";

const identity = {
  workbookId: "wb-stale-1",
  createdAt: "2026-11-28T00:00:00Z",
  generator: "test",
  kind: "scoresheet" as const,
};

/** A.7.1 left empty (one `missing-value` hint, A.7.1 scores 0); A.7.2–A.7.4 at full marks; nothing deducted. */
const evaluation: Evaluation = {
  format: "gridscore-evaluation/1",
  meta: {
    organization: "示例区网格化服务管理中心",
    level: "county",
    evaluator: "甲",
    role: "expert",
  },
  items: {
    "A.7.2": { value: 100 },
    "A.7.3": { level: "national" },
    "A.7.4": { level: "significant" },
  },
};

/** The scoresheet with two subtotals' cached results stale (as saved with calculation off). */
async function staleWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const bytes = await writeXlsx(buildScoresheet({ identity, evaluation }));
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
  for (const [name, sheet] of [
    ["Subtotal_A3", "A.3"],
    ["Subtotal_A1", "A.1"],
  ] as const) {
    const ref = wb.definedNames.getRanges(name).ranges[0]!;
    const cell = wb.getWorksheet(sheet)!.getCell(ref.split("!")[1]!.replace(/\$/g, ""));
    cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula, result: 1 };
  }
  const file = path.join(dir, "stale.xlsx");
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

const printedWarnings = (err: string): string[] =>
  err.split("\n").filter((l) => l.startsWith("提示"));

describe("the summary count is the printed list's length", () => {
  test("score of a stale scoresheet: 2 cached-mismatch + 1 missing-value printed, 提示 3 条", async () => {
    const file = await staleWorkbook(tmpDir());
    const r = await runCli(["score", file]);
    expect(r.code).toBe(0);
    const printed = printedWarnings(r.err);
    // By hand: Subtotal_A1 and Subtotal_A3 cached 1 (stale), A.7.1 empty.
    expect(printed).toHaveLength(3);
    expect(printed.filter((l) => l.includes("工作簿保存时未重新计算"))).toHaveLength(2);
    expect(
      printed.filter(
        (l) => l.includes("表A.1小计 保存的结果为 1") || l.includes("表A.3小计 保存的结果为 1")
      )
    ).toHaveLength(2);
    expect(r.out).toContain("提示 3 条（见标准错误输出）");
    expect(r.out).not.toContain("提示 1 条");
  }, 120_000);

  test("score of a JSON: the engine's warnings are all there is, and counted", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "e.json");
    fs.writeFileSync(file, JSON.stringify(evaluation));
    const r = await runCli(["score", file]);
    expect(r.code).toBe(0);
    expect(printedWarnings(r.err)).toHaveLength(1);
    expect(r.out).toContain("提示 1 条（见标准错误输出）");
  });

  test("renderScore counts the list it is given, not the report's own", () => {
    const report = scoreEvaluation(evaluation);
    expect(report.warnings).toHaveLength(1);
    expect(renderScore(report, [1, 2, 3])).toContain("提示 3 条");
    expect(renderScore(report, [])).not.toContain("提示");
  });
});
