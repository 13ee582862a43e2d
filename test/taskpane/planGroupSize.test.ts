/**
 * The pane's plan reader (导出 → 为评估组成员生成空白评分表) tells a group of other than 5–7 members (4.2) as
 * `new --plan` does, in the pane's language, and still takes the plan.
 */
import { readPlanText } from "../../src/taskpane/files/blankCopies";
import { PLAN_FORMAT } from "../../src/engine";

const plan = (n: number): string =>
  JSON.stringify({
    format: PLAN_FORMAT,
    members: Array.from({ length: n }, (_, i) => ({ name: `专家${i + 1}` })),
  });

describe("the pane's plan: the group's size", () => {
  it("8 members: the plan is taken, with the merge's words", async () => {
    const read = await readPlanText(plan(8), "zh-CN");
    expect("plan" in read && read.plan.members).toHaveLength(8);
    expect("plan" in read && read.warnings).toBe("评估组有 8 位专家，标准4.2要求一般为5–7人");
    const en = await readPlanText(plan(4), "en-US");
    expect("plan" in en && en.warnings).toBe("the group has 4 experts; 4.2 says 5–7 as a rule");
  });

  it("5 members: no warning", async () => {
    const read = await readPlanText(plan(5), "zh-CN");
    expect("plan" in read && read.warnings).toBeUndefined();
  });
});
