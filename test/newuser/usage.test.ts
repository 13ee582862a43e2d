/**
 * A new user's findings 8 and 9: a usage error prints the error and a one-line hint, not the whole usage; numeric
 * options take at most 2 decimals, as every input does (README: Numbers).
 */
import { runCli } from "../support/cli";

describe("usage errors print the error and where the usage is", () => {
  test("an unknown option of merge: the error, then `gridscore help merge`, not the whole usage", async () => {
    const { code, out, err } = await runCli(["merge", "x.xlsx", "--frobnicate"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(
      "gridscore: 未知选项 --frobnicate / unknown option --frobnicate\n" +
        "用法见 gridscore help merge / for usage, run gridscore help merge\n"
    );
  });

  test("an unknown command points at `gridscore help`", async () => {
    const { code, err } = await runCli(["scroe", "x.xlsx"]);
    expect(code).toBe(2);
    expect(err.split("\n")).toEqual([
      'gridscore: 未知命令“scroe” / unknown command "scroe"',
      "用法见 gridscore help / for usage, run gridscore help",
      "",
    ]);
  });

  test("--help and `help` still print the whole usage; `help merge` and `merge --help` one command's", async () => {
    const all = await runCli(["--help"]);
    expect(all.code).toBe(0);
    for (const command of ["template", "new", "score", "export", "merge", "report", "plan"])
      expect(all.out).toContain(`gridscore ${command} `);
    expect((await runCli(["help"])).out).toBe(all.out);
    const one = await runCli(["help", "merge"]);
    expect(one.code).toBe(0);
    expect(one.out).toContain("gridscore merge <file>...");
    expect(one.out).not.toContain("gridscore rollup");
    expect(one.out).toContain("退出码 / exit codes");
    expect((await runCli(["merge", "--help"])).out).toBe(one.out);
    const bad = await runCli(["help", "nothing"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('没有命令“nothing” / there is no command "nothing"');
  });
});

describe("numeric options take at most 2 decimals", () => {
  test.each(["12.345", "1e1", "0x1E", " 30", "0", "100.01", "-5", "abc"])(
    "--deviation-limit %j is refused naming the option, the limit and what to give",
    async (value) => {
      const { code, err } = await runCli(["merge", "x.json", "--deviation-limit", value]);
      expect(code).toBe(2);
      expect(err).toContain(`--deviation-limit 的值“${value}”无效`);
      expect(err).toContain("应大于0、不超过100，最多两位小数；请改填如 30 或 12.35");
      expect(err).toContain(`/ --deviation-limit "${value}" is invalid`);
    }
  );

  test("--deviation-limit 12.35 and 100 are accepted (the file is what fails next)", async () => {
    for (const value of ["12.35", "100", "30"]) {
      const { code, err } = await runCli([
        "merge",
        "/nonexistent/x.json",
        "--deviation-limit",
        value,
      ]);
      expect(err).not.toContain("--deviation-limit");
      expect(code).toBe(1);
    }
  });

  test("--workers names the value and the limit", async () => {
    const { code, err } = await runCli(["rollup", "x", "--workers", "2.5"]);
    expect(code).toBe(2);
    expect(err).toContain("--workers 的值“2.5”无效：应为 0 至 999 的整数");
  });
});

describe("the usage is in Chinese and English", () => {
  test("every Chinese description line is followed by its English line", async () => {
    const { out } = await runCli(["help"]);
    const lines = out.split("\n");
    const described = lines.filter((l) => /[\u4e00-\u9fff]/.test(l) && !l.includes(" / "));
    expect(described.length).toBeGreaterThan(10);
    for (const line of described) {
      const next = lines[lines.indexOf(line) + 1] ?? "";
      expect([line, next.trim().startsWith("/ ")]).toEqual([line, true]);
      expect(next).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
