/**
 * src/engine/planRecordMessages.ts, left unchecked by engine-rest's mutation run (2aac6f5): the JSON parser's own
 * words win over the stored detail, a missing detail shows as nothing, a wrong shape without a cause adds no
 * brackets, the short defect words name the recorded plan, and a record from the pane's saved rewrite says so.
 */
import type { Problem } from "../../src/engine/problems";
import { planRecordCorruptWords, planRecordDefectWords } from "../../src/engine/planRecordMessages";

type PlanRecordCorrupt = Extract<Problem, { code: "plan-record-corrupt" }>;

const corrupt = (p: Omit<PlanRecordCorrupt, "code">): PlanRecordCorrupt => ({
  code: "plan-record-corrupt",
  ...p,
});

describe("planRecordDefectWords", () => {
  it("prefers the JSON parser's words to the stored detail, in both languages", () => {
    const p = corrupt({ defect: "json", detail: "Unexpected end" });
    expect(planRecordDefectWords(p, false, { json: "unexpected end of the data" })).toBe(
      "its recorded plan cannot be read: the plan's data (planData) is not complete JSON (unexpected end of the data); it was cut short or edited"
    );
    expect(planRecordDefectWords(p, true, { json: "数据意外结束" })).toBe(
      "记录的评估方案无法读取：方案内容（planData）不是完整的 JSON（数据意外结束），可能被截断或改动过"
    );
  });

  it("falls back to the stored detail, and shows a missing detail as nothing", () => {
    expect(
      planRecordDefectWords(corrupt({ defect: "json", detail: "Unexpected end" }), false, {})
    ).toBe(
      "its recorded plan cannot be read: the plan's data (planData) is not complete JSON (Unexpected end); it was cut short or edited"
    );
    expect(planRecordDefectWords(corrupt({ defect: "json" }), false, {})).toBe(
      "its recorded plan cannot be read: the plan's data (planData) is not complete JSON (); it was cut short or edited"
    );
    expect(planRecordDefectWords(corrupt({ defect: "version" }), true, {})).toBe(
      "记录的评估方案无法读取：方案内容（planData）的格式为“”，本版本 gridscore 只能读取 gridscore-plan/1（可能由更新版本的 gridscore 生成，或被改动过）"
    );
  });

  it("adds no brackets to a wrong shape without a cause", () => {
    const p = corrupt({ defect: "shape" });
    expect(planRecordDefectWords(p, true, {})).toBe(
      "记录的评估方案无法读取：方案内容（planData）不是评估方案的格式"
    );
    expect(planRecordDefectWords(p, false, {})).toBe(
      "its recorded plan cannot be read: the plan's data (planData) is not a plan"
    );
    expect(planRecordDefectWords(p, false, { cause: "no items" })).toBe(
      "its recorded plan cannot be read: the plan's data (planData) is not a plan (no items)"
    );
  });
});

describe("planRecordCorruptWords", () => {
  it("places a record from the pane's saved rewrite there, in both languages", () => {
    const p = corrupt({ defect: "missing", detail: "plan", rewrite: true });
    const zh = planRecordCorruptWords(p, true, {});
    expect(
      zh.startsWith(
        "加载项为未完成的重写保存的记录中记录的评估方案（4.3、7.2）无法读取：缺少“plan”一项"
      )
    ).toBe(true);
    expect(zh).not.toContain("_gridscore");
    const en = planRecordCorruptWords(p, false, {});
    expect(
      en.startsWith(
        "the group's plan (4.3, 7.2) recorded in the add-in's saved record of an unfinished rewrite cannot be read: the entry \"plan\" is missing"
      )
    ).toBe(true);
    expect(en).not.toContain("_gridscore");
  });

  it("places any other record in the hidden identity sheet, in both languages", () => {
    const p = corrupt({ defect: "fingerprint", detail: "abc123" });
    expect(planRecordCorruptWords(p, true, {})).toContain(
      "此评分表隐藏的标识工作表（_gridscore）中记录的评估方案（4.3、7.2）无法读取：方案内容（planData）与记录的方案指纹 abc123 不符"
    );
    expect(planRecordCorruptWords(p, false, {})).toContain(
      "recorded in this scoresheet's hidden identity sheet (_gridscore) cannot be read: the plan's data (planData) no longer matches the recorded fingerprint abc123"
    );
  });
});
