/**
 * A second new user's findings: the comparison's table lined up in terminal columns, `help help`, the exit codes
 * in a Chinese line and an English line, export's --force in its usage, options typed with one dash, -o without
 * a value, --method naming the value, "1 expert", a misspelt metadata field, a JSON syntax error in Chinese, the
 * same --evaluator twice named, a cut-off workbook's cause in Chinese, and `node lib/cli/main.js` running.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { width } from "../../src/cli/render";
import { runCli } from "../support/cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-newuser2-"));
const example = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "examples", "evaluation.json"), "utf8")
) as { meta: Record<string, string>; items: Record<string, unknown> };

/** Writes a copy of examples/evaluation.json changed by `edit`; returns its path. */
function variant(name: string, edit: (e: typeof example) => void): string {
  const copy = JSON.parse(JSON.stringify(example)) as typeof example;
  edit(copy);
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(copy));
  return file;
}

/** The terminal column each word of a line ends in (CJK counted 2). */
function ends(line: string): number[] {
  return [...line.matchAll(/\S+/g)].map((m) => width(line.slice(0, m.index + m[0].length)));
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("compare's table of tables is aligned in terminal columns, and the listed ids line up", async () => {
  const before = variant("before.json", () => undefined);
  const after = variant("after.json", (e) => (e.items["A.7.1"] = { value: 60 }));
  const { code, out } = await runCli(["compare", before, after]);
  expect(code).toBe(0);
  const lines = out.split("\n");
  const header = lines.findIndex((l) => l.startsWith("表 / table"));
  const table = lines.slice(header, header + 8);
  expect(table[7]).toMatch(/^A\.7 +46 +36 +-10 {2}绩效评估$/);
  // 之前, 之后 and 变化 end in the terminal column their numbers end in.
  const heads = ends(table[0]!).slice(3, 6);
  for (const row of table.slice(1)) expect(ends(row).slice(1, 4)).toEqual(heads);
  const still = lines.slice(lines.findIndex((l) => l.startsWith("仍失分的要求")) + 1);
  const at = still.filter((l) => l.startsWith("  A.")).map((l) => l.indexOf("失分"));
  expect(new Set(at).size).toBe(1);
});

test("`help help` is the help command's usage, not 'there is no command help'", async () => {
  const { code, out } = await runCli(["help", "help"]);
  expect(code).toBe(0);
  expect(out).toContain("gridscore help [命令 / command]");
  expect(out).toContain("/ all usage, or one command's");
});

test("the usage's help line is aligned with the others, and the exit codes are a Chinese then an English line", async () => {
  const { out } = await runCli(["help"]);
  const lines = out.split("\n");
  const helpLine = lines.find((l) => l.startsWith("  gridscore help"))!;
  const templateLine = lines.find((l) => l.startsWith("  gridscore template"))!;
  // The description starts in the same terminal column: after the last run of 2+ spaces.
  const descStart = (l: string) => width(l.slice(0, l.search(/\S+$/)));
  expect(descStart(helpLine)).toBe(descStart(templateLine));
  const zh = lines.findIndex((l) => l.includes("0 完成"));
  expect(lines[zh]).not.toMatch(/[a-z]{3}/);
  expect(lines[zh + 1]).toMatch(/^ {2}\/ 0 done, 1 the input has errors/);
  expect(lines[zh + 1]).not.toMatch(/[\u4e00-\u9fff]/);
});

test("export's usage lists the --force it takes", async () => {
  const { out } = await runCli(["help", "export"]);
  expect(out).toContain("gridscore export <file.xlsx> [-o evaluation.json] [--force]");
});

test("an option typed with one dash is an unknown option (exit 2), not a file named -x", async () => {
  const file = variant("one-dash.json", () => undefined);
  const merge = await runCli(["merge", file, "-x"]);
  expect(merge.code).toBe(2);
  expect(merge.err).toContain("gridscore: 未知选项 -x / unknown option -x\n");
  const score = await runCli(["score", "-j", file]);
  expect(score.code).toBe(2);
  expect(score.err).toContain("未知选项 -j / unknown option -j");
});

test("-o without a value is named as typed, not as --out", async () => {
  const { code, err } = await runCli(["merge", "a.xlsx", "b.xlsx", "-o"]);
  expect(code).toBe(2);
  expect(err).toContain("gridscore: -o 需要参数值 / -o needs a value\n");
});

test("--method names the value given and what each method is", async () => {
  const { code, err } = await runCli(["merge", "a.xlsx", "--method", "avg"]);
  expect(code).toBe(2);
  expect(err).toContain(
    "--method 的值“avg”无效：只能是 mean（算术平均）、median（中位数）或 trimmed"
  );
  expect(err).toContain('--method "avg" is invalid: give mean, median or trimmed');
});

test("a group of one is '1 expert', not '1 experts'", async () => {
  const file = variant("alone.json", () => undefined);
  const { code, err } = await runCli(["merge", file, "--method", "trimmed"]);
  expect(code).toBe(0);
  expect(err).toContain("warning: the group has 1 expert; 4.2 says 5–7 as a rule");
  expect(err).toContain("warning: only 1 expert (fewer than 5)");
  expect(err).not.toContain("1 experts");
});

test("a misspelt metadata field is named as an unknown field, not as a field with an invalid value", async () => {
  const file = variant("levle.json", (e) => {
    e.meta.levle = e.meta.level!;
    delete e.meta.level;
  });
  const { code, err } = await runCli(["score", file]);
  expect(code).toBe(1);
  expect(err).toContain(
    "元数据 levle 不是评价 JSON 中的字段（可用的字段：organization / level / evaluator / role / date）；请删去或改正拼写"
  );
  expect(err).toContain(
    "meta has no field levle (its fields: organization / level / evaluator / role / date)"
  );
  expect(err).not.toContain('levle 的值 "city" 无效');
});

test("a JSON syntax error is said in Chinese on the Chinese line, the parser's words on the English line", async () => {
  const file = path.join(dir, "comma.json");
  fs.writeFileSync(file, '{"format":"gridscore-evaluation/1",}');
  const { code, err } = await runCli(["score", file]);
  expect(code).toBe(1);
  const [zh, en] = err.split("\n");
  expect(zh).toContain("不是有效的 JSON（第 36 个字符处有语法错误）");
  expect(zh).not.toMatch(/Expected|position/);
  expect(en).toContain("not valid JSON (");
  expect(en).toContain("position 35");
});

test("the same --evaluator twice is named; two names made into one file name are both named", async () => {
  const out = path.join(dir, "twice.xlsx");
  const twice = await runCli(["new", out, "--evaluator", "张三", "--evaluator", "张三"]);
  expect(twice.code).toBe(2);
  expect(twice.err).toContain(
    '--evaluator “张三”给了两次；每位评估人只写一次 / --evaluator "张三" is given twice; give each evaluator once'
  );
  const clash = await runCli(["new", out, "--evaluator", "张/三", "--evaluator", "张_三"]);
  expect(clash.code).toBe(2);
  expect(clash.err).toContain("评估人“张/三”和“张_三”的评分表都会写成");
  expect(clash.err).toContain('evaluators "张/三" and "张_三" would both be written to');
});

test("a cut-off workbook's cause is in Chinese on the Chinese line", async () => {
  const file = path.join(dir, "cut.xlsx");
  // The start of a zip (a local file header) without the rest: no end of central directory.
  fs.writeFileSync(file, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(400, 1)]));
  const { code, err } = await runCli(["score", file]);
  expect(code).toBe(1);
  const [zh, en] = err.split("\n");
  expect(en).toContain("(no end of central directory)");
  expect(zh).toContain(
    "工作簿已损坏，无法读取（缺少 zip 的中央目录，文件不完整，可能只传了一部分）"
  );
  expect(zh).not.toContain("central directory");
});

test("node lib/cli/main.js runs the command, as bin/gridscore.js does", () => {
  const main = path.join(__dirname, "..", "..", "lib", "cli", "main.js");
  if (!fs.existsSync(main)) return; // built by `npm test` (build:cli) before jest
  const run = spawnSync(process.execPath, [main, "--version"], { encoding: "utf8" });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^gridscore \d+\.\d+\.\d+\n/);
  const bad = spawnSync(process.execPath, [main, "frob"], { encoding: "utf8" });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('未知命令“frob” / unknown command "frob"');
});
