/**
 * A roll-up with nothing to roll up says why, naming what was given: an empty folder, or a folder whose every file
 * was refused. Exit 1, and no output is written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";

describe("rollup with nothing to roll up", () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-rollup-none-"))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("an empty folder is named, in Chinese and English", async () => {
    const empty = path.join(dir, "三月返回");
    fs.mkdirSync(path.join(empty, "街道"), { recursive: true });
    const out = path.join(dir, "汇总.xlsx");
    const { code, err } = await runCli(["rollup", empty, "-o", out]);
    expect(code).toBe(1);
    expect(err).toContain(`没有可汇总的评分表或共识工作簿：${empty} 中没有文件；未写出任何文件`);
    expect(err).toContain(
      `error: no scoresheet or consensus workbook to roll up: there is no file in ${empty}`
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  test("a folder of refused files: each reason above, then how many were found", async () => {
    fs.writeFileSync(path.join(dir, "说明.txt"), "not a workbook");
    fs.writeFileSync(path.join(dir, "损坏.xlsx"), "PK\u0003\u0004broken");
    const out = path.join(dir, "汇总.xlsx");
    const { code, err } = await runCli(["rollup", dir, "-o", out]);
    expect(code).toBe(1);
    expect(err).toContain(`未纳入汇总：${path.join(dir, "说明.txt")}`);
    expect(err).toContain(`未纳入汇总：${path.join(dir, "损坏.xlsx")}`);
    expect(err).toContain("找到的 2 个文件均未纳入（原因见上）");
    expect(err).toContain("none of the 2 files found could be rolled up (see the reasons above)");
    expect(err.indexOf("找到的 2 个文件")).toBeGreaterThan(err.lastIndexOf("未纳入汇总："));
    expect(fs.existsSync(out)).toBe(false);
  });
});
