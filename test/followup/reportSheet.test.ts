/**
 * `gridscore report --sheet`: the report workbook carries the remediation plan (整改台账) too, the same rows as
 * `gridscore plan` in the same order, a version 2 JSON's plan rows in its inputs, and it serves as --plan-status.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { EXAMPLE, loadWorkbook, runCli, textOf, tmpDir, writeJson } from "./support";
import * as fs from "fs";

const FIRST = 8; // the plan's first data row, 1-based

function planRows(ws: ExcelJS.Worksheet): [string, number, string, string][] {
  const rows: [string, number, string, string][] = [];
  for (let r = FIRST; /^A\./.test(textOf(ws.getCell(r, 2))); r++)
    rows.push([
      textOf(ws.getCell(r, 2)),
      ws.getCell(r, 6).value as number,
      textOf(ws.getCell(r, 11)),
      textOf(ws.getCell(r, 8)),
    ]);
  return rows;
}

describe("report --sheet writes the plan sheet too", () => {
  const dir = tmpDir();

  test("the report sheet, then 整改台账 with the rows gridscore plan writes, and the plan's identity", async () => {
    const sheet = path.join(dir, "报告.xlsx");
    const r = await runCli([
      "report",
      EXAMPLE,
      "-o",
      path.join(dir, "报告.docx"),
      "--sheet",
      sheet,
    ]);
    expect(r.code).toBe(0);
    const planFile = path.join(dir, "整改台账.xlsx");
    expect((await runCli(["plan", EXAMPLE, "-o", planFile])).code).toBe(0);

    const wb = await loadWorkbook(sheet);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["评估报告", "visible"],
      ["整改台账", "visible"],
      ["_gridscore_remediation", "veryHidden"],
    ]);
    const ws = wb.getWorksheet("整改台账")!;
    expect(planRows(ws)).toEqual([
      ["A.1.2.1", 2, "未开始", ""],
      ["A.1.2.3", 2, "未开始", ""],
      ["A.1.4.4", 2, "未开始", ""],
      ["A.7.3", 5, "未开始", ""],
      ["A.7.4", 5, "未开始", ""],
      ["A.7.2", 4, "未开始", ""],
      ["A.3.3", 40, "未开始", ""],
    ]);
    expect(planRows(ws)).toEqual(
      planRows((await loadWorkbook(planFile)).getWorksheet("整改台账")!)
    );
    // The overdue rule and the covered points, as in the plan workbook.
    expect(textOf(ws.getCell(FIRST, 14)) + (ws.getCell(FIRST, 14).formula ?? "")).toContain(
      'AND(K8<>"已完成",ISNUMBER(J8),J8<TODAY())'
    );
  });

  test("a version 2 JSON's plan rows fill the inputs; the report workbook serves as --plan-status", async () => {
    const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;
    const v2 = writeJson(dir, "v2.json", {
      ...example,
      format: "gridscore-evaluation/2",
      plan: { "A.1.2.1": { measure: "补充标准化机构图", status: "done" } },
    });
    const sheet = path.join(dir, "报告2.xlsx");
    expect(
      (await runCli(["report", v2, "-o", path.join(dir, "报告2.docx"), "--sheet", sheet])).code
    ).toBe(0);
    const ws = (await loadWorkbook(sheet)).getWorksheet("整改台账")!;
    expect(planRows(ws)[0]).toEqual(["A.1.2.1", 2, "已完成", "补充标准化机构图"]);

    // compare reads the plan status from it: A.1.2.1 is marked done and still loses 2 points.
    const { code, out } = await runCli([
      "compare",
      EXAMPLE,
      EXAMPLE,
      "--plan-status",
      sheet,
      "--json",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { claimedFixedStillLosing: { id: string; after: number }[] };
    expect(result.claimedFixedStillLosing).toEqual([
      { id: "A.1.2.1", itemId: "A.1.2", before: 2, after: 2 },
    ]);
  });
});
