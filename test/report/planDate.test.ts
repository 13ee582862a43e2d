/**
 * The 整改台账 names the evaluation's date as people read it (new user's review: "依据评估报告（2026-12-01 至
 * 2026-12-03，…）" on the plan, where the Word report writes 2026年12月1日至12月3日).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { readFastWorkbook } from "../../src/writers/xlsx/fastGrid";

test("the plan's subtitle shows the date as 2026年…月…日, never ISO", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-plan-date-"));
  try {
    const json = path.join(dir, "e.json");
    const example = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "examples", "evaluation.json"), "utf8")
    ) as { meta: Record<string, string> };
    example.meta.date = "2026-12-03";
    fs.writeFileSync(json, JSON.stringify(example));
    const plan = path.join(dir, "plan.xlsx");
    expect((await runCli(["plan", json, "-o", plan])).code).toBe(0);
    const wb = readFastWorkbook(new Uint8Array(fs.readFileSync(plan)));
    const texts: string[] = [];
    for (let col = 0; col < 5; col++) {
      const v = wb.grid.cell("整改台账", 1, col);
      if (typeof v === "string") texts.push(v);
    }
    const subtitle = texts.join("");
    expect(subtitle).toContain("2026年12月3日");
    expect(subtitle).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
