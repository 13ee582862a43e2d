/**
 * A remediation plan (整改台账) given as `--plan-status` belongs to the evaluation it is used with: another unit's
 * plan is refused naming both units (compare and new --from); a plan of another evaluation of the same unit, or one
 * that records no source (an older plan), is used with a warning; the evaluation's own plan, without a word.
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLE, loadWorkbook, runCli, tmpDir, writeJson } from "./support";
import { PLAN_META_SHEET } from "../../src/report/planSheet";
import { planSourceProblems } from "../../src/report/planIdentity";

const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as {
  meta: Record<string, string>;
  items: Record<string, unknown>;
};

/** The example with its meta changed (another unit, level or date). */
function variant(dir: string, name: string, meta: Record<string, string>): string {
  return writeJson(dir, name, { ...example, meta: { ...example.meta, ...meta } });
}

/** `gridscore plan` of a file into the folder; returns the plan's path. */
async function planOf(dir: string, file: string, name: string): Promise<string> {
  const out = path.join(dir, name);
  const r = await runCli(["plan", file, "-o", out]);
  expect(r.code).toBe(0);
  return out;
}

describe("--plan-status of another unit", () => {
  test("compare refuses it, naming both units; new --from refuses it too", async () => {
    const dir = tmpDir();
    const other = variant(dir, "other.json", { organization: "另一个县中心", level: "county" });
    const otherPlan = await planOf(dir, other, "otherplan.xlsx");
    const r = await runCli(["compare", EXAMPLE, EXAMPLE, "--plan-status", otherPlan]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(otherPlan);
    expect(r.err).toContain("“另一个县中心”（县（市、区））");
    expect(r.err).toContain("“示例市网格化服务管理中心”（省辖市）");
    expect(r.err).toContain("未使用");
    const next = path.join(dir, "next.xlsx");
    const n = await runCli(["new", next, "--from", EXAMPLE, "--plan-status", otherPlan]);
    expect(n.code).toBe(1);
    expect(n.err).toContain("另一个县中心");
    expect(fs.existsSync(next)).toBe(false);
  });

  test("the same organization at another level is another unit", () => {
    expect(
      planSourceProblems(
        { organization: "甲中心", level: "county" },
        { organization: "甲中心", level: "city", total: 300 }
      ).map((p) => p.code)
    ).toEqual(["remediation-other-unit"]);
  });
});

describe("--plan-status of the same unit", () => {
  test("its own plan: used without a word", async () => {
    const dir = tmpDir();
    const own = await planOf(dir, EXAMPLE, "plan.xlsx");
    const r = await runCli(["compare", EXAMPLE, EXAMPLE, "--plan-status", own]);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("整改台账");
  });

  test("a plan of another evaluation (another date) is used, with a warning naming both", async () => {
    const dir = tmpDir();
    const earlier = variant(dir, "earlier.json", { date: "2025-11-20" });
    const plan = await planOf(dir, earlier, "plan.xlsx");
    const r = await runCli(["compare", EXAMPLE, EXAMPLE, "--plan-status", plan]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("另一次评估");
    expect(r.err).toContain("日期 2025-11-20");
    expect(r.err).toContain("日期 2026-11-28");
  });

  test("a plan that records no source (made by an older gridscore) is used, with a warning", async () => {
    const dir = tmpDir();
    const plan = await planOf(dir, EXAMPLE, "plan.xlsx");
    const wb = await loadWorkbook(plan);
    const meta = wb.getWorksheet(PLAN_META_SHEET)!;
    meta.eachRow((row) => {
      if (["level", "sourceDate", "sourceTotal"].includes(row.getCell(1).text))
        row.getCell(1).value = "";
    });
    await wb.xlsx.writeFile(plan);
    const r = await runCli(["compare", EXAMPLE, EXAMPLE, "--plan-status", plan]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("未记录所据评估");
  });

  test("the rule: another total alone warns; the same date and total do not", () => {
    const facts = { organization: "甲中心", level: "city", date: "2026-01-02", total: 300 };
    expect(planSourceProblems(facts, { ...facts })).toEqual([]);
    expect(planSourceProblems(facts, { ...facts, total: 301 })).toEqual([
      {
        code: "remediation-other-evaluation",
        total: 301,
        date: "2026-01-02",
        planTotal: 300,
        planDate: "2026-01-02",
      },
    ]);
    // A blank unit on either side is not compared.
    expect(
      planSourceProblems({ ...facts, organization: "" }, { ...facts, organization: "乙" })
    ).toEqual([]);
  });
});
