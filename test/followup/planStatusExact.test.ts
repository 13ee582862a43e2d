/**
 * A remediation 状态 counts only as one of the list's exact labels, as the item 状态 cells are read and as the
 * plan sheet's own 逾期 formula compares ($K8<>"已完成"): 「已完成 」 with a space is refused, naming the cell and
 * the space, never read as 已完成.
 */
import * as path from "path";
import { EXAMPLE, loadWorkbook, runCli, tmpDir } from "./support";
import { describePlanCellProblem, readPlanGrid } from "../../src/report/planRead";
import { planStatusFromText } from "../../src/layout/evaluationDocument";
import { excelGrid } from "../../src/writers/xlsx";

describe("整改状态 with spaces around a label", () => {
  test("planStatusFromText takes the exact labels (and JSON's codes) only", () => {
    expect(planStatusFromText("已完成")).toBe("done");
    expect(planStatusFromText("done")).toBe("done");
    expect(planStatusFromText("已完成 ")).toBeUndefined();
    expect(planStatusFromText(" 进行中")).toBeUndefined();
  });

  test("the reader refuses 「已完成 」 at its cell, saying it has spaces; compare refuses the plan", async () => {
    const dir = tmpDir();
    const plan = path.join(dir, "plan.xlsx");
    expect((await runCli(["plan", EXAMPLE, "-o", plan])).code).toBe(0);
    const wb = await loadWorkbook(plan);
    wb.getWorksheet("整改台账")!.getCell("K8").value = "已完成 ";
    await wb.xlsx.writeFile(plan);
    const read = readPlanGrid(excelGrid(await loadWorkbook(plan)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([
      expect.objectContaining({ code: "plan-status-unknown", row: 7, col: 10, value: "已完成 " }),
    ]);
    expect(read.entries.get("A.1.2.1")?.status).toBeUndefined();
    expect(describePlanCellProblem(read.problems[0]!, true)).toContain(
      "单元格 K8（A.1.2.1）：状态“已完成 ”不是下拉列表中的值（未开始 / 进行中 / 已完成）：前后有空格"
    );
    const r = await runCli(["compare", EXAMPLE, EXAMPLE, "--plan-status", plan]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("前后有空格");
  });
});
