/**
 * Nothing someone typed is dropped without a word (break test): an unknown 领域 and a group row with a unit but no
 * name were left out of `export`; a 整改状态 off the dropdown read as blank in `new --from --plan-status` and in
 * `compare --plan-status`; a JSON plan row keyed to an id that is no row of the plan was ignored by `plan`. Each is
 * now refused, naming the sheet and cell (or the JSON row), what was typed and what is allowed.
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLE, ROOT, loadWorkbook, runCli, tmpDir, writeJson } from "../followup/support";
import { readPlanGrid } from "../../src/report/planRead";
import { excelGrid } from "../../src/writers/xlsx";
import { readPlanStatus } from "../../src/taskpane/files/compareFiles";

const dir = tmpDir();
const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;

/** A fresh plan of the example, with cells of its 整改台账 sheet set. */
async function planWith(name: string, cells: Record<string, string | number>): Promise<string> {
  const plan = path.join(dir, `${name}.xlsx`);
  expect((await runCli(["plan", EXAMPLE, "-o", plan])).code).toBe(0);
  const wb = await loadWorkbook(plan);
  const ws = wb.getWorksheet("整改台账")!;
  for (const [cell, value] of Object.entries(cells)) ws.getCell(cell).value = value;
  await wb.xlsx.writeFile(plan);
  return plan;
}

describe("the group sheet: an unknown field, a row without a name", () => {
  async function groupWorkbook(name: string, rows: Record<number, Record<number, string>>) {
    const file = path.join(dir, `${name}.xlsx`);
    expect((await runCli(["new", file, "--organization", "示例市"])).code).toBe(0);
    const wb = await loadWorkbook(file);
    const ws = wb.getWorksheet("评估组")!;
    for (const [n, cols] of Object.entries(rows)) {
      const row = 3 + Number(n); // member n sits on row n + 3 (1-based)
      for (const [col, v] of Object.entries(cols)) ws.getRow(row).getCell(Number(col)).value = v;
    }
    await wb.xlsx.writeFile(file);
    return file;
  }

  test("export refuses both, naming sheet and cell, what was typed and what to do", async () => {
    const file = await groupWorkbook("group", {
      1: { 4: "市标准化研究院" }, // 工作单位 only
      2: { 2: "张三", 3: "法律专家" }, // 领域 off the list
    });
    const out = path.join(dir, "group.json");
    const r = await runCli(["export", file, "-o", out]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(r.err).toContain(
      "错误：文件 " +
        file +
        "，工作表 评估组，单元格 B4：此行填写了工作单位“市标准化研究院”，但没有姓名，不计为评估组成员；请填写姓名，或清空此行"
    );
    expect(r.err).toContain(
      "工作表 评估组，单元格 C5：领域“法律专家”不是下拉列表中的值（标准化 / 行业专家 / 管理人员）；请从列表中选择"
    );
    expect(r.err).toContain(
      'sheet 评估组, cell C5: field "法律专家" is not one of the list\'s values'
    );
  });

  test("the same rows with the name typed and the field picked export, and parse back", async () => {
    const file = await groupWorkbook("group-ok", {
      1: { 2: "李四", 4: "市标准化研究院" },
      2: { 2: "张三", 3: "行业专家" },
    });
    const out = path.join(dir, "group-ok.json");
    const r = await runCli(["export", file, "-o", out]);
    expect(r.code).toBe(0);
    expect((JSON.parse(fs.readFileSync(out, "utf8")) as { group: unknown }).group).toEqual([
      { name: "李四", unit: "市标准化研究院" },
      { name: "张三", field: "industry" },
    ]);
    expect((await runCli(["score", out])).err).not.toContain("$.group");
  });

  test("migrate refuses them too, rather than writing a new workbook without them", async () => {
    const file = await groupWorkbook("group-migrate", { 2: { 2: "张三", 3: "法律专家" } });
    const out = path.join(dir, "group-migrated.xlsx");
    const edition = path.join(ROOT, "test", "fixtures", "editions", "test-invented-2027.json");
    const r = await runCli(["migrate", file, "--to", edition, "-o", out]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(r.err).toContain("工作表 评估组，单元格 C5：领域“法律专家”不是下拉列表中的值");
    expect(r.err).toContain("未写出新工作簿");
  });

  test("report still writes, and names the cells as warnings", async () => {
    const file = await groupWorkbook("group-report", { 3: { 2: "王五", 5: "副组长" } });
    const r = await runCli(["report", file, "-o", path.join(dir, "group-report.docx")]);
    expect(r.err).toContain("提示：文件 " + file + "，工作表 评估组，单元格 E6：组内角色“副组长”");
    expect(r.err).toContain("组长 / 成员");
  });
});

describe("整改状态 off the dropdown is refused, never read as blank", () => {
  test("the reader names the cell and keeps every other entry", async () => {
    const plan = await planWith("status-read", { K8: "完成", J9: "下月底", K10: "已完成" });
    const read = readPlanGrid(excelGrid(await loadWorkbook(plan)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([
      expect.objectContaining({
        code: "plan-status-unknown",
        row: 7,
        col: 10,
        key: "A.1.2.1",
        value: "完成",
      }),
      expect.objectContaining({
        code: "plan-deadline-unreadable",
        row: 8,
        col: 9,
        key: "A.1.2.3",
        value: "下月底",
      }),
    ]);
    expect(read.entries.get("A.1.4.4")).toEqual({ status: "done" });
  });

  test.each([
    [
      "new --from",
      (plan: string) => [
        "new",
        path.join(dir, `next-${path.basename(plan)}`),
        "--from",
        EXAMPLE,
        "--plan-status",
        plan,
      ],
    ],
    ["compare", (plan: string) => ["compare", EXAMPLE, EXAMPLE, "--plan-status", plan]],
  ])("%s refuses it, naming the cell and listing the labels", async (_, argv) => {
    const plan = await planWith(`status-${_.replace(/\W/g, "")}`, { K8: "完成" });
    const r = await runCli(argv(plan));
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `错误：文件 ${plan}，工作表 整改台账，单元格 K8（A.1.2.1）：状态“完成”不是下拉列表中的值（未开始 / 进行中 / 已完成）`
    );
    expect(r.err).toContain(
      'status "完成" is not one of the list\'s values (未开始 / 进行中 / 已完成)'
    );
    expect(r.out).toBe("");
  });

  test("the pane's plan reader refuses it too, naming the cell in the pane's language", async () => {
    const plan = await planWith("status-pane", { K8: "完成" });
    const bytes = new Uint8Array(fs.readFileSync(plan));
    const zh = await readPlanStatus(bytes, "zh-CN");
    expect(zh).toEqual({
      refused: [
        "工作表 整改台账，单元格 K8（A.1.2.1）：状态“完成”不是下拉列表中的值（未开始 / 进行中 / 已完成）；请从列表中选择，不会按空白读取",
      ],
    });
    const en = await readPlanStatus(bytes, "en-US");
    expect(en).toEqual({
      refused: [expect.stringContaining('sheet 整改台账, cell K8 (A.1.2.1): status "完成"')],
    });
    const ok = await readPlanStatus(
      new Uint8Array(fs.readFileSync(await planWith("status-pane-ok", { K8: "已完成" })))
    );
    expect(ok instanceof Map && ok.get("A.1.2.1")).toEqual({ status: "done" });
  });

  test("a status from the list, and a blank one, are read as before", async () => {
    const plan = await planWith("status-ok", { K8: "已完成", K9: "" });
    const r = await runCli(["compare", EXAMPLE, EXAMPLE, "--plan-status", plan, "--json"]);
    expect(r.code).toBe(0);
  });
});

describe("a JSON plan row keyed to no row of the plan is refused", () => {
  const withPlan = (name: string, plan: Record<string, unknown>) =>
    writeJson(dir, name, { ...example, format: "gridscore-evaluation/2", plan });

  test.each([
    ["plan", (f: string) => ["plan", f, "-o", path.join(dir, `p-${path.basename(f)}.xlsx`)]],
    [
      "report --sheet",
      (f: string) => [
        "report",
        f,
        "-o",
        path.join(dir, `r-${path.basename(f)}.docx`),
        "--sheet",
        path.join(dir, `r-${path.basename(f)}.xlsx`),
      ],
    ],
  ])(
    "%s: an unknown id and a line that lost nothing, each named with the valid rows",
    async (cmd, argv) => {
      const file = withPlan(`${cmd.replace(/\W/g, "")}.json`, {
        "A.9.9": { measure: "补充" },
        "A.1.1.1": { measure: "完善" },
        "A.1.2.1": { measure: "补充标准化机构图" },
      });
      const r = await runCli(argv(file));
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      const valid = "A.1.2.1、A.1.2.3、A.1.4.4、A.7.3、A.7.4、A.7.2、A.3.3";
      expect(r.err).toContain(
        `错误：文件 ${file}：$.plan["A.9.9"]：A.9.9 不是附录A中的评价内容或评价要求编号，此行不会写入；请改用整改台账的行编号：${valid}`
      );
      expect(r.err).toContain(`$.plan["A.1.1.1"]：A.1.1.1 在本次评价中没有失分`);
      expect(r.err).not.toContain(`$.plan["A.1.2.1"]`);
      expect(r.err).toContain("key it to one of the plan's rows: A.1.2.1, A.1.2.3");
      for (const f of fs.readdirSync(dir))
        expect(f.startsWith(`p-${path.basename(file)}`)).toBe(false);
    }
  );

  test("rows keyed to the plan's rows are written as before", async () => {
    const file = withPlan("plan-ok.json", {
      "A.1.2.1": { measure: "补充标准化机构图", status: "done" },
    });
    const out = path.join(dir, "plan-ok.xlsx");
    const r = await runCli(["plan", file, "-o", out]);
    expect(r.code).toBe(0);
    const ws = (await loadWorkbook(out)).getWorksheet("整改台账")!;
    expect(ws.getCell("H8").value).toBe("补充标准化机构图");
    expect(ws.getCell("K8").value).toBe("已完成");
  });
});
