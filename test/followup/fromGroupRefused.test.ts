/**
 * `gridscore new next.xlsx --from previous.xlsx` carries the previous 评估组 into the re-evaluation scoresheet. A
 * group row `gridscore export` refuses (a unit but no name, a 领域 off the list) was dropped or carried without
 * what was typed; it is now refused by `new --from` too, in export's words at file, sheet and cell, and nothing is
 * written. The same rows fixed are carried.
 */
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, runCli, textOf, tmpDir } from "./support";

const dir = tmpDir();

/** A scoresheet for 示例市 with 评估组 rows set (member n sits on row n + 3, 1-based; column 2 is 姓名). */
async function previousWith(name: string, rows: Record<number, Record<number, string>>) {
  const file = path.join(dir, `${name}.xlsx`);
  expect((await runCli(["new", file, "--organization", "示例市"])).code).toBe(0);
  const wb = await loadWorkbook(file);
  const ws = wb.getWorksheet("评估组")!;
  for (const [n, cols] of Object.entries(rows))
    for (const [col, v] of Object.entries(cols))
      ws.getRow(3 + Number(n)).getCell(Number(col)).value = v;
  await wb.xlsx.writeFile(file);
  return file;
}

const NAMELESS =
  "工作表 评估组，单元格 B4：此行填写了工作单位“市标准化研究院”，但没有姓名，不计为评估组成员；请填写姓名，或清空此行";
const OFF_LIST =
  "工作表 评估组，单元格 C5：领域“法律专家”不是下拉列表中的值（标准化 / 行业专家 / 管理人员）；请从列表中选择";

describe("new --from refuses the 评估组 rows export refuses", () => {
  test("a row with a unit but no name, a field off the list: each named, nothing written", async () => {
    const previous = await previousWith("previous", {
      1: { 4: "市标准化研究院" },
      2: { 2: "张三", 3: "法律专家" },
    });
    const next = path.join(dir, "next.xlsx");
    const r = await runCli(["new", next, "--from", previous]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(next)).toBe(false);
    expect(r.err).toContain(`错误：文件 ${previous}，${NAMELESS}`);
    expect(r.err).toContain(`错误：文件 ${previous}，${OFF_LIST}`);
    expect(r.err).toContain(
      `sheet 评估组, cell C5: field "法律专家" is not one of the list's values`
    );
    expect(r.err).toContain(
      `错误：${previous} 的评估组有2处填写无法带入复评评分表，未写出复评评分表`
    );
    // export says the same of the same cells.
    const e = await runCli(["export", previous, "-o", path.join(dir, "previous.json")]);
    expect(e.code).toBe(1);
    expect(e.err).toContain(`错误：文件 ${previous}，${NAMELESS}`);
    expect(e.err).toContain(`错误：文件 ${previous}，${OFF_LIST}`);
  });

  test("the same rows with the name typed and the field picked are carried", async () => {
    const previous = await previousWith("previous-ok", {
      1: { 2: "李四", 4: "市标准化研究院" },
      2: { 2: "张三", 3: "行业专家" },
    });
    const next = path.join(dir, "next-ok.xlsx");
    const r = await runCli(["new", next, "--from", previous]);
    expect(r.err).not.toContain("错误");
    expect(r.code).toBe(0);
    const ws = (await loadWorkbook(next)).getWorksheet("评估组")!;
    expect([2, 3, 4].map((c) => textOf(ws.getRow(4).getCell(c)))).toEqual([
      "李四",
      "",
      "市标准化研究院",
    ]);
    expect([2, 3].map((c) => textOf(ws.getRow(5).getCell(c)))).toEqual(["张三", "行业专家"]);
  });
});
