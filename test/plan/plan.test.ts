/**
 * The group's evaluation plan (issue 12; 4.3 评估方案, 7.2 经评估小组界定): copies made from it, locked 不适用
 * items with the group's reasons, a merge that refuses a copy of another plan, and a report citing the reasons.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { PLAN_FORMAT, parsePlan, planFingerprint } from "../../src/engine";
import type { Plan } from "../../src/engine";
import { COL } from "../../src/layout";

const PLAN = {
  format: PLAN_FORMAT,
  organization: "示例市网格化服务管理中心",
  level: "city",
  dates: { start: "2026-12-01", end: "2026-12-03" },
  members: [
    { name: "甲", field: "标准化", role: "组长" },
    { name: "乙", field: "社会治理" },
    { name: "丙", field: "信息化" },
  ],
  notApplicable: [
    { item: "A.3.3", reason: "本市无跨部门联办事项" },
    { item: "A.2.2", reason: "基础标准由省级统一制定" },
  ],
};

describe("parsing a plan", () => {
  test("a valid plan: items in the standard's order, a stable fingerprint", () => {
    const { plan, problems } = parsePlan(PLAN);
    expect(problems).toEqual([]);
    expect(plan!.notApplicable.map((n) => n.item)).toEqual(["A.2.2", "A.3.3"]);
    expect(planFingerprint(plan!)).toMatch(/^[0-9a-f]{16}$/);
    expect(planFingerprint(parsePlan(structuredClone(PLAN)).plan!)).toBe(planFingerprint(plan!));
  });

  test.each([
    [
      "a not-applicable item without a reason",
      { notApplicable: [{ item: "A.2.2" }] },
      "bad-structure",
    ],
    ["an unknown item", { notApplicable: [{ item: "A.9.9", reason: "x" }] }, "unknown-item"],
    ["a bad level", { level: "province" }, "bad-structure"],
    ["a bad date", { dates: { start: "2026-13-01" } }, "bad-structure"],
    ["a control character", { organization: "a\u0002" }, "text-forbidden-char"],
  ])("%s is refused", (_name, change, code) => {
    const { plan, problems } = parsePlan({ ...PLAN, ...change });
    expect(plan).toBeUndefined();
    expect(problems.map((p) => p.code)).toContain(code);
  });
});

describe("copies from the plan, the merge and the report", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-plan-"));
  const planFile = path.join(dir, "plan.json");
  fs.writeFileSync(planFile, JSON.stringify(PLAN));
  const copy = (name: string) => path.join(dir, `评分表-${name}.xlsx`);

  beforeAll(async () => {
    const r = await runCli(["new", path.join(dir, "评分表.xlsx"), "--plan", planFile]);
    expect(r.code).toBe(0);
  });

  test("one copy per member, each with the plan's items locked as 不适用 and the reason shown", async () => {
    for (const name of ["甲", "乙", "丙"]) expect(fs.existsSync(copy(name))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy("乙"));
    const ws = wb.getWorksheet("A.3")!;
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(COL.id + 1).value !== "A.3.3.1") return;
      found = true;
      const status = row.getCell(COL.status + 1);
      expect(status.value).toBe("不适用（满分）");
      expect(status.protection?.locked).not.toBe(false);
      expect(status.dataValidation?.type).toBeUndefined();
      expect(row.getCell(COL.note + 1).text).toContain("本市无跨部门联办事项");
    });
    expect(found).toBe(true);
    const score = await runCli(["score", copy("乙"), "--json"]);
    const json = JSON.parse(score.out);
    expect(json.items.find((i: { id: string }) => i.id === "A.3.3")).toMatchObject({
      status: "na",
      score: 40,
    });
  });

  test("the merge refuses a copy made from another plan, naming it", async () => {
    const other: Plan = {
      ...(PLAN as unknown as Plan),
      notApplicable: [{ item: "A.2.2", reason: "基础标准由省级统一制定" }],
    };
    const otherFile = path.join(dir, "other.json");
    fs.writeFileSync(otherFile, JSON.stringify(other));
    const stray = path.join(dir, "丁.xlsx");
    expect((await runCli(["new", stray, "--plan", otherFile, "--evaluator", "丁"])).code).toBe(0);
    const r = await runCli(["merge", copy("甲"), copy("乙"), copy("丙"), stray]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("另一份评估方案");
    expect(r.err).toContain(stray);
    const ok = await runCli(["merge", copy("甲"), copy("乙"), copy("丙"), "--json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).items.find((i: { id: string }) => i.id === "A.3.3")).toMatchObject({
      statusConflict: false,
      consensus: 40,
    });
  });

  test("the report cites the plan's reason for every 不适用 item", async () => {
    const out = path.join(dir, "r.docx");
    expect((await runCli(["report", copy("甲"), "-o", out])).code).toBe(0);
    const docx = await JSZip.loadAsync(fs.readFileSync(out));
    const text = (await docx.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text).toContain("本市无跨部门联办事项");
    expect(text).toContain("基础标准由省级统一制定");
  });
});
