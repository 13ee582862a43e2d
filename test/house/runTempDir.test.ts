/**
 * The run's temporary files (test/support/runTempDir.js): every test's os.tmpdir() is the run's own directory,
 * which globalTeardown removes with whatever the tests left in it, so a run leaves nothing in the system's.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { enterRunTempDir, leaveRunTempDir, KEY } = jest.requireActual<{
  enterRunTempDir: () => string;
  leaveRunTempDir: () => void;
  KEY: string;
}>("../support/runTempDir.js");

describe("the run's temporary directory", () => {
  test("os.tmpdir() in a test is the run's directory, and a child process inherits it", () => {
    const dir = os.tmpdir();
    expect(path.basename(dir)).toMatch(/^gridscore-jest-/);
    expect(process.env[KEY]).toBe(dir);
    expect(fs.statSync(dir).isDirectory()).toBe(true);
    const child = spawnSync(process.execPath, [
      "-e",
      "process.stdout.write(require('os').tmpdir())",
    ]);
    expect(child.stdout.toString()).toBe(dir);
  });

  test("leaving removes the directory and what was left in it; a directory it did not make is never removed", () => {
    const saved = { tmp: process.env.TMPDIR, key: process.env[KEY] };
    try {
      const dir = enterRunTempDir();
      fs.mkdirSync(path.join(dir, "left", "deep"), { recursive: true });
      fs.writeFileSync(path.join(dir, "left", "deep", "x.xlsx"), "x");
      leaveRunTempDir();
      expect(fs.existsSync(dir)).toBe(false);
      expect(process.env[KEY]).toBeUndefined();

      const other = fs.mkdtempSync(path.join(saved.tmp ?? os.tmpdir(), "not-ours-"));
      process.env[KEY] = other;
      leaveRunTempDir();
      expect(fs.existsSync(other)).toBe(true);
      fs.rmSync(other, { recursive: true });
    } finally {
      process.env.TMPDIR = saved.tmp;
      process.env[KEY] = saved.key;
    }
  });
});
