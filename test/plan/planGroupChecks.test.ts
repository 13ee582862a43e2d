/**
 * A plan is checked when it is read, not after everyone has scored: a group of other than 5–7 members (4.2) is
 * warned of by `new --plan` in the merge's words; two leaders (组长) are refused naming both; a not-applicable id
 * unknown to Appendix A is named at its JSON path, and a requirement line's id is told the item id to use.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { PLAN_FORMAT, describeProblem, parsePlan, planWarnings } from "../../src/engine";
import { parsedPlan } from "../support/plans";

const members = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `专家${i + 1}` }));

describe("the group's size (4.2: 5–7)", () => {
  test.each([
    [8, [{ code: "group-size", experts: 8 }]],
    [4, [{ code: "group-size", experts: 4 }]],
    [5, []],
    [7, []],
    [0, []],
  ])("%i members: %j", (n, expected) => {
    expect(planWarnings(parsedPlan({ format: PLAN_FORMAT, members: members(n) }))).toEqual(
      expected
    );
  });

  test("new --plan with 8 members writes the copies and warns as merge does, naming the plan", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-plan8-"));
    const planFile = path.join(dir, "plan8.json");
    fs.writeFileSync(planFile, JSON.stringify({ format: PLAN_FORMAT, members: members(8) }));
    const r = await runCli(["new", path.join(dir, "评分表.xlsx"), "--plan", planFile]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("评分表-"))).toHaveLength(8);
    expect(r.err).toContain(planFile);
    expect(r.err).toContain("评估组有 8 位专家，标准4.2要求一般为5–7人");
  });
});

describe("two leaders", () => {
  test("are refused at the second one's role, naming both", () => {
    const { plan, problems } = parsePlan({
      format: PLAN_FORMAT,
      members: [{ name: "甲", role: "组长" }, { name: "乙" }, { name: "丙", role: "组长" }],
    });
    expect(plan).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "bad-structure", path: "$.members[2].role" });
    const zh = describeProblem(problems[0]!, "zh-CN");
    expect(zh).toContain("“甲”“丙”都写为组长");
  });

  test("each line of the message is in its own language, the names quoted in the English one", () => {
    // The English half names the members, in Chinese: it once kept the whole bilingual text on both lines.
    const { problems } = parsePlan({
      format: PLAN_FORMAT,
      members: [{ name: "甲", role: "组长" }, { name: "乙" }, { name: "丙", role: " 组长 " }],
    });
    expect([
      describeProblem(problems[0]!, "zh-CN"),
      describeProblem(problems[0]!, "en-US"),
    ]).toEqual([
      "$.members[2].role：应为 评估组只有一位组长（“甲”“丙”都写为组长），请只保留一位",
      '$.members[2].role: expected one group leader ("甲", "丙" all have the role "组长"): keep one',
    ]);
  });

  test("one leader is accepted", () => {
    expect(
      parsePlan({ format: PLAN_FORMAT, members: [{ name: "甲", role: "组长" }, { name: "乙" }] })
        .problems
    ).toEqual([]);
  });
});

describe("not-applicable ids unknown to Appendix A", () => {
  test("an unknown id is named at its JSON path", () => {
    const { problems } = parsePlan({
      format: PLAN_FORMAT,
      notApplicable: [
        { item: "A.3.3", reason: "x" },
        { item: "A.9.9", reason: "y" },
      ],
    });
    expect(problems).toEqual([
      { code: "unknown-item", itemId: "A.9.9", path: "$.notApplicable[1].item" },
    ]);
    expect(describeProblem(problems[0]!, "zh-CN")).toBe(
      "$.notApplicable[1].item：未知的评价内容编号 A.9.9（附录A中没有此项）"
    );
  });

  test("a requirement line's id is told the item id to use", () => {
    const { problems } = parsePlan({
      format: PLAN_FORMAT,
      notApplicable: [{ item: "A.3.3.1", reason: "x" }],
    });
    expect(problems).toEqual([
      { code: "unknown-item", itemId: "A.3.3.1", path: "$.notApplicable[0].item", lineOf: "A.3.3" },
    ]);
    expect(describeProblem(problems[0]!, "zh-CN")).toBe(
      "$.notApplicable[0].item：A.3.3.1 是 A.3.3 的评价要求（行）编号，不是项目编号；请填项目编号 A.3.3"
    );
    expect(describeProblem(problems[0]!, "en-US")).toContain("use the item id A.3.3");
  });
});
