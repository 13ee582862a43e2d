/**
 * --force over an existing output keeps the replaced file's permission bits (a private 0600 file stays
 * private), and a read-only output (no write bit) is refused even with --force, unchanged, with what to do.
 * Every output goes through one writer (src/cli/files.ts), so `new` and `export -o` stand for all of them.
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLE, runCli, tmpDir } from "../followup/support";

const modeOf = (file: string): number => fs.statSync(file).mode & 0o777;

function existing(dir: string, name: string, mode: number): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, "old");
  fs.chmodSync(file, mode);
  return file;
}

describe("--force keeps the replaced file's permission bits", () => {
  test.each<[string, number]>([
    ["0600", 0o600],
    ["0664", 0o664],
    ["0640", 0o640],
  ])("new over a %s file", async (_, mode) => {
    const dir = tmpDir();
    const out = existing(dir, "s.xlsx", mode);
    const r = await runCli(["new", out, "--force"]);
    expect(r.code).toBe(0);
    expect(modeOf(out)).toBe(mode);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("export -o over a 0600 file, and a new file gets 0644 less the umask", async () => {
    const dir = tmpDir();
    const json = existing(dir, "e.json", 0o600);
    const made = path.join(dir, "made.xlsx");
    expect((await runCli(["new", made, "--inputs", EXAMPLE])).code).toBe(0);
    expect(modeOf(made)).toBe(0o644 & ~process.umask());
    const r = await runCli(["export", made, "-o", json, "--force"]);
    expect(r.code).toBe(0);
    expect(modeOf(json)).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(json, "utf8")).meta.evaluator).toBe("张三");
  });
});

describe("a read-only output is refused even with --force", () => {
  test.each<[string, number]>([
    ["0444", 0o444],
    ["0400", 0o400],
    ["0555", 0o555],
  ])("a %s file is left as it was", async (_, mode) => {
    const dir = tmpDir();
    const out = existing(dir, "signed.xlsx", mode);
    const r = await runCli(["new", out, "--force"]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(
      `文件 ${out}：输出文件是只读的，即使加了 --force 也未覆盖（只读是文件主人防止覆盖的保护）；确需覆盖请先取消只读（如 chmod u+w），或换一个文件名`
    );
    expect(r.err).toContain(
      `file ${out}: the output file is read-only, so it was not overwritten even with --force`
    );
    expect(fs.readFileSync(out, "utf8")).toBe("old");
    expect(modeOf(out)).toBe(mode);
  });

  test("without --force a read-only file is refused as existing, as any other", async () => {
    const dir = tmpDir();
    const out = existing(dir, "signed.xlsx", 0o444);
    const r = await runCli(["new", out]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("输出文件已存在，未覆盖（要覆盖请加 --force）");
    expect(r.err).not.toContain("只读");
  });

  test("a symlink to an input is still refused with --force, and the input is untouched", async () => {
    const dir = tmpDir();
    const input = path.join(dir, "in.json");
    fs.copyFileSync(EXAMPLE, input);
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    const r = await runCli(["new", link, "--inputs", input, "--force"]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("绝不覆盖输入");
    expect(fs.readFileSync(input, "utf8")).toBe(fs.readFileSync(EXAMPLE, "utf8"));
  });
});
