/**
 * merge, compare, rollup and export -o say which files they wrote, as new, report and plan do: one "已写入 / written" line
 * a file after the text output, none in --json (whose output stays one JSON value), and none when nothing was
 * written.
 */
import * as path from "path";
import { runCli, tmpDir, writeJson } from "../followup/support";

const doc = (evaluator: string, organization = "示例市") => ({
  format: "gridscore-evaluation/1",
  meta: { organization, level: "city", evaluator, date: "2026-11-28" },
  items: {},
});

describe("the lines naming what was written", () => {
  test("merge -o names the consensus workbook; --json and a merge without -o name nothing", async () => {
    const dir = tmpDir();
    const files = ["甲", "乙", "丙"].map((n) => writeJson(dir, `${n}.json`, doc(n)));
    const out = path.join(dir, "共识.xlsx");
    const r = await runCli(["merge", ...files, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out.endsWith(`\n已写入 / written: ${out}\n`)).toBe(true);
    const j = await runCli(["merge", ...files, "--json", "-o", path.join(dir, "j.xlsx")]);
    expect(j.code).toBe(0);
    expect(() => JSON.parse(j.out) as unknown).not.toThrow();
    expect((await runCli(["merge", ...files])).out).not.toContain("已写入");
  });

  test("compare -o names the document", async () => {
    const dir = tmpDir();
    const before = writeJson(dir, "before.json", doc("甲"));
    const after = writeJson(dir, "after.json", doc("甲"));
    const out = path.join(dir, "比较.docx");
    const r = await runCli(["compare", before, after, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out.endsWith(`已写入 / written: ${out}\n`)).toBe(true);
  });

  test("rollup -o --csv names both files, the workbook first", async () => {
    const dir = tmpDir();
    const a = writeJson(dir, "a.json", doc("甲", "甲区"));
    const b = writeJson(dir, "b.json", doc("乙", "乙区"));
    const out = path.join(dir, "汇总.xlsx");
    const csv = path.join(dir, "units.csv");
    const r = await runCli(["rollup", a, b, "-o", out, "--csv", csv]);
    expect(r.code).toBe(0);
    expect(r.out.endsWith(`已写入 / written: ${out}\n已写入 / written: ${csv}\n`)).toBe(true);
  });

  test("export -o names the JSON it wrote instead of printing it", async () => {
    const dir = tmpDir();
    const xlsx = path.join(dir, "评分表.xlsx");
    expect((await runCli(["new", xlsx, "--organization", "示例市"])).code).toBe(0);
    const out = path.join(dir, "评价.json");
    const r = await runCli(["export", xlsx, "-o", out]);
    expect(r.out).toBe(`已写入 / written: ${out}\n`);
  });
});
