/**
 * `--standard` takes an edition file and `new --plan` the group's evaluation plan, both JSON. A new user gave
 * each a plain text file and was told it "是工作簿，此处需要评价 JSON；可先用 gridscore export 导出": wrong three
 * times (no workbook, not an evaluation, and no export makes one). Text is now read as the JSON it should be,
 * and the message names what the option needs; a workbook given there is named as one, with the same need.
 */
import * as fs from "fs";
import * as path from "path";
import { openInput } from "../../src/cli/gate";
import { processIo } from "../../src/cli/io";
import { describeProblem } from "../../src/engine";
import { runCli, tmpDir } from "../followup/support";

function files() {
  const dir = tmpDir();
  const text = path.join(dir, "t.json");
  fs.writeFileSync(text, "hello, this is a note\n");
  const cut = path.join(dir, "bad.json");
  fs.writeFileSync(cut, '{"a":');
  return { dir, text, cut };
}

describe("the gate, when only JSON is taken", () => {
  test("plain text is read as JSON and refused for its syntax, with what was needed", () => {
    const { text } = files();
    const r = openInput(text, processIo, ["json"], "edition");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toMatchObject([
      { code: "json-invalid", needed: "edition", where: { file: text } },
    ]);
  });

  test("an evaluation's own path keeps its advice, with no `needed` field", () => {
    const { cut } = files();
    const r = openInput(cut, processIo, ["json"]);
    expect(r.ok ? [] : r.problems).toEqual([
      { code: "json-invalid", detail: expect.any(String) as string, where: { file: cut } },
    ]);
    if (!r.ok)
      expect(describeProblem(r.problems[0]!, "zh-CN")).toContain("请用 gridscore export 重新导出");
  });

  test("a workbook given to a JSON-only option is named as one, with what was needed", async () => {
    const { dir } = files();
    const xlsx = path.join(dir, "w.xlsx");
    expect((await runCli(["new", xlsx])).code).toBe(0);
    const r = openInput(xlsx, processIo, ["json"], "plan");
    expect(r.ok ? [] : r.problems).toEqual([
      { code: "foreign-file", kind: "workbook", needed: "plan", where: { file: xlsx } },
    ]);
  });
});

describe("the CLI's messages", () => {
  test.each([
    [
      "template --standard with text",
      (f: ReturnType<typeof files>) => ["template", "--standard", f.text],
      "不是有效的 JSON（语法错误），此处 --standard 需要标准版本文件（JSON，格式见 README 的 Editions 一节）；请检查括号和引号",
      "--standard needs an edition file here (JSON; format in README, Editions); check brackets and quotes",
    ],
    [
      "template --standard with cut JSON",
      (f: ReturnType<typeof files>) => ["template", "--standard", f.cut],
      "不是有效的 JSON（内容在结束前中断，缺少括号或引号），此处 --standard 需要标准版本文件",
      "not valid JSON (Unexpected end of JSON input); --standard needs an edition file here",
    ],
    [
      "new --plan with text",
      (f: ReturnType<typeof files>) => ["new", path.join(f.dir, "x.xlsx"), "--plan", f.text],
      "此处 --plan 需要评估组的评估方案（JSON，格式见 README 的 The evaluation plan 一节）；请检查括号和引号",
      "--plan needs the group's evaluation plan here (JSON; format in README, The evaluation plan)",
    ],
  ])("%s: exit 1, what the option needs, no word of export", async (_n, args, zh, en) => {
    const f = files();
    const r = await runCli(args(f));
    expect(r.code).toBe(1);
    expect(r.err).toContain(zh);
    expect(r.err).toContain(en);
    expect(r.err).not.toContain("export");
    expect(r.err).not.toContain("是工作簿");
  });

  test("a workbook given to --standard is named as one, with what is needed", async () => {
    const f = files();
    const xlsx = path.join(f.dir, "w.xlsx");
    expect((await runCli(["new", xlsx])).code).toBe(0);
    const r = await runCli(["template", "--standard", xlsx]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `${xlsx}：是工作簿，此处 --standard 需要标准版本文件（JSON，格式见 README 的 Editions 一节）`
    );
  });
});
