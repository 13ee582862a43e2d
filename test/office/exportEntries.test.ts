/**
 * The pane's 导出 .xlsx (adapter.exportXlsx) on the simulated Excel host carries what `gridscore export` carries of
 * the same workbook: the inputs, the 评价条件, 评估组 and 评价程序 entries and the group's plan. The oracle is the
 * CLI: exporting the original file and the pane's download to evaluation JSON v2 gives the same JSON. A group row the
 * file could not hold as typed (no name) refuses the download at its cell, as `export` refuses it.
 */
import * as fs from "fs";
import * as path from "path";
import { EVALUATION_FORMAT, PLAN_FORMAT } from "../../src/engine";
import { buildScoresheet } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import { writeXlsx } from "../../src/writers/xlsx";
import { runCli, tmpDir } from "../followup/support";
import { parsedPlan } from "../support/plans";
import { must, setup, uninstallOffice } from "./helpers";
import { writeModelToHost } from "./modelOnHost";

afterEach(uninstallOffice);

const REASON = "本市无跨部门联办事项";

/** A plan copy with its evaluation sheets filled in, as an expert sends it back. */
function filledCopy(): WorkbookModel {
  return buildScoresheet({
    evaluation: {
      format: EVALUATION_FORMAT,
      meta: { evaluator: "张一", organization: "示例市网格化服务管理中心", date: "2026-06-02" },
      items: {
        "A.1.2": { lines: { "A.1.2.1": 1 }, notes: { "A.1.2.1": "机构图不完整" } },
        "A.7.1": { value: 95 },
        "A.7.2": { value: 85 },
        "A.7.3": { level: "national" },
        "A.7.4": { level: "significant" },
      },
    },
    identity: {
      workbookId: "00000000-0000-4000-8000-000000000888",
      createdAt: "2026-06-01T08:00:00.000Z",
      generator: "test",
      kind: "scoresheet",
    },
    evaluationSheets: {
      eligibility: { operationStart: "2025-11-30", selfEvaluationScore: 352 },
      group: [
        { name: "李四", field: "standardization", unit: "市标准化研究院", role: "leader" },
        { name: "王五", field: "industry", unit: "区网格中心", role: "member" },
      ],
      procedure: { "6.1": { date: "2026-06-02", people: "李四", notes: "宣布评估组成员" } },
    },
    plan: parsedPlan({ format: PLAN_FORMAT, notApplicable: [{ item: "A.3.3", reason: REASON }] }),
  });
}

/** `gridscore export` of a file, parsed. */
async function exported(file: string): Promise<Record<string, unknown>> {
  const out = `${file}.json`;
  const r = await runCli(["export", file, "-o", out]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(fs.readFileSync(out, "utf8")) as Record<string, unknown>;
}

describe("the pane's .xlsx export carries the evaluation sheets and the plan", () => {
  test("gridscore export reads the same JSON from the pane's download as from the original", async () => {
    const dir = tmpDir();
    const model = filledCopy();
    const original = path.join(dir, "original.xlsx");
    fs.writeFileSync(original, await writeXlsx(model));
    const { host, adapter } = setup();
    await writeModelToHost(host, model);
    const download = path.join(dir, "download.xlsx");
    fs.writeFileSync(download, must(await adapter.exportXlsx()));

    const oracle = await exported(original);
    const pane = await exported(download);
    expect(pane).toEqual(oracle);
    // A few entries, by hand.
    expect(pane.group).toEqual([
      { name: "李四", field: "standardization", unit: "市标准化研究院", role: "leader" },
      { name: "王五", field: "industry", unit: "区网格中心", role: "member" },
    ]);
    expect(pane.eligibility).toMatchObject({
      operationStart: "2025-11-30",
      selfEvaluationScore: 352,
    });
    expect(pane.procedure).toMatchObject({
      "6.1": { date: "2026-06-02", people: "李四", notes: "宣布评估组成员" },
    });
    expect(pane.groupPlan).toMatchObject({
      data: { notApplicable: [{ item: "A.3.3", reason: REASON }] },
    });
  });

  test("a 评估组 row with a unit but no name refuses the download at its cell", async () => {
    const { host, adapter } = setup();
    await writeModelToHost(host, filledCopy());
    // Row 2's name cleared (the sheet is protected as written; its entry cells are not).
    const names = host.getValues("评估组", "A1:B12");
    const row = names.findIndex((r) => r[1] === "王五");
    expect(row).toBeGreaterThan(0);
    expect(host.typeValue("评估组", `B${row + 1}`, "").accepted).toBe(true);
    const result = await adapter.exportXlsx();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toMatchObject({
      kind: "entries-not-kept",
      problems: [expect.objectContaining({ code: "sheet-entry-not-kept" }) as unknown],
    });
    expect(JSON.stringify(result.failure)).toContain(`B${row + 1}`);
  });
});
