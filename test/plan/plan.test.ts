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
import { COL, COVER_COL, COVER_SHEET, META_FIRST_ROW } from "../../src/layout";
import { GROUP_COL, GROUP_SHEET } from "../../src/layout/evaluationSheets";
import { buildScoresheet } from "../../src/layout/workbook";

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

/**
 * Runs `new --plan` into a fresh folder inside the test that calls it, and returns where each member's copy is:
 * Stryker credits a test only with the code run while the test runs, not in `describe` or `beforeAll` (README,
 * Mutation testing), so each test makes the copies it checks.
 */
async function copiesFrom(dir: string, planFile: string): Promise<(name: string) => string> {
  const at = fs.mkdtempSync(path.join(dir, "copies-"));
  const r = await runCli(["new", path.join(at, "评分表.xlsx"), "--plan", planFile]);
  expect(r.code).toBe(0);
  return (name) => path.join(at, `评分表-${name}.xlsx`);
}

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

  test("one copy per member, each with the plan's items locked as 不适用 and the reason shown", async () => {
    const copy = await copiesFrom(dir, planFile);
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
    const copy = await copiesFrom(dir, planFile);
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
    const copy = await copiesFrom(dir, planFile);
    const out = path.join(dir, "r.docx");
    expect((await runCli(["report", copy("甲"), "-o", out])).code).toBe(0);
    const docx = await JSZip.loadAsync(fs.readFileSync(out));
    const text = (await docx.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text).toContain("本市无跨部门联办事项");
    expect(text).toContain("基础标准由省级统一制定");
  });
});

describe("copies from the plan carry its group and dates (H3)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-plan-group-"));
  // The leader is listed second: the 评估组 sheet keeps the plan's order, the consensus puts the leader first.
  const GROUP_PLAN = {
    format: PLAN_FORMAT,
    organization: "示例市网格化服务管理中心",
    level: "city",
    dates: { start: "2026-12-01", end: "2026-12-03" },
    members: [
      { name: "赵一", field: "行业专家", unit: "市城管局", role: "成员" },
      { name: "钱二", field: "标准化", unit: "市标准化院", role: "组长" },
      { name: "孙三", field: "管理人员", unit: "区网格中心", role: "成员" },
      { name: "李四", field: "行业专家", unit: "市大数据局", role: "成员" },
      { name: "周五", field: "信息化", unit: "市信息中心", role: "成员" },
    ],
    notApplicable: [],
  };
  const planFile = path.join(dir, "plan.json");
  fs.writeFileSync(planFile, JSON.stringify(GROUP_PLAN));
  const names = GROUP_PLAN.members.map((m) => m.name);

  test("every copy's 评估组 has the plan's members in its order, and 说明 the plan's date", async () => {
    const copy = await copiesFrom(dir, planFile);
    for (const name of names) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(copy(name));
      const ws = wb.getWorksheet(GROUP_SHEET)!;
      const rows = names.map((_, i) =>
        [GROUP_COL.name, GROUP_COL.field, GROUP_COL.unit, GROUP_COL.role, GROUP_COL.source].map(
          (c) => ws.getRow(4 + i).getCell(c + 1).text
        )
      );
      expect(rows).toEqual([
        ["赵一", "行业专家", "市城管局", "成员", ""],
        ["钱二", "标准化", "市标准化院", "组长", ""],
        ["孙三", "管理人员", "区网格中心", "成员", ""],
        ["李四", "行业专家", "市大数据局", "成员", ""],
        // A field the sheet's list does not offer is kept in the note column, not dropped.
        ["周五", "", "市信息中心", "成员", "领域：信息化"],
      ]);
      expect(ws.getRow(4 + names.length).getCell(GROUP_COL.name + 1).text).toBe("");
      // Ordinary inputs the group can still correct.
      expect(ws.getRow(4).getCell(GROUP_COL.name + 1).protection?.locked).toBe(false);
      const cover = wb.getWorksheet(COVER_SHEET)!;
      const dateCell = cover.getRow(META_FIRST_ROW + 5).getCell(COVER_COL.value + 1);
      expect(dateCell.value).toBeInstanceOf(Date);
      expect((dateCell.value as Date).toISOString().slice(0, 10)).toBe("2026-12-01");
      expect(cover.getRow(META_FIRST_ROW + 1).getCell(COVER_COL.value + 1).text).toBe(
        "示例市网格化服务管理中心"
      );
    }
  });

  test("merge and report: the leader first, then the plan's order; no group warning; the plan's date", async () => {
    const copy = await copiesFrom(dir, planFile);
    const consensus = path.join(dir, "共识.xlsx");
    // Merged in another order than the plan's.
    const files = [...names].reverse().map(copy);
    expect((await runCli(["merge", ...files, "-o", consensus])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(consensus);
    const ws = wb.getWorksheet(GROUP_SHEET)!;
    expect(names.map((_, i) => ws.getRow(4 + i).getCell(GROUP_COL.name + 1).text)).toEqual([
      "钱二",
      "赵一",
      "孙三",
      "李四",
      "周五",
    ]);
    const out = path.join(dir, "r.docx");
    const r = await runCli(["report", consensus, "-o", out]);
    expect(r.code).toBe(0);
    const docx = await JSZip.loadAsync(fs.readFileSync(out));
    const text = (await docx.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text).not.toContain("未指定评估组组长");
    expect(text).not.toContain("没有标准化专家");
    expect(text).toContain("钱二");
    expect(text).toContain("组长");
    expect(text).toContain("市标准化院");
    expect(text).toContain("2026年12月1日");
    expect(text).toContain("评估日期2026年12月1日");
    expect(text).toContain("评估组（钱二、赵一、孙三、李四、周五）");
    expect(text.indexOf("钱二")).toBeLessThan(text.indexOf("赵一"));
    expect(text.indexOf("赵一")).toBeLessThan(text.indexOf("孙三"));
    expect(text.indexOf("李四")).toBeLessThan(text.indexOf("周五"));
  });

  test("a group the inputs give is kept; an organization or level other than the plan's is refused", async () => {
    const inputs = path.join(dir, "inputs.json");
    fs.writeFileSync(
      inputs,
      JSON.stringify({
        format: "gridscore-evaluation/2",
        meta: { date: "2026-12-02" },
        items: {},
        group: [{ name: "吴六", field: "standardization", role: "leader" }],
      })
    );
    const own = path.join(dir, "own.xlsx");
    const r = await runCli([
      "new",
      own,
      "--plan",
      planFile,
      "--inputs",
      inputs,
      "--evaluator",
      "吴六",
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(own);
    expect(
      wb
        .getWorksheet(GROUP_SHEET)!
        .getRow(4)
        .getCell(GROUP_COL.name + 1).text
    ).toBe("吴六");
    const date = wb
      .getWorksheet(COVER_SHEET)!
      .getRow(META_FIRST_ROW + 5)
      .getCell(COVER_COL.value + 1);
    expect((date.value as Date).toISOString().slice(0, 10)).toBe("2026-12-02");

    const other = await runCli([
      "new",
      path.join(dir, "x.xlsx"),
      "--plan",
      planFile,
      "--organization",
      "另一单位",
      "--evaluator",
      "甲",
    ]);
    expect(other.code).toBe(1);
    expect(other.err).toContain("另一单位");
    expect(other.err).toContain("示例市网格化服务管理中心");
    fs.writeFileSync(
      inputs,
      JSON.stringify({ format: "gridscore-evaluation/1", meta: { level: "county" }, items: {} })
    );
    const level = await runCli([
      "new",
      path.join(dir, "y.xlsx"),
      "--plan",
      planFile,
      "--inputs",
      inputs,
      "--evaluator",
      "甲",
    ]);
    expect(level.code).toBe(1);
    expect(level.err).toMatch(/层级.*县.*评估方案.*市/);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "y.xlsx"))).toBe(false);
  });
});

describe("a plan's 不适用 items cannot be overridden in a copy (H2), and export carries the plan (M1)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-plan-override-"));
  const planFile = path.join(dir, "plan.json");
  fs.writeFileSync(planFile, JSON.stringify(PLAN));

  /** The copies and 乙's copy overridden, made inside the test that calls it (as copiesFrom is). */
  async function withOverridden(): Promise<{ copy: (name: string) => string; overridden: string }> {
    const copy = await copiesFrom(dir, planFile);
    const overridden = path.join(path.dirname(copy("乙")), "乙-改.xlsx");
    // What an expert can do after unprotecting the sheet (no password): 正常评分 and a deduction on A.3.3.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy("乙"));
    const ws = wb.getWorksheet("A.3")!;
    ws.eachRow((row) => {
      if (row.getCell(COL.id + 1).value !== "A.3.3.1") return;
      row.getCell(COL.status + 1).value = "正常评分";
      row.getCell(COL.input + 1).value = 5;
      row.getCell(COL.note + 1).value = "联办流程不全";
    });
    await wb.xlsx.writeFile(overridden);
    return { copy, overridden };
  }

  test("score refuses the overridden item, naming it, its cell and the plan's reason", async () => {
    const { copy, overridden } = await withOverridden();
    const r = await runCli(["score", overridden, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    const problem = json.errors.find((p: { code: string }) => p.code === "plan-overridden");
    expect(problem).toMatchObject({
      itemId: "A.3.3",
      found: "normal",
      reason: "本市无跨部门联办事项",
      where: { sheet: "A.3" },
    });
    const text = await runCli(["score", overridden]);
    expect(text.code).toBe(1);
    expect(text.out + text.err).toContain("A.3.3");
    expect(text.out + text.err).toContain("评估方案已将本项界定为不适用");
    // The untouched copies still score.
    expect((await runCli(["score", copy("甲"), "--json"])).code).toBe(0);
  });

  test("the merge refuses the overridden copy, naming the file", async () => {
    const { copy, overridden } = await withOverridden();
    const r = await runCli(["merge", copy("甲"), copy("丙"), overridden]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(overridden);
    expect(r.err).toContain("A.3.3");
  });

  test("the layout locks the plan's reason and checks the status against 不适用", () => {
    const { plan } = parsePlan(PLAN);
    const model = buildScoresheet({
      identity: { workbookId: "-", createdAt: "-", generator: "-", kind: "scoresheet" },
      plan: plan!,
    });
    const sheet = model.sheets.find((s) => s.name === "A.3")!;
    const rowOf = (id: string) =>
      sheet.cells.find(
        (c) => c.col === COL.id && c.content.kind === "text" && c.content.text === id
      )!.row;
    const cell = (row: number, col: number) =>
      sheet.cells.find((c) => c.row === row && c.col === col)!;
    const planned = rowOf("A.3.3.1");
    expect(cell(planned, COL.note).locked).toBe(true);
    const check = sheet.cells.find((c) => c.row === planned && c.col === COL.check)!;
    expect(check.content.kind === "formula" && check.content.formula).toContain(
      "评估方案已界定本项不适用"
    );
    // Items outside the plan keep an editable note and no plan check.
    const other = rowOf("A.3.1.1");
    expect(cell(other, COL.note).locked).toBe(false);
    const otherCheck = sheet.cells.find((c) => c.row === other && c.col === COL.check)!;
    expect(otherCheck.content.kind === "formula" && otherCheck.content.formula).not.toContain(
      "评估方案"
    );
  });

  test("export carries the plan: the JSON merges with the other copies; overridden, it is refused", async () => {
    const copy = await copiesFrom(dir, planFile);
    const exported = await runCli(["export", copy("丙")]);
    expect(exported.code).toBe(0);
    const json = JSON.parse(exported.out);
    expect(json.groupPlan.fingerprint).toBe(planFingerprint(parsePlan(PLAN).plan!));
    const jsonFile = path.join(dir, "丙.json");
    fs.writeFileSync(jsonFile, exported.out);
    const ok = await runCli(["merge", copy("甲"), copy("乙"), jsonFile, "--json"]);
    expect(ok.err).not.toContain("另一份评估方案");
    expect(ok.code).toBe(0);
    // The JSON cannot override the plan either.
    const bent = path.join(dir, "丙-改.json");
    fs.writeFileSync(
      bent,
      JSON.stringify({
        ...json,
        items: { ...json.items, "A.3.3": { lines: { "A.3.3.1": 5 }, notes: { "A.3.3.1": "x" } } },
      })
    );
    const refused = await runCli(["merge", copy("甲"), copy("乙"), bent]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(bent);
    expect(refused.err).toContain("A.3.3");
  });
});
