/**
 * The evaluation JSON "gridscore-evaluation/2": eligibility, group, procedure and plan beside version 1's
 * inputs. A round trip JSON → workbook → JSON keeps them; score, new --inputs, report and plan read it; version 1
 * is still accepted; bad parts are refused with their path.
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLE, loadWorkbook, runCli, textOf, tmpDir, writeJson } from "./support";
import { zipEntry } from "../report/support";

const example = JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;

const V2 = {
  ...example,
  format: "gridscore-evaluation/2",
  eligibility: {
    operationStart: "2025-11-30",
    selfEvaluationDate: "2026-04-10",
    applicationDate: "2026-05-31",
    selfEvaluationScore: 352,
    incidents: { quality: "no", safety: "no", media: "yes" },
    evidence: { operationStart: "体系发布令（2025年第3号）", media: "2026-03 地方报道" },
  },
  group: [
    {
      name: "李四",
      field: "standardization",
      unit: "市标准化研究院",
      role: "leader",
      source: "标准化专家库",
    },
    { name: "王五", field: "industry", unit: "区网格中心", role: "member" },
    { name: "赵六", field: "management", unit: "市政法委", role: "member" },
    { name: "钱七", field: "industry", role: "member" },
    { name: "孙八", field: "standardization", unit: "省标准化协会", role: "member" },
  ],
  procedure: {
    "6.1": { date: "2026-06-02", people: "李四", notes: "宣布评估组成员" },
    "6.7": { date: "2026-06-05", notes: "通报评估情况" },
  },
};

const PLAN = {
  "A.1.2.1": {
    measure: "补充标准化机构图",
    department: "办公室",
    deadline: "2027-03-31",
    status: "in-progress",
    evidence: "https://example.org/机构图.pdf",
    review: "待复核",
  },
};

describe("gridscore-evaluation/2", () => {
  const dir = tmpDir();
  const v2 = writeJson(dir, "v2.json", V2);

  test("round trip JSON → workbook → JSON keeps eligibility, group and procedure", async () => {
    const file = path.join(dir, "评分表.xlsx");
    expect((await runCli(["new", file, "--inputs", v2])).code).toBe(0);
    const exported = await runCli(["export", file]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out)).toEqual(V2);
  });

  test("score and report read version 2; the report has its group, procedure and dates", async () => {
    const scored = await runCli(["score", v2, "--json"]);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.out)).toMatchObject({ total: 435, errors: [] });
    const out = path.join(dir, "报告.docx");
    const r = await runCli(["report", v2, "-o", out]);
    expect(r.code).toBe(0);
    const document = zipEntry(fs.readFileSync(out), "word/document.xml");
    for (const text of ["孙八", "省标准化协会", "通报评估情况", "2025年11月30日"])
      expect(document).toContain(text);
  });

  test("plan reads version 2's plan rows into the plan's inputs", async () => {
    const withPlan = writeJson(dir, "plan.json", { ...V2, plan: PLAN });
    const out = path.join(dir, "整改台账.xlsx");
    expect((await runCli(["plan", withPlan, "-o", out])).code).toBe(0);
    const ws = (await loadWorkbook(out)).getWorksheet("整改台账")!;
    expect(textOf(ws.getCell("B8"))).toBe("A.1.2.1");
    expect(["H8", "I8", "J8", "K8", "L8", "M8"].map((a) => textOf(ws.getCell(a)))).toEqual([
      "补充标准化机构图",
      "办公室",
      "2027-03-31",
      "进行中",
      "https://example.org/机构图.pdf",
      "待复核",
    ]);
    expect(ws.getCell("K9").value).toBe("未开始");
  });

  test("version 1 is still accepted", async () => {
    const r = await runCli(["score", EXAMPLE, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ total: 435 });
  });

  test.each([
    ["a v1 file with a group", { ...example, group: [] }, "$.group"],
    ["a member without a name", { ...V2, group: [{ field: "industry" }] }, "$.group[0].name"],
    ["an unknown field", { ...V2, group: [{ name: "甲", field: "x" }] }, "$.group[0].field"],
    [
      "a date that is no date",
      { ...V2, eligibility: { applicationDate: "2026-02-30" } },
      "$.eligibility.applicationDate",
    ],
    [
      "an unknown incident",
      { ...V2, eligibility: { incidents: { fire: "no" } } },
      "$.eligibility.incidents.fire",
    ],
    ["an unknown step", { ...V2, procedure: { "6.8": {} } }, "$.procedure.6.8"],
    [
      "a plan status",
      { ...V2, plan: { "A.1.2.1": { status: "已完成" } } },
      '$.plan["A.1.2.1"].status',
    ],
  ])("%s is refused, naming %s", async (_, doc, where) => {
    const file = writeJson(dir, "bad.json", doc);
    const r = await runCli(["score", file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(where);
  });
});
