/**
 * The evaluation document written back (src/layout/evaluationDocument.ts): plan statuses from a cell's text,
 * the procedure's steps and record, and the version 2 JSON holding only what was entered, in a stable order.
 */
import { parsedPlan } from "../support/plans";
import {
  EVALUATION_FORMAT_V1,
  EVALUATION_FORMAT_V2,
  evaluationDocumentJson,
  planStatusFromText,
  procedureRecord,
  procedureSteps,
} from "../../src/layout/evaluationDocument";
import { PROCEDURE_STEPS } from "../../src/layout/evaluationSheets";

describe("plan statuses, procedure steps and the JSON written back", () => {
  test.each<[string, string | undefined]>([
    ["未开始", "not-started"],
    // Exactly the labels, as the item 状态 cells and the sheet's 逾期 formula read them: spaces are no label.
    [" 进行中\u3000", undefined],
    ["已完成", "done"],
    ["done", "done"],
    ["not-started", "not-started"],
    ["完成", undefined],
    ["", undefined],
    ["Done", undefined],
  ])("planStatusFromText(%p) = %p", (text, code) => {
    expect(planStatusFromText(text)).toBe(code);
  });

  test("procedureSteps lists the seven steps in order with what was recorded", () => {
    const steps = procedureSteps({ "6.2": { date: "2026-06-02", people: "李四" } });
    expect(steps.map((s) => s.id)).toEqual(["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"]);
    expect(steps[0]).toEqual({ id: "6.1", text: PROCEDURE_STEPS[0]!.text });
    expect(steps[1]).toEqual({
      id: "6.2",
      text: PROCEDURE_STEPS[1]!.text,
      date: "2026-06-02",
      people: "李四",
    });
  });

  test("procedureRecord keeps only steps with something recorded (an empty text counts as recorded)", () => {
    const t = (i: number) => PROCEDURE_STEPS[i]!.text;
    expect(
      procedureRecord([
        { id: "6.1", text: t(0) },
        { id: "6.2", text: t(1), date: "" },
        { id: "6.3", text: t(2), people: "p" },
        { id: "6.4", text: t(3), notes: "n", date: "2026-01-02" },
      ])
    ).toEqual({
      "6.2": { date: "" },
      "6.3": { people: "p" },
      "6.4": { date: "2026-01-02", notes: "n" },
    });
  });

  test("evaluationDocumentJson writes only what was entered, in a stable order", () => {
    const evaluation = {
      format: EVALUATION_FORMAT_V1,
      meta: { evaluator: "e" },
      items: {},
    } as const;
    expect(evaluationDocumentJson({ evaluation })).toEqual({
      format: EVALUATION_FORMAT_V2,
      meta: { evaluator: "e" },
      items: {},
    });
    const empty = evaluationDocumentJson({
      evaluation,
      eligibility: { incidents: {}, evidence: {} },
      group: [{ name: " " }, { name: "" }],
      procedure: {},
      plan: {},
    });
    expect(Object.keys(empty)).toEqual(["format", "meta", "items"]);
    const plan = parsedPlan();
    const full = evaluationDocumentJson({
      evaluation,
      eligibility: {
        applicationDate: "2026-01-01",
        selfEvaluationScore: 0,
        incidents: { media: "no" },
        evidence: {},
      },
      group: [{ name: "甲" }, { name: "\u3000".trim() }],
      procedure: { "6.1": { people: "p" } },
      plan: { "A.1.1.1": { status: "done" } },
      groupPlan: { fingerprint: "fp", plan },
    });
    expect(Object.keys(full)).toEqual([
      "format",
      "meta",
      "items",
      "eligibility",
      "group",
      "procedure",
      "plan",
      "groupPlan",
    ]);
    expect(full.eligibility).toEqual({
      applicationDate: "2026-01-01",
      selfEvaluationScore: 0,
      incidents: { media: "no" },
    });
    expect(full.group).toEqual([{ name: "甲" }]);
    expect(full.groupPlan).toEqual({ fingerprint: "fp", data: plan });
    const datesOnly = evaluationDocumentJson({
      evaluation,
      eligibility: { operationStart: "2025-01-01", selfEvaluationDate: "2025-02-01" },
    });
    expect(datesOnly.eligibility).toEqual({
      operationStart: "2025-01-01",
      selfEvaluationDate: "2025-02-01",
    });
    expect(Object.keys(datesOnly.eligibility as object)).toEqual([
      "operationStart",
      "selfEvaluationDate",
    ]);
  });
});
