/**
 * 4.2 and 6.6: a group's experts score one unit. A merge of copies naming another organization or level put one
 * unit's scores under another's name, with the level taken from whichever file had it (found by a new user:
 * five copies of 示例市网格化服务管理中心 and one of 别的单位 (county) merged with exit 0). Each copy naming
 * another unit than most copies is now an error naming both; a blank organization or level takes the group's.
 */
import * as path from "path";
import { describeProblem, emptyEvaluation, scoreEvaluation } from "../../src/engine";
import type { EvaluationMeta } from "../../src/engine";
import { checkCandidates } from "../../src/merge/checks";
import type { MergeCandidate } from "../../src/merge/checks";
import { runCli, tmpDir, writeJson } from "../followup/support";

function copy(file: string, meta: Partial<EvaluationMeta>): MergeCandidate {
  const evaluation = {
    ...emptyEvaluation({ evaluator: file }),
    meta: { evaluator: file, ...meta },
  };
  return {
    kind: "read",
    expert: {
      file,
      sha256: `sha-${file}`,
      evaluator: file,
      evaluation,
      report: scoreEvaluation(evaluation),
      warnings: [],
    },
    errors: [],
  };
}

const CITY = { organization: "示例市网格化服务管理中心", level: "city" } as const;

describe("checkCandidates: one unit", () => {
  test("the same unit, with spaces or a blank organization or level: nothing", () => {
    expect(
      checkCandidates([
        copy("a", CITY),
        copy("b", { ...CITY, organization: `\u3000${CITY.organization} ` }),
        copy("c", { level: "city" }),
        copy("d", { organization: CITY.organization }),
      ])
    ).toEqual([]);
  });

  test("another organization is named against the unit most copies name", () => {
    const problems = checkCandidates([
      copy("a", CITY),
      copy("b", CITY),
      copy("x", { organization: "别的单位", level: "county" }),
      copy("c", CITY),
    ]);
    expect(problems).toEqual([
      {
        code: "unit-mismatch",
        organization: "别的单位",
        level: "county",
        expectedOrganization: CITY.organization,
        expectedLevel: "city",
        other: "a",
        where: { file: "x" },
      },
    ]);
    expect(describeProblem(problems[0]!, "zh-CN")).toBe(
      "此评分表的被评单位是“别的单位”（县（市、区）），而 a 等是“示例市网格化服务管理中心”（省辖市）；合并只用于同一被评单位的评估专家评分表（4.2、6.6）：请去掉此文件，或改正其封面上的被评单位和层级后再合并"
    );
    expect(describeProblem(problems[0]!, "en-US")).toContain(
      'this scoresheet evaluates "别的单位" (County (city, district)), but a and the others evaluate "示例市网格化服务管理中心" (City (provincial-administered))'
    );
  });

  test("the same organization at another level is a mismatch too", () => {
    const problems = checkCandidates([
      copy("a", CITY),
      copy("b", { ...CITY, level: "county" }),
      copy("c", CITY),
    ]);
    expect(problems.map((p) => [p.code, p.where?.file])).toEqual([["unit-mismatch", "b"]]);
  });

  test("a tie is named against the first file's unit", () => {
    const problems = checkCandidates([copy("a", CITY), copy("b", { ...CITY, organization: "乙" })]);
    expect(problems).toMatchObject([{ code: "unit-mismatch", other: "a", where: { file: "b" } }]);
  });
});

describe("gridscore merge of two units", () => {
  const doc = (evaluator: string, organization: string, level: string) => ({
    format: "gridscore-evaluation/1",
    meta: { organization, level, evaluator, date: "2026-11-28" },
    items: {},
  });

  test("is refused (exit 1) naming both units, and nothing is written", async () => {
    const dir = tmpDir();
    const files = ["甲", "乙", "丙", "丁", "戊"].map((n) =>
      writeJson(dir, `${n}.json`, doc(n, CITY.organization, "city"))
    );
    const other = writeJson(dir, "other.json", doc("己", "别的单位", "county"));
    const out = path.join(dir, "共识.xlsx");
    const r = await runCli(["merge", ...files, other, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${other}：此评分表的被评单位是“别的单位”（县（市、区））`);
    expect(r.err).toContain("merge combines the experts' scoresheets of one unit");
    expect(r.out).not.toContain("已写入");
  });

  test("with --skip-invalid the other unit's copy is left out and recorded", async () => {
    const dir = tmpDir();
    const files = ["甲", "乙", "丙"].map((n) =>
      writeJson(dir, `${n}.json`, doc(n, CITY.organization, "city"))
    );
    const other = writeJson(dir, "other.json", doc("己", "别的单位", "county"));
    const r = await runCli(["merge", ...files, other, "--skip-invalid", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      experts: { file: string }[];
      record: { excluded: { file: string }[] };
    };
    expect(json.experts.map((e) => e.file)).toEqual(files);
    expect(json.record.excluded.map((e) => e.file)).toEqual([other]);
  });
});
