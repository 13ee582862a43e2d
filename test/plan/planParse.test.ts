/**
 * What a plan.json may hold (tester's M6, M7): every key it does not know, a repeated member or item, and an end
 * date before the start are refused with the JSON path, in Chinese without English in the Chinese line.
 */
import { PLAN_FORMAT, describeProblem, parsePlan } from "../../src/engine";

const PLAN = {
  format: PLAN_FORMAT,
  organization: "示例市网格化服务管理中心",
  level: "city",
  dates: { start: "2026-12-01", end: "2026-12-03" },
  members: [{ name: "甲", field: "标准化", role: "组长" }, { name: "乙" }],
  notApplicable: [{ item: "A.3.3", reason: "本市无跨部门联办事项" }],
};

const problemsOf = (json: unknown, locale: "zh-CN" | "en-US" = "zh-CN") =>
  parsePlan(json).problems.map((p) => describeProblem(p, locale));

describe("parsePlan refuses, naming the JSON path", () => {
  it("accepts the plan as written", () => {
    expect(parsePlan(PLAN).problems).toEqual([]);
  });

  it.each([
    ["an unknown key at the top", { ...PLAN, bogus: 1 }, "$.bogus：应为 格式中已有的字段"],
    [
      "an unknown key in a member",
      { ...PLAN, members: [{ name: "甲", extra: "x" }] },
      "$.members[0].extra：应为 格式中已有的字段",
    ],
    [
      "an unknown key in the dates",
      { ...PLAN, dates: { start: "2026-12-01", finish: "2026-12-03" } },
      "$.dates.finish：应为 格式中已有的字段",
    ],
    [
      "an end date before the start",
      { ...PLAN, dates: { start: "2026-12-03", end: "2026-12-01" } },
      "$.dates.end：应为 不早于开始日期 2026-12-03",
    ],
    [
      "a member listed twice",
      { ...PLAN, members: [{ name: "甲" }, { name: " 甲 " }] },
      "$.members[1].name：应为 每人一次（“甲”已列出）",
    ],
    [
      "an item listed twice with different reasons",
      {
        ...PLAN,
        notApplicable: [
          { item: "A.7.1", reason: "甲" },
          { item: "A.7.1", reason: "乙" },
        ],
      },
      "$.notApplicable[1].item：应为 每项一次（A.7.1 已列出）",
    ],
  ])("%s", (_name, json, message) => {
    const problems = problemsOf(json);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
    expect(parsePlan(json).plan).toBeUndefined();
  });

  it("names the rule in each line's own language: no Chinese in the English line", () => {
    const en = problemsOf({ ...PLAN, bogus: 1 }, "en-US")[0]!;
    expect(en).toContain("$.bogus: expected a field of the format (remove it or fix its spelling)");
    expect(en).not.toMatch(/[\u3400-\u9fff]/);
    expect(problemsOf({ ...PLAN, bogus: 1 })[0]).not.toContain(" / a field of the format");
  });
});
