/**
 * src/engine/plan.ts's survivors of engine-rest's mutation run (7281fcb): a leader's role typed with a space, the
 * English half of the one-leader message naming every leader, a null record (no record, like undefined), the
 * fingerprint a mismatched record names, and a plan reason with a trailing space whose note a workbook gives back
 * trimmed. Each calls the code inside the test and compares the whole result.
 */
import {
  PLAN_FORMAT,
  parsePlan,
  planFingerprint,
  planOverrides,
  planReasonNote,
  readPlanRecord,
} from "../../src/engine";
import type { Plan } from "../../src/engine";
import { emptyEvaluation } from "../../src/engine/evaluation";

describe("parsePlan: one group leader", () => {
  it("counts a role typed as ' 组长 ' (spaces around it) as a leader, and names every leader in both languages", () => {
    const { plan, problems } = parsePlan({
      format: PLAN_FORMAT,
      members: [{ name: "甲", role: "组长" }, { name: "乙" }, { name: "丙", role: " 组长 " }],
    });
    expect(plan).toBeUndefined();
    expect(problems).toEqual([
      {
        code: "bad-structure",
        path: "$.members[2].role",
        expected:
          '评估组只有一位组长（“甲”“丙”都写为组长），请只保留一位 / one group leader ("甲", "丙" all have the role "组长"): keep one',
      },
    ]);
  });

  it("names three leaders, the second one's role at its path", () => {
    const { problems } = parsePlan({
      format: PLAN_FORMAT,
      members: [
        { name: "Li", role: "组长" },
        { name: "Wang", role: "组长" },
        { name: "Zhao", role: "组长" },
      ],
    });
    expect(problems).toEqual([
      {
        code: "bad-structure",
        path: "$.members[1].role",
        expected:
          '评估组只有一位组长（“Li”“Wang”“Zhao”都写为组长），请只保留一位 / one group leader ("Li", "Wang", "Zhao" all have the role "组长"): keep one',
      },
    ]);
  });
});

describe("readPlanRecord", () => {
  it("reads a null record and no fingerprint as no record (a copy made without a plan)", () => {
    expect(readPlanRecord(undefined, null)).toEqual({});
    expect(readPlanRecord("", null)).toEqual({});
  });

  it("names the recorded fingerprint the data no longer matches", () => {
    const json = { format: PLAN_FORMAT, members: [{ name: "甲" }], notApplicable: [] };
    const real = planFingerprint(parsePlan(json).plan!);
    const recorded =
      real === "0".repeat(real.length) ? "1".repeat(real.length) : "0".repeat(real.length);
    expect(readPlanRecord(recorded, JSON.stringify(json))).toEqual({
      problem: { code: "plan-record-corrupt", defect: "fingerprint", detail: recorded },
    });
  });
});

describe("planOverrides compares notes trimmed on both sides", () => {
  const plan: Plan = {
    format: PLAN_FORMAT,
    members: [],
    // Built by hand (parsePlan trims a reason): the reason ends in a space.
    notApplicable: [{ item: "A.3.3", reason: "本市无跨部门联办事项 " }],
  };
  const withNote = (note: string) => ({
    ...emptyEvaluation(),
    items: { "A.3.3": { status: "na", notes: { "A.3.3": note } } },
  });

  it("accepts the plan's note as a workbook gives it back, without the trailing space", () => {
    expect(planReasonNote("本市无跨部门联办事项 ")).toBe(
      "不适用（评估方案，7.2 经评估小组界定）：本市无跨部门联办事项 "
    );
    expect(
      planOverrides(withNote("不适用（评估方案，7.2 经评估小组界定）：本市无跨部门联办事项"), plan)
    ).toEqual([]);
  });

  it("still refuses another reason", () => {
    const note = "不适用（评估方案，7.2 经评估小组界定）：本市另有安排";
    expect(planOverrides(withNote(note), plan)).toEqual([
      {
        code: "plan-overridden",
        itemId: "A.3.3",
        found: "na",
        reason: "本市无跨部门联办事项 ",
        note,
      },
    ]);
  });
});
