/**
 * The evaluation plan (src/engine/plan.ts; 4.3 评估方案, 7.2 经评估小组界定) where the engine-rest part's own tests
 * pass it by: parsePlan on parts of the wrong type, members and not-applicable entries that are not objects, texts
 * no cell can hold; the fingerprint as SHA-256 of the canonical JSON worked out by hand; a recorded plan read back
 * only when its data parses and matches; planOverrides naming what an item holds instead of 不适用; applyPlan
 * keeping what the evaluation already says.
 */
import * as crypto from "crypto";
import {
  PLAN_FORMAT,
  applyPlan,
  parsePlan,
  planFingerprint,
  planOverrides,
  planReasonNote,
  recordedPlan,
} from "../../src/engine";
import type { Evaluation, Plan, Problem } from "../../src/engine";

const bad = (path: string, expected: string): Problem => ({
  code: "bad-structure",
  path,
  expected,
});
const sha16 = (text: string) => crypto.createHash("sha256").update(text).digest("hex").slice(0, 16);

describe("parsePlan refuses what is not of the plan's shape", () => {
  test.each<[string, unknown, Problem[]]>([
    ["an array", [], [bad("$", "object")]],
    ["null", null, [bad("$", "object")]],
    [
      "an evaluation's format",
      { format: "gridscore-evaluation/1" },
      [{ code: "bad-format", found: "gridscore-evaluation/1", expected: PLAN_FORMAT }],
    ],
    ["no format", {}, [{ code: "bad-format", found: undefined, expected: PLAN_FORMAT }]],
    [
      "an organization as a number",
      { format: PLAN_FORMAT, organization: 1 },
      [bad("$.organization", "string")],
    ],
    [
      "a level that is no level",
      { format: PLAN_FORMAT, level: "province" },
      [bad("$.level", "city | county | township | village")],
    ],
    [
      "a level inherited from Object.prototype",
      { format: PLAN_FORMAT, level: "hasOwnProperty" },
      [bad("$.level", "city | county | township | village")],
    ],
    [
      "a level as a number",
      { format: PLAN_FORMAT, level: 1 },
      [bad("$.level", "city | county | township | village")],
    ],
    ["dates as an array", { format: PLAN_FORMAT, dates: [] }, [bad("$.dates", "object")]],
    [
      "dates that do not exist, or typed as numbers",
      { format: PLAN_FORMAT, dates: { start: "2026-02-30", end: 46000 } },
      [
        bad(
          "$.dates.start",
          '实有的日期（“2026-02-30” 的格式可以，但这一天不存在：2026年2月只有28天；请改为实有的日期） / a date that exists ("2026-02-30" is written right, but that day does not exist: 2026-02 has 28 days; enter a date that exists)'
        ),
        bad("$.dates.end", "YYYY-MM-DD"),
      ],
    ],
    [
      "members as an object",
      { format: PLAN_FORMAT, members: { name: "甲" } },
      [bad("$.members", "array")],
    ],
    [
      "members that are not named objects",
      {
        format: PLAN_FORMAT,
        members: ["甲", { name: 3 }, { name: " \u3000" }, null, { field: "x" }],
      },
      [0, 1, 2, 3, 4].map((i) => bad(`$.members[${i}]`, "{ name, field?, unit?, role? }")),
    ],
    [
      "a member's field, unit and role as numbers",
      { format: PLAN_FORMAT, members: [{ name: "甲", field: 1, unit: 2, role: 3 }] },
      [
        bad("$.members[0].field", "string"),
        bad("$.members[0].unit", "string"),
        bad("$.members[0].role", "string"),
      ],
    ],
    [
      "notApplicable as an object",
      { format: PLAN_FORMAT, notApplicable: { item: "A.3.3" } },
      [bad("$.notApplicable", "array")],
    ],
    [
      "entries that are not objects with an item id",
      { format: PLAN_FORMAT, notApplicable: ["A.3.3", { item: 3, reason: "r" }, null] },
      [0, 1, 2].map((i) => bad(`$.notApplicable[${i}]`, "{ item, reason }")),
    ],
    [
      "an item not in Appendix A",
      { format: PLAN_FORMAT, notApplicable: [{ item: "A.9.9", reason: "r" }] },
      [{ code: "unknown-item", itemId: "A.9.9", path: "$.notApplicable[0].item" }],
    ],
    [
      "a reason missing, blank or not a text (7.2 asks for one)",
      {
        format: PLAN_FORMAT,
        notApplicable: [
          { item: "A.3.3" },
          { item: "A.3.4", reason: " \u3000" },
          { item: "A.3.5", reason: 1 },
        ],
      },
      [0, 1, 2].map((i) =>
        bad(`$.notApplicable[${i}].reason`, "不适用须写明评估小组的理由（7.2） / a reason (7.2)")
      ),
    ],
  ])("%s", (_, json, problems) => {
    expect(parsePlan(json)).toEqual({ problems });
  });

  test("texts no cell can hold are named by their path", () => {
    const long = "长".repeat(32768);
    const json = {
      format: PLAN_FORMAT,
      organization: "示例\u0001市",
      members: [{ name: "甲", unit: long }],
      notApplicable: [{ item: "A.3.3", reason: "理由\u0000" }],
    };
    expect(parsePlan(json).problems).toEqual([
      { code: "text-forbidden-char", field: "$.organization", codePoint: 1, index: 2 },
      { code: "text-too-long", field: "$.members[0].unit", length: 32768, limit: 32767 },
      { code: "text-forbidden-char", field: "$.notApplicable[0].reason", codePoint: 0, index: 2 },
    ]);
  });
});

describe("a sound plan", () => {
  test("not-applicable items in the standard's order, reasons trimmed, empty parts omitted", () => {
    const { plan, problems } = parsePlan({
      format: PLAN_FORMAT,
      dates: { end: "2026-12-03" },
      members: [{ name: " 甲 ", unit: "市标准化院" }],
      notApplicable: [
        { item: "A.7.4", reason: " 未开展 " },
        { item: "A.1.2", reason: "无" },
        { item: "A.3.3", reason: "无联办" },
      ],
    });
    expect(problems).toEqual([]);
    expect(plan).toEqual({
      format: PLAN_FORMAT,
      dates: { end: "2026-12-03" },
      members: [{ name: " 甲 ", unit: "市标准化院" }],
      notApplicable: [
        { item: "A.1.2", reason: "无" },
        { item: "A.3.3", reason: "无联办" },
        { item: "A.7.4", reason: "未开展" },
      ],
    });
  });

  test("the same start and end day is allowed", () => {
    const dates = { start: "2026-12-01", end: "2026-12-01" };
    expect(parsePlan({ format: PLAN_FORMAT, dates }).plan?.dates).toEqual(dates);
  });
});

describe("the plan's fingerprint: SHA-256 of its canonical JSON, 16 hex digits", () => {
  test("an empty plan: every absent field as an empty text", () => {
    const plan: Plan = { format: PLAN_FORMAT, members: [], notApplicable: [] };
    expect(planFingerprint(plan)).toBe(
      sha16(
        '{"format":"gridscore-plan/1","organization":"","level":"","dates":{"start":"","end":""},"members":[],"notApplicable":[]}'
      )
    );
  });

  test("a full plan: keys in a fixed order, members and entries as arrays", () => {
    const plan: Plan = {
      notApplicable: [{ reason: "无", item: "A.3.3" }],
      members: [
        { role: "组长", name: "甲" },
        { name: "乙", field: "标准化", unit: "院" },
      ],
      dates: { end: "2026-12-03", start: "2026-12-01" },
      level: "city",
      organization: "示例市",
      format: PLAN_FORMAT,
    };
    expect(planFingerprint(plan)).toBe(
      sha16(
        '{"format":"gridscore-plan/1","organization":"示例市","level":"city","dates":{"start":"2026-12-01","end":"2026-12-03"},"members":[["甲","","","组长"],["乙","标准化","院",""]],"notApplicable":[["A.3.3","无"]]}'
      )
    );
  });
});

describe("recordedPlan: read back only when it parses and matches", () => {
  const PLAN = { format: PLAN_FORMAT, organization: "示例市", members: [], notApplicable: [] };
  test.each<[string, (fp: string) => [string | undefined, unknown], boolean]>([
    ["the JSON text with its fingerprint", (fp) => [fp, JSON.stringify(PLAN)], true],
    ["the parsed JSON with its fingerprint", (fp) => [fp, PLAN], true],
    ["another fingerprint", () => ["0000000000000000", PLAN], false],
    ["no fingerprint", () => [undefined, PLAN], false],
    ["an empty fingerprint", () => ["", PLAN], false],
    ["no data", (fp) => [fp, undefined], false],
    ["data that is not JSON", (fp) => [fp, "{format:"], false],
    ["data that is no plan", (fp) => [fp, { ...PLAN, format: "x" }], false],
  ])("%s", (_, args, found) => {
    const fp = planFingerprint(parsePlan(PLAN).plan!);
    const [fingerprint, data] = args(fp);
    expect(recordedPlan(fingerprint, data)).toEqual(found ? PLAN : undefined);
  });
});

describe("planOverrides (7.2): every fixed item must still read 不适用", () => {
  const plan: Plan = {
    format: PLAN_FORMAT,
    members: [],
    notApplicable: [
      { item: "A.3.3", reason: "无联办" },
      { item: "A.3.4", reason: "r4" },
      { item: "A.3.5", reason: "r5" },
      { item: "A.7.4", reason: "r7" },
    ],
  };
  test("na passes; none, null, absent and a typed label are named", () => {
    const evaluation: Evaluation = {
      format: "gridscore-evaluation/1",
      meta: {},
      items: {
        "A.3.3": { status: "na" },
        "A.3.4": { status: null },
        "A.3.5": { status: "absent" },
        "A.7.4": { status: 1 },
      },
    };
    expect(planOverrides(evaluation, plan)).toEqual([
      { code: "plan-overridden", itemId: "A.3.4", found: "normal", reason: "r4" },
      { code: "plan-overridden", itemId: "A.3.5", found: "absent", reason: "r5" },
      { code: "plan-overridden", itemId: "A.7.4", found: "1", reason: "r7" },
    ]);
    expect(planOverrides({ ...evaluation, items: {} }, plan).map((p) => p.found)).toEqual([
      "normal",
      "normal",
      "normal",
      "normal",
    ]);
  });
});

describe("applyPlan", () => {
  const plan: Plan = {
    format: PLAN_FORMAT,
    organization: "方案单位",
    level: "county",
    members: [],
    notApplicable: [{ item: "A.3.3", reason: "无联办" }],
  };
  test("no evaluation: the plan's items marked na with its note, its organization and level", () => {
    expect(planReasonNote("无联办")).toBe("不适用（评估方案，7.2 经评估小组界定）：无联办");
    expect(applyPlan(undefined, plan)).toEqual({
      format: "gridscore-evaluation/1",
      meta: { organization: "方案单位", level: "county" },
      items: {
        "A.3.3": {
          status: "na",
          notes: { "A.3.3": "不适用（评估方案，7.2 经评估小组界定）：无联办" },
        },
      },
    });
  });

  test("the evaluation's own organization, level, inputs and notes are kept", () => {
    const evaluation: Evaluation = {
      format: "gridscore-evaluation/1",
      meta: { organization: "本单位", level: "city", evaluator: "张三" },
      items: {
        "A.3.3": {
          status: "absent",
          lines: { "A.3.3.1": 1 },
          notes: { "A.3.3.1": "行说明", "A.3.3": "旧" },
        },
        "A.1.1": { lines: { "A.1.1.1": 2 } },
      },
    };
    expect(applyPlan(evaluation, plan)).toEqual({
      format: "gridscore-evaluation/1",
      meta: { organization: "本单位", level: "city", evaluator: "张三" },
      items: {
        "A.3.3": {
          status: "na",
          lines: { "A.3.3.1": 1 },
          notes: { "A.3.3.1": "行说明", "A.3.3": "不适用（评估方案，7.2 经评估小组界定）：无联办" },
        },
        "A.1.1": { lines: { "A.1.1.1": 2 } },
      },
    });
  });

  test("a plan without organization or level adds none", () => {
    const bare: Plan = { format: PLAN_FORMAT, members: [], notApplicable: [] };
    const evaluation: Evaluation = { format: "gridscore-evaluation/1", meta: {}, items: {} };
    expect(applyPlan(evaluation, bare)).toEqual(evaluation);
    expect(Object.keys(applyPlan(evaluation, bare).meta)).toEqual([]);
  });
});
