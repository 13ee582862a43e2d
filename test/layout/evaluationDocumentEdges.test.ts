/**
 * The evaluation JSON of version 2 (src/layout/evaluationDocument.ts) at its edges: every bad-structure problem
 * with its exact path and expected text, the parts kept when valid.
 * Expected values follow the module's documented rules (codes, not labels, in JSON; ISO dates; only what was entered).
 */
import { PLAN_FORMAT, planFingerprint } from "../../src/engine";
import { parsedPlan } from "../support/plans";
import type { Problem } from "../../src/engine";
import {
  EVALUATION_FORMAT_V1,
  EVALUATION_FORMAT_V2,
  parseEvaluationDocument,
} from "../../src/layout/evaluationDocument";

const bad = (path: string, expected: string): Problem => ({
  code: "bad-structure",
  path,
  expected,
});
const INCIDENT_LIST =
  "quality | safety | environment | otherAccident | criticism | sanction | media";
const ELIGIBILITY_KEYS =
  "operationStart | selfEvaluationDate | applicationDate | selfEvaluationScore | incidents | evidence";
const EVIDENCE_KEYS = `operationStart | selfEvaluationDate | applicationDate | selfEvaluationScore | ${INCIDENT_LIST}`;
const STEP_LIST = "6.1 | 6.2 | 6.3 | 6.4 | 6.5 | 6.6 | 6.7";

/** A version 2 document with no items and the given extra parts. */
function v2(extra: Record<string, unknown>): Record<string, unknown> {
  return { format: EVALUATION_FORMAT_V2, meta: {}, items: {}, ...extra };
}
function problemsOf(extra: Record<string, unknown>): readonly Problem[] {
  return parseEvaluationDocument(v2(extra)).problems;
}

describe("parseEvaluationDocument: formats", () => {
  test("the format names", () => {
    expect(EVALUATION_FORMAT_V1).toBe("gridscore-evaluation/1");
    expect(EVALUATION_FORMAT_V2).toBe("gridscore-evaluation/2");
  });
  test("version 1 is a document with the evaluation only", () => {
    const doc = { format: EVALUATION_FORMAT_V1, meta: {}, items: {} };
    expect(parseEvaluationDocument(doc)).toEqual({ document: { evaluation: doc }, problems: [] });
  });
  test.each<[string, unknown]>([
    ["null", null],
    ["an array", []],
    ["a number", 3],
    ["an unknown format", { format: "gridscore-evaluation/3", meta: {}, items: {} }],
  ])("%s has no document", (_n, json) => {
    const parsed = parseEvaluationDocument(json);
    expect(parsed.document).toBeUndefined();
    expect(parsed.problems.length).toBeGreaterThan(0);
  });
  test("version 1 with a version 2 part is refused (the engine knows no such key)", () => {
    const parsed = parseEvaluationDocument({
      format: EVALUATION_FORMAT_V1,
      meta: {},
      items: {},
      group: [],
    });
    expect(parsed.document).toBeUndefined();
  });
  test("version 2 with nothing else reads as its evaluation in version 1's format", () => {
    expect(parseEvaluationDocument(v2({}))).toEqual({
      document: { evaluation: { format: EVALUATION_FORMAT_V1, meta: {}, items: {} } },
      problems: [],
    });
  });
  test("a bad evaluation core and a bad part are both reported, and there is no document", () => {
    const parsed = parseEvaluationDocument(v2({ items: 5, group: 5 }));
    expect(parsed.document).toBeUndefined();
    expect(parsed.problems).toContainEqual(bad("$.group", "array"));
    expect(parsed.problems.length).toBeGreaterThan(1);
  });
});

describe("parseEvaluationDocument: eligibility", () => {
  test.each<[string, unknown, Problem[]]>([
    ["not an object", [], [bad("$.eligibility", "object")]],
    ["null", null, [bad("$.eligibility", "object")]],
    ["an unknown key", { foo: 1 }, [bad("$.eligibility.foo", ELIGIBILITY_KEYS)]],
    [
      "a date as a number",
      { operationStart: 45000 },
      [bad("$.eligibility.operationStart", "string")],
    ],
    [
      "a day that does not exist",
      { applicationDate: "2025-02-29" },
      // Written right, but no such day: told why (2025 is no leap year), not that its format is wrong.
      [
        bad(
          "$.eligibility.applicationDate",
          '实有的日期（“2025-02-29” 的格式可以，但这一天不存在：2025年2月只有28天（2025年不是闰年）；请改为实有的日期） / a date that exists ("2025-02-29" is written right, but that day does not exist: 2025-02 has 28 days (2025 is no leap year); enter a date that exists)'
        ),
      ],
    ],
    [
      "a slash date",
      { selfEvaluationDate: "2025/01/05" },
      [bad("$.eligibility.selfEvaluationDate", "YYYY-MM-DD")],
    ],
    [
      "a boolean score",
      { selfEvaluationScore: true },
      [bad("$.eligibility.selfEvaluationScore", "number")],
    ],
    [
      "a null score",
      { selfEvaluationScore: null },
      [bad("$.eligibility.selfEvaluationScore", "number")],
    ],
    ["incidents as an array", { incidents: [] }, [bad("$.eligibility.incidents", "object")]],
    [
      "an unknown incident",
      { incidents: { fire: "no" } },
      [bad("$.eligibility.incidents.fire", INCIDENT_LIST)],
    ],
    [
      "an answer in Chinese",
      { incidents: { quality: "是" } },
      [bad("$.eligibility.incidents.quality", `"yes" | "no"`)],
    ],
    [
      "an invalid answer with more keys",
      { incidents: { media: { invalid: "x", y: 1 } } },
      [bad("$.eligibility.incidents.media", `"yes" | "no"`)],
    ],
    [
      "an invalid answer that is no text",
      { incidents: { media: { invalid: 3 } } },
      [bad("$.eligibility.incidents.media", `"yes" | "no"`)],
    ],
    ["evidence as text", { evidence: "x" }, [bad("$.eligibility.evidence", "object")]],
    [
      "evidence of an unknown row",
      { evidence: { fire: "x" } },
      [bad("$.eligibility.evidence.fire", EVIDENCE_KEYS)],
    ],
    [
      "evidence that is no text",
      { evidence: { sanction: 1 } },
      [bad("$.eligibility.evidence.sanction", "string")],
    ],
  ])("%s", (_n, eligibility, expected) => {
    expect(problemsOf({ eligibility })).toEqual(expected);
  });

  test("everything valid is kept as given", () => {
    const eligibility = {
      operationStart: "2024-02-29",
      selfEvaluationDate: "2024-06-01",
      applicationDate: "2024-09-01",
      selfEvaluationScore: "320.5",
      incidents: { quality: "yes", safety: "no", media: { invalid: "也许" } },
      evidence: { operationStart: "文件", media: "无" },
    };
    expect(parseEvaluationDocument(v2({ eligibility })).document?.eligibility).toEqual(eligibility);
    expect(
      parseEvaluationDocument(v2({ eligibility: { selfEvaluationScore: 0 } })).document?.eligibility
    ).toEqual({ selfEvaluationScore: 0 });
    expect(parseEvaluationDocument(v2({ eligibility: {} })).document?.eligibility).toEqual({});
  });
});

describe("parseEvaluationDocument: group", () => {
  test.each<[string, unknown, Problem[]]>([
    ["not an array", {}, [bad("$.group", "array")]],
    ["a member that is no object", ["张三"], [bad("$.group[0]", "object")]],
    ["no name", [{ field: "industry" }], [bad("$.group[0].name", "a name")]],
    ["a blank name", [{ name: " \u3000" }], [bad("$.group[0].name", "a name")]],
    [
      "a name that is no text",
      [{ name: 1 }],
      [bad("$.group[0].name", "string"), bad("$.group[0].name", "a name")],
    ],
    [
      "an unknown key, second member",
      [{ name: "a" }, { name: "b", age: 3 }],
      [bad("$.group[1].age", "name | field | unit | role | source")],
    ],
    [
      "a field label instead of its code",
      [{ name: "a", field: "标准化" }],
      [bad("$.group[0].field", "standardization | industry | management")],
    ],
    [
      "an inherited key as field",
      [{ name: "a", field: "toString" }],
      [bad("$.group[0].field", "standardization | industry | management")],
    ],
    ["a role label", [{ name: "a", role: "组长" }], [bad("$.group[0].role", "leader | member")]],
    ["a unit that is no text", [{ name: "a", unit: 1 }], [bad("$.group[0].unit", "string")]],
  ])("%s", (_n, group, expected) => {
    expect(problemsOf({ group })).toEqual(expected);
  });

  test("valid members are kept in order with only their given fields", () => {
    const group = [
      { name: "张三", field: "standardization", unit: "标院", role: "leader", source: "专家库" },
      { name: "李四", field: "industry" },
      { name: "王五", role: "member" },
    ];
    expect(parseEvaluationDocument(v2({ group })).document?.group).toEqual(group);
    expect(parseEvaluationDocument(v2({ group: [] })).document?.group).toEqual([]);
  });
});

describe("parseEvaluationDocument: procedure", () => {
  test.each<[string, unknown, Problem[]]>([
    ["not an object", "x", [bad("$.procedure", "object")]],
    ["an unknown step", { "6.8": {} }, [bad("$.procedure.6.8", STEP_LIST)]],
    ["a step that is no object", { "6.1": "done" }, [bad('$.procedure["6.1"]', "object")]],
    [
      "an unknown key in a step",
      { "6.7": { when: "x" } },
      [bad('$.procedure["6.7"].when', "date | people | notes")],
    ],
    ["a date as a number", { "6.2": { date: 46000 } }, [bad('$.procedure["6.2"].date', "string")]],
    [
      "people that are no text",
      { "6.3": { people: ["a"] } },
      [bad('$.procedure["6.3"].people', "string")],
    ],
  ])("%s", (_n, procedure, expected) => {
    expect(problemsOf({ procedure })).toEqual(expected);
  });

  test("a date that is no date is kept as typed; empty steps stay", () => {
    const procedure = { "6.1": { date: "下周一", people: "李四", notes: "n" }, "6.4": {} };
    expect(parseEvaluationDocument(v2({ procedure })).document?.procedure).toEqual(procedure);
  });
});

describe("parseEvaluationDocument: plan", () => {
  test.each<[string, unknown, Problem[]]>([
    ["not an object", [], [bad("$.plan", "object")]],
    ["a row that is no object", { "A.1.1.1": "x" }, [bad('$.plan["A.1.1.1"]', "object")]],
    [
      "an unknown key",
      { "A.1.1.1": { owner: "x" } },
      [
        bad(
          '$.plan["A.1.1.1"].owner',
          "measure | department | evidence | review | deadline | status"
        ),
      ],
    ],
    [
      "a deadline that is no day",
      { "A.1.1.1": { deadline: "2026-13-01" } },
      [
        bad(
          '$.plan["A.1.1.1"].deadline',
          '实有的日期（“2026-13-01” 的格式可以，但没有13月这个月份（月份为1–12）；请改为实有的日期） / a date that exists ("2026-13-01" is written right, but there is no month 13 (months are 1–12); enter a date that exists)'
        ),
      ],
    ],
    [
      "a status label (JSON holds codes)",
      { "A.1.1.1": { status: "已完成" } },
      [bad('$.plan["A.1.1.1"].status', "not-started | in-progress | done")],
    ],
    [
      "an inherited key as status",
      { "A.1.1.1": { status: "constructor" } },
      [bad('$.plan["A.1.1.1"].status', "not-started | in-progress | done")],
    ],
    [
      "a measure that is no text",
      { "A.1.1.1": { measure: 1 } },
      [bad('$.plan["A.1.1.1"].measure', "string")],
    ],
  ])("%s", (_n, plan, expected) => {
    expect(problemsOf({ plan })).toEqual(expected);
  });

  test("valid rows are kept", () => {
    const plan = {
      "A.1.1.1": {
        measure: "m",
        department: "d",
        evidence: "e",
        review: "r",
        deadline: "2026-12-31",
        status: "in-progress",
      },
      "A.7.1": { status: "done" },
      "A.2.2.1": {},
    };
    expect(parseEvaluationDocument(v2({ plan })).document?.plan).toEqual(plan);
  });
});

describe("parseEvaluationDocument: the group's plan", () => {
  test.each<[string, unknown, Problem[]]>([
    ["not an object", "x", [bad("$.groupPlan", "object")]],
    ["no fingerprint", { data: {} }, [bad("$.groupPlan.fingerprint", "string")]],
    [
      "an unknown key and no fingerprint",
      { plan: {} },
      [bad("$.groupPlan.plan", "fingerprint | data"), bad("$.groupPlan.fingerprint", "string")],
    ],
    ["data that is no object", { fingerprint: "f", data: 5 }, [bad("$.groupPlan.data", "object")]],
    [
      "data of another format (not a bad-structure: kept as the engine says it)",
      { fingerprint: "f", data: { format: "x" } },
      [{ code: "bad-format", found: "x", expected: PLAN_FORMAT }],
    ],
  ])("%s", (_n, groupPlan, expected) => {
    expect(problemsOf({ groupPlan })).toEqual(expected);
  });

  test("the fingerprint must be the data's", () => {
    const plan = parsedPlan();
    const fingerprint = planFingerprint(plan);
    expect(problemsOf({ groupPlan: { fingerprint: "0", data: { format: PLAN_FORMAT } } })).toEqual([
      bad("$.groupPlan.fingerprint", `the fingerprint of $.groupPlan.data (${fingerprint})`),
    ]);
    const parsed = parseEvaluationDocument(
      v2({ groupPlan: { fingerprint, data: { format: PLAN_FORMAT } } })
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.document?.groupPlan).toEqual({ fingerprint, plan });
  });
});
