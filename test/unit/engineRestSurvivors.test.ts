/**
 * What engine-rest's mutation run (source of 048fa4f) left unchecked in src/engine/plan.ts, migrate.ts and
 * editionMessages.ts: a plan (4.3 评估方案) given as a number, a text or with its dates as a text; a member listed twice
 * with spaces around the first name; a member's name holding a control character; a plan with no organization,
 * level or dates carrying no key for them; a carried migration entry without a reason carrying no `reason` key;
 * a migrated percentage with two decimals, a long text typed in a deduction cell, and a recorded edition name
 * broken over two lines. Expected values are worked out from each function's contract.
 */
import { PLAN_FORMAT, parsePlan } from "../../src/engine";
import type { Problem } from "../../src/engine";
import { editionMismatch, migrationText } from "../../src/engine/editionMessages";
import { migrateEvaluation } from "../../src/engine/migrate";
import { BUILT_IN_EDITION } from "../../src/standard";

const bad = (path: string, expected: string): Problem => ({
  code: "bad-structure",
  path,
  expected,
});

describe("parsePlan: only an object is a plan or its dates", () => {
  test.each<[string, unknown]>([
    ["a number", 5],
    ["a text", "plan.json"],
  ])("%s is refused as a whole, with no field of it named", (_name, json) => {
    expect(parsePlan(json)).toEqual({ problems: [bad("$", "object")] });
  });

  test("dates given as a text: the dates are refused, not each of its characters", () => {
    expect(parsePlan({ format: PLAN_FORMAT, dates: "2026-06-01" })).toEqual({
      problems: [bad("$.dates", "object")],
    });
  });
});

describe("parsePlan: the members", () => {
  test("a member listed again, the first time with spaces around the name", () => {
    expect(
      parsePlan({ format: PLAN_FORMAT, members: [{ name: " 张三 " }, { name: "张三" }] }).problems
    ).toEqual([bad("$.members[1].name", "每人一次（“张三”已列出） / each member once")]);
  });

  test("a control character in a member's name is named by the member's path", () => {
    expect(parsePlan({ format: PLAN_FORMAT, members: [{ name: "张\u0007三" }] }).problems).toEqual([
      { code: "text-forbidden-char", field: "$.members[0].name", index: 1, codePoint: 7 },
    ]);
  });
});

describe("parsePlan: what the plan does not say has no key", () => {
  test("no organization, level or dates", () => {
    const { plan } = parsePlan({ format: PLAN_FORMAT, members: [{ name: "张三" }] });
    expect(plan).toStrictEqual({
      format: PLAN_FORMAT,
      members: [{ name: "张三" }],
      notApplicable: [],
    });
    expect(Object.keys(plan!)).toEqual(["format", "members", "notApplicable"]);
  });
});

describe("migrateEvaluation: an entry carried as it was has no reason key", () => {
  test("a deduction carried to the same edition", () => {
    const from = BUILT_IN_EDITION.standard;
    const m = migrateEvaluation(
      {
        format: "gridscore-evaluation/1",
        meta: {},
        items: { "A.1.1": { lines: { "A.1.1.1": 1 } } },
      },
      from,
      from
    );
    expect(m.carried).toStrictEqual([{ id: "A.1.1.1", what: "deduction", value: "1" }]);
    expect(Object.keys(m.carried[0]!)).toEqual(["id", "what", "value"]);
    expect(m.notCarried).toEqual([]);
  });
});

describe("migrationText: a value as the workbook shows it", () => {
  test("a percentage with two decimals takes its %", () => {
    expect(migrationText({ id: "A.7.1", what: "value", value: "92.55" }, true)).toBe(
      "A.7.1 百分比 92.55%：已迁移 / A.7.1 percentage 92.55%: carried"
    );
  });

  test("a long text typed in a deduction cell is shown whole: only a note is cut at 40", () => {
    const typed =
      "扣两分：组织方针未经最高管理者批准发布，也未在内部网站公开，员工均不知晓其具体内容。";
    expect(typed.length).toBeGreaterThan(40);
    expect(migrationText({ id: "A.1.1.1", what: "deduction", value: typed }, true)).toBe(
      `A.1.1.1 扣分 ${typed}：已迁移 / A.1.1.1 deduction ${typed}: carried`
    );
  });
});

describe("editionMismatch: a recorded edition name broken over two lines", () => {
  test("the recorded text is shown whole as the fingerprint (it is cut at （ only on one line)", () => {
    const p = {
      code: "other-template" as const,
      field: "fingerprint",
      found: "0123abcd（旧版\n草案）",
      expected: "fedc3210（t-cssg-001.5-2020）",
      foundEdition: "旧版\n草案",
      expectedEdition: "t-cssg-001.5-2020",
    };
    expect([editionMismatch(p, true), editionMismatch(p, false)]).toEqual([
      "评分表模板不一致：本文件的标准版本“旧版\n草案”（模板指纹 0123abcd（旧版\n草案））不是本次所用的版本“t-cssg-001.5-2020”，也不是 --standard 给出的版本；请加 --standard <该版本的版本文件.json> 后重试",
      'made from another template: this file\'s edition "旧版\n草案" (template fingerprint 0123abcd（旧版\n草案）) is neither this run\'s edition "t-cssg-001.5-2020" nor one given with --standard; add --standard <its edition file> and run again',
    ]);
  });
});
