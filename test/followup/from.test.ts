/**
 * `gridscore new next.xlsx --from previous`: a fresh scoresheet for the re-evaluation. The previous deduction,
 * item score, notes and remediation status are shown read-only beside every line, the inputs are empty, and
 * the workbook still reads as an ordinary scoresheet.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { COL } from "../../src/layout";
import { PREVIOUS_COL } from "../../src/layout/previousColumns";
import { EXAMPLE, FULL_A7, loadWorkbook, runCli, textOf, tmpDir, writeJson } from "./support";

/** The 1-based row of an id on a table sheet. */
function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (textOf(ws.getCell(r, COL.id + 1)) === id) return r;
  throw new Error(`${id} not found on ${ws.name}`);
}

/** What the re-evaluation sheet shows on a row: [input, note, previous entry, item score, note, plan]. */
function shown(wb: ExcelJS.Workbook, id: string): unknown[] {
  const ws = wb.getWorksheet(id.split(".").slice(0, 2).join("."))!;
  const r = rowOf(ws, id);
  return [
    ws.getCell(r, COL.input + 1).value,
    ws.getCell(r, COL.note + 1).value,
    ws.getCell(r, PREVIOUS_COL.deduction + 1).value,
    ws.getCell(r, PREVIOUS_COL.itemScore + 1).value,
    ws.getCell(r, PREVIOUS_COL.note + 1).value,
    ws.getCell(r, PREVIOUS_COL.plan + 1).value,
  ];
}

async function ok(argv: string[]): Promise<string> {
  const r = await runCli(argv);
  expect(r.err).not.toContain("错误");
  expect(r.code).toBe(0);
  return r.out;
}

describe("gridscore new --from", () => {
  test("from a scoresheet: previous values read-only beside empty inputs; reads as a scoresheet", async () => {
    const dir = tmpDir();
    const previous = path.join(dir, "上次.xlsx");
    await ok(["new", previous, "--inputs", EXAMPLE]);
    const next = path.join(dir, "复评.xlsx");
    await ok(["new", next, "--from", previous, "--evaluator", "李四"]);
    const wb = await loadWorkbook(next);
    // [input, note, previous deduction or entry, previous item score (first row), previous note, plan status]
    const cases: [string, unknown[]][] = [
      ["A.1.2.1", [null, null, 2, 6, "张三：机构图未含标准化机构", ""]],
      ["A.1.2.2", [null, null, "", "", "", ""]],
      ["A.1.2.3", [null, null, 2, "", "张三：部分部门无标准化职责", ""]],
      ["A.1.4.1", [null, null, "", 8, "", ""]],
      ["A.1.4.4", [null, null, 2, "", "张三：完成率45%", ""]],
      ["A.7.1", [null, null, "92.5%", 20, "", ""]],
      ["A.7.3", [null, null, "省级知名品牌或奖励得5分", 5, "", ""]],
    ];
    for (const [id, expected] of cases) expect([id, ...shown(wb, id)]).toEqual([id, ...expected]);
    const a33 = shown(wb, "A.3.3.1");
    expect(a33[3]).toBe(0);
    expect(a33[4]).toBe("上次：应有未有（0分）");
    const a1 = wb.getWorksheet("A.1")!;
    expect(textOf(a1.getCell(3, PREVIOUS_COL.deduction + 1))).toBe("上次扣分/填写");
    const r = rowOf(a1, "A.1.2.1");
    expect(a1.getCell(r, PREVIOUS_COL.note + 1).protection?.locked).not.toBe(false);
    expect(a1.getCell(r, COL.input + 1).protection?.locked).toBe(false);
    const cover = wb.getWorksheet("说明")!;
    const coverText: string[] = [];
    cover.eachRow((row) => row.eachCell((c) => coverText.push(textOf(c))));
    expect(coverText).toContain("示例市网格化服务管理中心");
    expect(coverText).toContain("李四");
    expect(textOf(wb.getWorksheet("上次评估")!.getCell("B9"))).toContain("435");
    // Nothing carried into the inputs: every item at full marks but A.7 (missing values score 0).
    const scored = await runCli(["score", next, "--json"]);
    const json = JSON.parse(scored.out) as { total: number; errors: unknown[] };
    expect(json.errors).toEqual([]);
    expect(json.total).toBe(495 - 60);
  });

  test("from a consensus: item scores are the group's, lines without deductions; the group is carried", async () => {
    const dir = tmpDir();
    const names = ["甲", "乙", "丙", "丁", "戊"];
    const files = names.map((name, k) =>
      writeJson(dir, `${name}.json`, {
        format: "gridscore-evaluation/1",
        meta: { organization: "示例区", level: "county", evaluator: name },
        items: {
          "A.1.2": { lines: { "A.1.2.1": k === 0 ? 2 : 1 }, notes: { "A.1.2.1": `${name}：缺图` } },
          ...FULL_A7,
        },
      })
    );
    const consensus = path.join(dir, "共识.xlsx");
    await ok(["merge", ...files, "-o", consensus, "--method", "mean"]);
    const next = path.join(dir, "复评.xlsx");
    await ok(["new", next, "--from", consensus]);
    const wb = await loadWorkbook(next);
    const row = shown(wb, "A.1.2.1");
    // Mean of 8, 9, 9, 9, 9 = 8.8; the consensus has no per-line deduction.
    expect(row.slice(0, 4)).toEqual([null, null, "", 8.8]);
    expect(String(row[4]).split("\n")).toEqual(names.map((n) => `${n}：${n}：缺图`));
    const group = wb.getWorksheet("评估组")!;
    const groupText: string[] = [];
    group.eachRow((r) => r.eachCell((c) => groupText.push(textOf(c))));
    for (const n of names) expect(groupText).toContain(n);
    const coverText: string[] = [];
    wb.getWorksheet("说明")!.eachRow((r) => r.eachCell((c) => coverText.push(textOf(c))));
    expect(coverText).toContain("示例区");
  });

  test("--plan-status shows each line's remediation status", async () => {
    const dir = tmpDir();
    const previous = path.join(dir, "上次.xlsx");
    await ok(["new", previous, "--inputs", EXAMPLE]);
    const plan = path.join(dir, "整改台账.xlsx");
    await ok(["plan", previous, "-o", plan]);
    const wb = await loadWorkbook(plan);
    const ws = wb.getWorksheet("整改台账")!;
    ws.getCell("K8").value = "已完成"; // A.1.2.1
    ws.getCell("K9").value = "进行中"; // A.1.2.3
    await wb.xlsx.writeFile(plan);
    const next = path.join(dir, "复评.xlsx");
    await ok(["new", next, "--from", previous, "--plan-status", plan]);
    const back = await loadWorkbook(next);
    expect(shown(back, "A.1.2.1")[5]).toBe("已完成");
    expect(shown(back, "A.1.2.3")[5]).toBe("进行中");
    expect(shown(back, "A.1.4.4")[5]).toBe("未开始");
    expect(shown(back, "A.1.2.2")[5]).toBe("");
  });

  test.each([
    [["new", "x.xlsx", "--from"], 2],
    [["new", "x.xlsx", "--from", EXAMPLE, "--from", EXAMPLE], 2],
  ])("usage %j exits %d", async (argv, code) => {
    expect((await runCli(argv)).code).toBe(code);
  });

  test("a plan-status file that is not a plan is refused", async () => {
    const dir = tmpDir();
    const previous = path.join(dir, "上次.xlsx");
    await ok(["new", previous, "--inputs", EXAMPLE]);
    const r = await runCli([
      "new",
      path.join(dir, "n.xlsx"),
      "--from",
      previous,
      "--plan-status",
      previous,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("这不是 gridscore plan 生成的整改台账");
  });
});
