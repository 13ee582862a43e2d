import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsxScoresheet } from "../../src/writers/xlsx";
import { EXAMPLE_PATH, loadExample } from "../support/example";
import { runCli } from "../support/cli";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-wb-"));

describe("gridscore new / score / export on workbooks", () => {
  test("new --inputs, then score and export the workbook", async () => {
    const dir = tmp();
    const file = path.join(dir, "评分表.xlsx");
    expect((await runCli(["new", file, "--inputs", EXAMPLE_PATH])).code).toBe(0);
    const scored = await runCli(["score", file, "--json"]);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.out)).toMatchObject({ total: 435, verdict: "合格", errors: [] });
    const exported = await runCli(["export", file]);
    expect(exported.code).toBe(0);
    // export writes gridscore-evaluation/2: version 1 plus the evaluation sheets (empty here, so left out).
    expect(JSON.parse(exported.out)).toEqual({
      ...loadExample(),
      format: "gridscore-evaluation/2",
    });
  });

  test("several evaluators get one personalised workbook each, with distinct workbook ids", async () => {
    const dir = tmp();
    const { code, out } = await runCli([
      "new",
      path.join(dir, "组.xlsx"),
      "--evaluator",
      "张三",
      "--evaluator",
      "李/四",
      "--organization",
      "示例市",
    ]);
    expect(code).toBe(0);
    const files = out.trim().split("\n");
    expect(files.map((f) => path.basename(f))).toEqual(["组-张三.xlsx", "组-李_四.xlsx"]);
    const reads = await Promise.all(
      files.map(async (f) => readXlsxScoresheet(fs.readFileSync(f), f))
    );
    const sheets = reads.map((r) => (r.ok ? r.sheet : undefined));
    expect(sheets.map((s) => s?.evaluation.meta)).toEqual([
      { evaluator: "张三", organization: "示例市" },
      { evaluator: "李/四", organization: "示例市" },
    ]);
    expect(sheets[0]!.identity.workbookId).not.toBe(sheets[1]!.identity.workbookId);
  });

  test("never overwrites without --force, never writes over its input", async () => {
    const dir = tmp();
    const file = path.join(dir, "a.xlsx");
    fs.writeFileSync(file, "keep me");
    const r = await runCli(["new", file]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("已存在");
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
    expect((await runCli(["new", file, "--force"])).code).toBe(0);
    const json = path.join(dir, "e.xlsx");
    fs.copyFileSync(EXAMPLE_PATH, json);
    const self = await runCli(["new", json, "--inputs", json, "--force"]);
    expect(self.code).toBe(3);
    expect(self.err).toContain("是同一个文件");
  });

  test("score on a workbook with errors exits 1 and names the sheet and cell", async () => {
    const dir = tmp();
    const input = path.join(dir, "bad.json");
    fs.writeFileSync(
      input,
      JSON.stringify({
        format: "gridscore-evaluation/1",
        items: { "A.6.1": { lines: { "A.6.1.1": 5 }, notes: { "A.6.1.1": "x" } } },
      })
    );
    const file = path.join(dir, "bad.xlsx");
    expect((await runCli(["new", file, "--inputs", input])).code).toBe(0);
    const r = await runCli(["score", file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /文件 .*bad\.xlsx，工作表 A\.6，单元格 G\d+：A\.6\.1「标准的宣贯和培训」 A\.6\.1\.1/
    );
    expect(r.err).toContain("超过本行最多可扣的 2 分");
  });
});
