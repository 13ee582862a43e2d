/**
 * `--` ends the options in every command, as POSIX utilities take it: a file whose name starts with `-` (here
 * `-2+3.xlsx`) can be named after it, in the working folder, without `./`. Before `--` such a name is still an
 * option the command lacks (未知选项), and after it `--help` or `--standard` are files, not options.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EXAMPLE_PATH, loadExample } from "../support/example";
import { runCli } from "../support/cli";

const DASHED = "-2+3.xlsx";

/** Runs the CLI with the working folder set to `dir`, as a user typing in that folder. */
async function inFolder(
  dir: string,
  argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await runCli(argv);
  } finally {
    process.chdir(before);
  }
}

/** A folder holding a filled scoresheet named `-2+3.xlsx`, written by `new … -- -2+3.xlsx`. */
async function dashedScoresheet(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-dashdash-"));
  const made = await inFolder(dir, ["new", "--inputs", EXAMPLE_PATH, "--", DASHED]);
  expect(made).toMatchObject({ code: 0, err: "" });
  expect(fs.existsSync(path.join(dir, DASHED))).toBe(true);
  return dir;
}

describe("-- ends the options", () => {
  test("score, export and rollup read a file named -2+3.xlsx given after --", async () => {
    const dir = await dashedScoresheet();
    const scored = await inFolder(dir, ["score", "--json", "--", DASHED]);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.out)).toMatchObject({ total: 435, verdict: "合格", errors: [] });

    const exported = await inFolder(dir, ["export", "-o", "e.json", "--", DASHED]);
    expect(exported.code).toBe(0);
    const evaluation = JSON.parse(fs.readFileSync(path.join(dir, "e.json"), "utf8")) as {
      format: string;
    };
    expect(evaluation.format).toBe("gridscore-evaluation/2");

    const rolled = await inFolder(dir, ["rollup", "--json", "--", DASHED]);
    expect(rolled.code).toBe(0);
    expect(rolled.out).toContain(DASHED);
    expect(rolled.err).not.toContain("未知选项");
  });

  test("merge, report and plan take it too, with their options before --", async () => {
    const dir = await dashedScoresheet();
    // A second evaluator's copy of the same evaluation, also named with a leading dash.
    const second = { ...loadExample(), meta: { ...loadExample().meta, evaluator: "李四" } };
    fs.writeFileSync(path.join(dir, "second.json"), JSON.stringify(second));
    const copy = await inFolder(dir, ["new", "--inputs", "second.json", "--", "-second.xlsx"]);
    expect(copy).toMatchObject({ code: 0, err: "" });
    const merged = await inFolder(dir, ["merge", "-o", "c.xlsx", "--", DASHED, "-second.xlsx"]);
    expect(merged.code).toBe(0);
    expect(merged.err).not.toContain("未知选项");
    expect(fs.existsSync(path.join(dir, "c.xlsx"))).toBe(true);

    const reported = await inFolder(dir, ["report", "-o", "r.docx", "--", DASHED]);
    expect(reported.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "r.docx"))).toBe(true);

    const planned = await inFolder(dir, ["plan", "-o", "p.xlsx", "--", DASHED]);
    expect(planned.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "p.xlsx"))).toBe(true);
  });

  test("before -- a leading dash is still an unknown option; after it --help and --standard are files", async () => {
    const dir = await dashedScoresheet();
    const unknown = await inFolder(dir, ["rollup", DASHED]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(`未知选项 ${DASHED}`);

    // `score -- --help` asks to score a file named --help: no usage, the missing file named.
    const help = await inFolder(dir, ["score", "--", "--help"]);
    expect(help.code).toBe(1);
    expect(help.out).toBe("");
    expect(help.err).toContain("--help");

    const standard = await inFolder(dir, ["score", "--", "--standard"]);
    expect(standard.code).toBe(1);
    expect(standard.err).toContain("--standard");
    expect(standard.err).not.toContain("--standard 需要");
  });

  test("only the first -- ends the options; a second one is a file's name", async () => {
    const dir = await dashedScoresheet();
    const two = await inFolder(dir, ["score", "--", "--", DASHED]);
    // Two files given to score (which takes one): refused as usage, not read as an option.
    expect(two.err).not.toContain("未知选项");
    expect(two.code).toBe(2);
  });
});
