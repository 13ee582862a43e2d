/**
 * A roll-up's output inside the folder it rolls up (a new user's finding): `rollup dir -o dir/专家0.xlsx --force`
 * overwrote an expert's scoresheet, because an output found while walking a folder was dropped from the inputs
 * before the output check. It is refused now (exit 3, the file unchanged); an earlier roll-up's own workbook in
 * the folder is still left out of the inputs and may be overwritten with --force, as before.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { writeExpertWorkbooks } from "../support/finishScenario";

const sha = (file: string) =>
  crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("rollup -o into the folder it rolls up", () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-rollup-out-"));
    files = await writeExpertWorkbooks(dir, ["甲", "乙", "丙"]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("naming a unit's scoresheet found in the folder is refused, even with --force, and the file is unchanged", async () => {
    const before = sha(files[0]!);
    const { code, err } = await runCli(["rollup", dir, "-o", files[0]!, "--force"]);
    expect(code).toBe(3);
    expect(err).toContain(files[0]!);
    expect(sha(files[0]!)).toBe(before);
  });

  test("an earlier roll-up's workbook in the folder is not an input: written again with --force", async () => {
    const out = path.join(dir, "汇总.xlsx");
    const first = await runCli(["rollup", dir, "-o", out]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("读入 3 份评价");
    const again = await runCli(["rollup", dir, "-o", out, "--force", "--json"]);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.out) as { units: unknown[]; refused: unknown[] };
    expect([json.units.length, json.refused.length]).toEqual([3, 0]);
  });
});
