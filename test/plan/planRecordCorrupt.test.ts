/**
 * readPlanRecord (src/engine/plan.ts) tells a copy made without a plan (no record) from a copy whose recorded plan
 * cannot be read back, and says what is wrong, in both languages (the reader names it at its cell:
 * test/layout/planRecordCell.test.ts). Table-driven over the kinds of damage (test/support/planRecord.ts).
 */
import {
  PLAN_FORMAT,
  describeProblem,
  formatProblem,
  planFingerprint,
  readPlanRecord,
  severityOf,
} from "../../src/engine";
import { COMMON_WORDS, CORRUPTIONS, PLAN_JSON } from "../support/planRecord";
import { parsedPlan } from "../support/plans";

const recordOf = () => {
  const plan = parsedPlan(PLAN_JSON);
  return { plan: planFingerprint(plan), planData: JSON.stringify(plan) };
};

describe("readPlanRecord", () => {
  test("no record at all is a copy made without a plan: no plan, no problem", () => {
    expect(readPlanRecord(undefined, undefined)).toEqual({});
    expect(readPlanRecord("", "")).toEqual({});
  });

  test("a sound record gives the plan back, as text or parsed", () => {
    const record = recordOf();
    expect(readPlanRecord(record.plan, record.planData)).toEqual({ plan: parsedPlan(PLAN_JSON) });
    expect(readPlanRecord(record.plan, JSON.parse(record.planData))).toEqual({
      plan: parsedPlan(PLAN_JSON),
    });
  });

  test.each(CORRUPTIONS)(
    "%s: a plan-record-corrupt error with its defect",
    (_l, damage, defect, zh, en) => {
      const record = recordOf();
      const changed = { ...record, ...damage(record) };
      const { plan, problem } = readPlanRecord(changed.plan, changed.planData);
      expect(plan).toBeUndefined();
      expect(problem).toMatchObject({ code: "plan-record-corrupt", defect });
      expect(severityOf(problem!)).toBe("error");
      expect(describeProblem(problem!, "zh-CN")).toContain(zh);
      expect(describeProblem(problem!, "en-US")).toContain(en);
    }
  );

  test("the fingerprint gone, the data kept: named as the missing plan entry", () => {
    const { planData } = recordOf();
    const { problem } = readPlanRecord("", planData);
    expect(problem).toEqual({ code: "plan-record-corrupt", defect: "missing", detail: "plan" });
    expect(describeProblem(problem!, "zh-CN")).toContain("缺少“plan”一项");
  });

  test("a format that is no gridscore plan is the wrong shape, not another version", () => {
    const { plan, planData } = recordOf();
    const data = { ...(JSON.parse(planData) as object), format: "gridscore-evaluation/2" };
    expect(readPlanRecord(plan, data).problem).toMatchObject({
      defect: "shape",
      cause: { code: "bad-format", found: "gridscore-evaluation/2", expected: PLAN_FORMAT },
    });
  });

  test("the whole message: where, what, why refused, what to do, in both languages", () => {
    const { plan } = recordOf();
    const { problem } = readPlanRecord(plan, '{"format":"gridscore-plan/1","members":[');
    const located = { ...problem!, where: { file: "甲.xlsx", sheet: "_gridscore", cell: "B14" } };
    expect(formatProblem(located, "zh-CN")).toBe(
      "错误：文件 甲.xlsx，工作表 _gridscore，单元格 B14：此评分表隐藏的标识工作表（_gridscore）中记录的评估方案（4.3、7.2）无法读取：方案内容（planData）不是完整的 JSON（内容在结束前中断，缺少括号或引号），可能被截断或改动过。无法据此核对评估方案界定为不适用的项目，也不能把评估方案带入导出或重建的文件，已拒绝，不会在不提示的情况下丢弃评估方案。请改用发出时的评分表副本（由 gridscore new --plan 或加载项按评估方案生成，勿修改隐藏的标识工作表）；如已无原副本，请评估组长用评估方案 plan.json 重新生成评分表（gridscore new --plan，或加载项“导出 → 为评估组成员生成空白评分表”）后重新填写"
    );
    const en = formatProblem(located, "en-US");
    expect(en).toMatch(/^error: file 甲\.xlsx, sheet _gridscore, cell B14: /);
    expect(en).toContain(COMMON_WORDS[1]);
    expect(en).toContain("so the copy is refused rather than losing the plan without a word");
    expect(en).toContain("ask the group leader to make the copy again from plan.json");
  });
});
