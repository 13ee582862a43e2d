/**
 * The merge's plan check names the group's plan, never an empty one (tester's M9): when copies without a plan are
 * as many as (or more than) the copies made from the plan, the copies without a plan are the ones named, with the
 * plan's fingerprint in the message, and never "方案（）".
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { PLAN_FORMAT, parsePlan, planFingerprint } from "../../src/engine";

const PLAN = {
  format: PLAN_FORMAT,
  organization: "示例市网格化服务管理中心",
  level: "city",
  dates: { start: "2026-12-01", end: "2026-12-03" },
  members: [
    { name: "甲", field: "标准化", role: "组长" },
    { name: "乙", field: "社会治理" },
  ],
  notApplicable: [{ item: "A.3.3", reason: "本市无跨部门联办事项" }],
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-plan-mismatch-"));

test("copies without a plan never outvote the group's plan, and the message names it", async () => {
  const planFile = path.join(dir, "plan.json");
  fs.writeFileSync(planFile, JSON.stringify(PLAN));
  const fingerprint = planFingerprint(parsePlan(PLAN).plan!);
  const planned = path.join(dir, "甲.xlsx");
  expect((await runCli(["new", planned, "--plan", planFile, "--evaluator", "甲"])).code).toBe(0);
  const plain = [path.join(dir, "乙.xlsx"), path.join(dir, "丙.xlsx")];
  for (const [i, f] of plain.entries())
    expect((await runCli(["new", f, "--evaluator", ["乙", "丙"][i]!])).code).toBe(0);
  const r = await runCli(["merge", planned, ...plain]);
  expect(r.code).toBe(1);
  expect(r.err).not.toContain("方案（）");
  expect(r.err).not.toContain("另一份评估方案");
  for (const f of plain) expect(r.err).toContain(f);
  expect(r.err).toContain(`不是按评估方案生成的，而 ${planned} 等按方案（${fingerprint}）生成`);
});
