import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "evaluation.json");

function tmpFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-cli-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe("gridscore template", () => {
  test("--json holds every table, item and line with declared and computed maxima", async () => {
    const { code, out } = await runCli(["template", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.standard).toMatchObject({ declaredMax: 500, max: 495, passMark: 300 });
    expect(json.tables).toHaveLength(7);
    const a4 = json.tables.find((t: { id: string }) => t.id === "A.4");
    expect(a4).toMatchObject({ declaredMax: 120, max: 115 });
    expect(a4.note).toContain("115");
    const a12 = json.tables[0].items[1];
    expect(a12).toMatchObject({ id: "A.1.2", cap: 10, kind: "deduction" });
    expect(a12.lines[0]).toMatchObject({ id: "A.1.2.1", maxDeduction: 4 });
  });

  test("text output lists the items with their limits", async () => {
    const { code, out } = await runCli(["template"]);
    expect(code).toBe(0);
    expect(out).toContain(
      "A.3.3.2  有事项服务规程： a) 单一部门工作程序 | 每缺一项未规定扣5分 | 最多扣5分"
    );
    expect(out).toContain("标注120分，各项合计115分");
    // A level as the workbook's dropdown shows it, with the code a JSON file takes (not the bare code).
    expect(out).toContain(
      "    国家级（10分） → 10分  国家级知名品牌或奖励得10分  [JSON: national]"
    );
    expect(out).not.toMatch(/^ {4}national →/m);
  });
});

describe("gridscore score", () => {
  test("scores the README example", async () => {
    const { code, out, err } = await runCli(["score", EXAMPLE, "--json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    // A.1: 60 - 4 (A.1.2) - 2 (rate 45%) = 54; A.2: 30 (na keeps full marks); A.3: 120 - 40 (absent) = 80;
    // A.7: 20 (92.5%) + 16 (55%) + 5 (provincial) + 5 (over10) = 46. Total 54+30+80+115+50+60+46 = 435.
    expect(json.tables.map((t: { score: number }) => t.score)).toEqual([
      54, 30, 80, 115, 50, 60, 46,
    ]);
    expect(json).toMatchObject({
      total: 435,
      max: 495,
      declaredMax: 500,
      passMark: 300,
      pass: true,
      verdict: "合格",
      errors: [],
      warnings: [],
    });
    expect(json.items.find((i: { id: string }) => i.id === "A.3.3")).toEqual({
      id: "A.3.3",
      status: "absent",
      deduction: 0,
      score: 0,
    });
  });

  test("human output is the subtotal table with the verdict", async () => {
    const { code, out } = await runCli(["score", EXAMPLE]);
    expect(code).toBe(0);
    expect(out).toMatch(/A\.4\s+网格化服务管理标准体系要求\s+115\s+115\s+120/);
    expect(out).toContain("结论：合格");
  });

  test("exit 1 and every error listed on stderr, naming the file", async () => {
    const file = tmpFile(
      "bad.json",
      JSON.stringify({
        format: "gridscore-evaluation/1",
        items: { "A.1.2": { lines: { "A.1.2.2": 7, "A.1.2.3": -1 } }, "A.9": {} },
      })
    );
    const { code, err } = await runCli(["score", file]);
    expect(code).toBe(1);
    expect(err).toContain(`文件 ${file}`);
    expect(err).toContain("超过本行最多可扣的 2 分");
    expect(err).toContain("不能为负数");
    expect(err).toContain("A.9");
    expect(err.match(/^错误/gm)).toHaveLength(3);
  });

  test("broken JSON and missing files are refused with exit 1", async () => {
    expect((await runCli(["score", tmpFile("x.json", "{ nope")])).code).toBe(1);
    const missing = await runCli(["score", "/nonexistent/e.json"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("不存在");
  });

  test("usage errors exit 2", async () => {
    expect((await runCli(["score"])).code).toBe(2);
    expect((await runCli(["score", EXAMPLE, "--bogus"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });
});

describe("the installed command", () => {
  test("`npx gridscore` runs in the repository", () => {
    const out = execFileSync("npx", ["--no-install", "gridscore", "score", EXAMPLE, "--json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(JSON.parse(out).total).toBe(435);
  });

  test("exit codes reach the shell", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "gridscore.js"), "score"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
  });
});
