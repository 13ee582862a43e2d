/**
 * Reading one returned file into a merge candidate (src/merge/inputs.ts readCandidate), by content and never by
 * name: an expert's .xlsx scoresheet (its workbook id, plan fingerprint, evaluator and 评估组 rows), an evaluation
 * JSON of version 1 or 2 (its 评估组, the group's plan and what the plan fixes as 不适用, 7.2), and the files refused
 * with their reason codes, each located at the file. Every test builds its bytes and reads them itself (README,
 * Mutation testing).
 */
import { PLAN_FORMAT, planFingerprint, scoreEvaluation } from "../../src/engine";
import { parsedPlan } from "../support/plans";
import type { Evaluation, Plan } from "../../src/engine";
import { buildScoresheet } from "../../src/layout";
import type { GroupMember } from "../../src/layout/evaluationSheets";
import { readCandidate } from "../../src/merge";
import type { MergeCandidate } from "../../src/merge";
import { sha256Hex } from "../../src/standard";
import { writeXlsx } from "../../src/writers/xlsx";
import { expertEvaluation } from "../support/finishScenario";
import { consensusOf, groupOf } from "./deliberationSupport";

const IDENTITY = {
  workbookId: "wb-inputs-1",
  createdAt: "2026-06-01T00:00:00.000Z",
  generator: "test",
  kind: "scoresheet" as const,
};

const MEMBERS: GroupMember[] = [
  { name: "王建国", field: "standardization", unit: "市标准化研究院", role: "leader" },
  { name: "李秀英", field: "industry", unit: "市网格化服务管理中心", role: "member" },
];

/** The group's plan: two members, A.3.3 fixed as 不适用 (7.2). */
const PLAN_JSON = {
  format: PLAN_FORMAT,
  organization: "示例区网格化服务管理中心",
  level: "county",
  dates: { start: "2026-06-02", end: "2026-06-03" },
  members: [
    { name: "王建国", field: "标准化", role: "组长" },
    { name: "李秀英", field: "社会治理" },
  ],
  notApplicable: [{ item: "A.3.3", reason: "本区无跨部门联办事项" }],
};

const plan = (): Plan => parsedPlan(PLAN_JSON);

const utf8 = (json: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(json));

function read(c: MergeCandidate): Extract<MergeCandidate, { kind: "read" }> {
  if (c.kind !== "read") throw new Error(`refused: ${JSON.stringify(c.errors)}`);
  return c;
}

/** Expert 0 of the finish scenario (王建国): A.1.1 loses 1 (of 5), A.1.2 loses 2 (of 10), A.3.3 应有未有. */
function evaluation(over: Partial<Evaluation["meta"]> = {}): Evaluation {
  const e = expertEvaluation(0);
  return { ...e, meta: { ...e.meta, ...over } };
}

const itemScore = (c: Extract<MergeCandidate, { kind: "read" }>, id: string): number =>
  c.expert.report.items.find((i) => i.id === id)!.score;

describe("readCandidate: an expert's .xlsx scoresheet", () => {
  test("is read with its file, content hash, workbook id, evaluator and recomputed report; no plan, no group", async () => {
    const bytes = await writeXlsx(
      buildScoresheet({ identity: IDENTITY, evaluation: evaluation() })
    );
    const c = read(await readCandidate("专家0.xlsx", bytes));
    expect(c.errors).toEqual([]);
    expect(c.expert.file).toBe("专家0.xlsx");
    expect(c.expert.sha256).toBe(sha256Hex(bytes));
    expect(c.expert.workbookId).toBe("wb-inputs-1");
    expect(c.expert.evaluator).toBe("王建国");
    expect(c.expert.warnings).toEqual([]);
    // 5 − 1 and 10 − 2, read back from the workbook's input cells.
    expect(itemScore(c, "A.1.1")).toBe(4);
    expect(itemScore(c, "A.1.2")).toBe(8);
    expect(c.expert.evaluation.items["A.3.3"]?.status).toBe("absent");
    // The 评估组 sheet is there but holds no member: no group is carried (an empty one is none).
    expect("plan" in c.expert).toBe(false);
    expect("group" in c.expert).toBe(false);
    expect(c.expert.group).toBeUndefined();
  });

  test("a scoresheet without an evaluator gives an empty evaluator, for the checks to name", async () => {
    const bytes = await writeXlsx(
      buildScoresheet({ identity: IDENTITY, evaluation: evaluation({ evaluator: undefined }) })
    );
    const c = read(await readCandidate("无名.xlsx", bytes));
    expect(c.expert.evaluator).toBe("");
  });

  test("its 评估组 rows are carried as the members typed, in the sheet's order", async () => {
    const bytes = await writeXlsx(
      buildScoresheet({
        identity: IDENTITY,
        evaluation: evaluation(),
        evaluationSheets: { group: MEMBERS },
      })
    );
    const c = read(await readCandidate("专家0.xlsx", bytes));
    expect(c.expert.group).toEqual(MEMBERS);
  });

  test("a copy made from the group's plan carries the plan's fingerprint and the plan's members", async () => {
    const p = plan();
    const bytes = await writeXlsx(
      buildScoresheet({ identity: IDENTITY, evaluation: evaluation(), plan: p })
    );
    const c = read(await readCandidate("按方案.xlsx", bytes));
    expect(c.expert.plan).toBe(planFingerprint(p));
    expect(c.expert.group?.map((m) => [m.name, m.role])).toEqual([
      ["王建国", "leader"],
      ["李秀英", undefined],
    ]);
    // The plan fixes A.3.3 as 不适用: the copy holds it so, and scores its cap out of the total.
    expect(c.expert.evaluation.items["A.3.3"]?.status).toBe("na");
  });

  test("a scoresheet with an over-limit deduction is read, with the error located in it", async () => {
    const e = evaluation();
    const bytes = await writeXlsx(
      buildScoresheet({
        identity: IDENTITY,
        evaluation: { ...e, items: { ...e.items, "A.1.3": { lines: { "A.1.3.1": 99 } } } },
      })
    );
    const c = read(await readCandidate("超限.xlsx", bytes));
    expect(c.errors.length).toBeGreaterThan(0);
    for (const p of c.errors) expect(p.where?.file).toBe("超限.xlsx");
    expect(JSON.stringify(c.errors)).toContain("A.1.3.1");
  });
});

describe("readCandidate: files refused outright", () => {
  test("a consensus workbook is no expert's scoresheet: refused as consensus-workbook", async () => {
    const { model } = consensusOf(groupOf(["甲", "乙", "丙"], [0, 1, 2]));
    const c = await readCandidate("共识.xlsx", await writeXlsx(model));
    expect(c).toEqual({
      kind: "refused",
      file: "共识.xlsx",
      errors: [{ code: "consensus-workbook", where: { file: "共识.xlsx" } }],
    });
  });

  test.each<[string, string, Uint8Array]>([
    ["an empty file", "empty-file", new Uint8Array()],
    ["a text file", "not-xlsx", new TextEncoder().encode("张三的评分：95分")],
    ["a JSON file that is no JSON", "json-invalid", new TextEncoder().encode("{ 评分: 95")],
    ["a JSON of another format", "bad-format", utf8({ format: "gridscore-plan/1" })],
  ])("%s is refused as %s, at the file", async (_, code, bytes) => {
    const c = await readCandidate("输入.bin", bytes);
    expect(c.kind).toBe("refused");
    if (c.kind !== "refused") return;
    expect(c.file).toBe("输入.bin");
    expect(c.errors.map((p) => p.code)).toEqual([code]);
    expect(c.errors[0]!.where).toEqual({ file: "输入.bin" });
  });

  test("a version 2 JSON whose group names nobody is refused with the member's path", async () => {
    const json = { ...evaluation(), format: "gridscore-evaluation/2", group: [{ name: "  " }] };
    const c = await readCandidate("空名.json", utf8(json));
    expect(c).toEqual({
      kind: "refused",
      file: "空名.json",
      errors: [
        {
          code: "bad-structure",
          path: "$.group[0].name",
          expected: "a name",
          where: { file: "空名.json" },
        },
      ],
    });
  });
});

describe("readCandidate: an evaluation JSON", () => {
  test("version 1: scored here, hashed from its bytes, its evaluator; no workbook id, plan or group", async () => {
    const e = evaluation();
    const bytes = utf8(e);
    const c = read(await readCandidate("专家0.json", bytes));
    expect(c.errors).toEqual([]);
    expect(c.expert.file).toBe("专家0.json");
    expect(c.expert.sha256).toBe(sha256Hex(bytes));
    expect(c.expert.evaluator).toBe("王建国");
    expect(c.expert.evaluation).toEqual(e);
    expect(c.expert.report).toEqual(scoreEvaluation(e));
    expect(itemScore(c, "A.1.1")).toBe(4);
    expect(itemScore(c, "A.1.2")).toBe(8);
    expect(c.expert.warnings).toEqual([]);
    for (const key of ["workbookId", "plan", "group"]) expect(key in c.expert).toBe(false);
  });

  test("without an evaluator: an empty one", async () => {
    const c = read(await readCandidate("无名.json", utf8(evaluation({ evaluator: undefined }))));
    expect(c.expert.evaluator).toBe("");
  });

  test("an engine error (an over-limit deduction) is an error of the file, located at it", async () => {
    const e = evaluation();
    const over = { ...e, items: { ...e.items, "A.1.3": { lines: { "A.1.3.1": 99 } } } };
    const c = read(await readCandidate("超限.json", utf8(over)));
    expect(c.errors.length).toBeGreaterThan(0);
    for (const p of c.errors) expect(p.where).toEqual({ file: "超限.json" });
    expect(JSON.stringify(c.errors)).toContain("A.1.3.1");
  });

  test("a GB18030 file is decoded, with its warning located at the file", async () => {
    // {"format":"gridscore-evaluation/1","meta":{"evaluator":"王"},"items":{}} with 王 as GB18030 (CD F5): not UTF-8.
    const head = new TextEncoder().encode(
      '{"format":"gridscore-evaluation/1","meta":{"evaluator":"'
    );
    const tail = new TextEncoder().encode('"},"items":{}}');
    const bytes = new Uint8Array([...head, 0xcd, 0xf5, ...tail]);
    const c = read(await readCandidate("gbk.json", bytes));
    expect(c.expert.evaluator).toBe("王");
    // Nothing was entered: the copy's own warning first (no-entries), then the decoding's, then the engine's
    // (A.7.1–A.7.4 have no value).
    const where = { where: { file: "gbk.json" } };
    expect(c.expert.warnings).toEqual([
      { code: "no-entries", ...where },
      { code: "encoding-converted", encoding: "gb18030", ...where },
      ...["A.7.1", "A.7.2", "A.7.3", "A.7.4"].map((itemId) => ({
        code: "missing-value",
        itemId,
        ...where,
      })),
    ]);
    expect(c.errors).toEqual([]);
  });

  test("version 2 with a 评估组: the members are carried as given", async () => {
    const json = { ...evaluation(), format: "gridscore-evaluation/2", group: MEMBERS };
    const c = read(await readCandidate("专家0.json", utf8(json)));
    expect(c.expert.group).toEqual(MEMBERS);
    expect(c.errors).toEqual([]);
  });

  test("version 2 with an empty 评估组: no group is carried", async () => {
    const json = { ...evaluation(), format: "gridscore-evaluation/2", group: [] };
    const c = read(await readCandidate("专家0.json", utf8(json)));
    expect("group" in c.expert).toBe(false);
    expect(c.expert.evaluator).toBe("王建国");
  });

  test("version 2 made from the group's plan: the plan's fingerprint; 不适用 kept as the plan fixed it", async () => {
    const p = plan();
    const fingerprint = planFingerprint(p);
    const e = evaluation();
    const na = { ...e, items: { ...e.items, "A.3.3": { status: "na" as const } } };
    const json = {
      ...na,
      format: "gridscore-evaluation/2",
      groupPlan: { fingerprint, data: PLAN_JSON },
    };
    const c = read(await readCandidate("按方案.json", utf8(json)));
    expect(c.expert.plan).toBe(fingerprint);
    expect(c.errors).toEqual([]);
  });

  test("version 2 from the plan with a 不适用 item scored again: plan-overridden, an error of the file", async () => {
    const p = plan();
    const json = {
      ...evaluation(),
      format: "gridscore-evaluation/2",
      groupPlan: { fingerprint: planFingerprint(p), data: PLAN_JSON },
    };
    // Expert 0 holds A.3.3 as 应有未有 (absent), where the plan fixed it as 不适用.
    const c = read(await readCandidate("改了方案.json", utf8(json)));
    expect(c.errors).toEqual([
      {
        code: "plan-overridden",
        itemId: "A.3.3",
        found: "absent",
        reason: "本区无跨部门联办事项",
        where: { file: "改了方案.json" },
      },
    ]);
    expect(c.expert.plan).toBe(planFingerprint(p));
  });
});
