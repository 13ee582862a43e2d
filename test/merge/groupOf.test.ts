/**
 * What a consensus carries of its group (src/merge/groupOf.ts): the members in the order the standard's group
 * puts them (leader first, then the 评估组 rows' order, then anyone no row names, in merge order), completed from
 * the first row naming them; the evaluation's own date or range; and the organization and level most experts
 * name. Table-driven; each test builds what it checks.
 */
import { consensusDate, consensusGroup, consensusMeta } from "../../src/merge/groupOf";
import type { ExpertSideInfo } from "../../src/merge/groupOf";
import type { EvaluationMeta } from "../../src/engine";
import type { GroupMember } from "../../src/layout/evaluationSheets";

const expert = (
  evaluator: string,
  meta: EvaluationMeta = {},
  group?: readonly GroupMember[]
): ExpertSideInfo => ({ evaluator, evaluation: { meta }, ...(group ? { group } : {}) });

describe("consensusGroup", () => {
  test("the leader first, then the rows' order, then those no row names in merge order", () => {
    const rows: GroupMember[] = [
      { name: "乙", field: "industry", role: "member" },
      { name: "丙", field: "standardization", unit: "标准院", role: "leader", source: "专家库" },
      { name: "丁", role: "member" },
    ];
    const experts = [
      expert("戊"),
      expert("丁", {}, rows),
      expert("甲"),
      expert(" 乙 "),
      expert("丙"),
    ];
    expect(consensusGroup(experts)).toEqual([
      { name: "丙", field: "standardization", unit: "标准院", role: "leader", source: "专家库" },
      { name: "乙", field: "industry", role: "member" },
      { name: "丁", role: "member" },
      { name: "戊" },
      { name: "甲" },
    ]);
  });

  test("a member is completed from the first row naming them, from any expert's workbook", () => {
    const experts = [
      expert("甲", {}, [{ name: "乙", unit: "第一份" }]),
      expert("乙", {}, [{ name: " 乙", unit: "第二份", field: "management" }]),
    ];
    // 乙 has a row, 甲 none: 乙 comes first.
    expect(consensusGroup(experts)).toEqual([{ name: "乙", unit: "第一份" }, { name: "甲" }]);
  });

  test("rows naming people who did not score are left out; empty fields are not carried", () => {
    const experts = [
      expert("甲", {}, [
        { name: "局外人", role: "leader" },
        { name: "甲", unit: "", source: "" },
      ]),
    ];
    const group = consensusGroup(experts);
    expect(group).toEqual([{ name: "甲" }]);
    expect(Object.keys(group[0]!)).toEqual(["name"]);
  });

  test("two leaders keep the rows' order between them; members with no row keep merge order", () => {
    const experts = [
      expert("丙"),
      expert("乙", {}, [
        { name: "乙", role: "leader" },
        { name: "甲", role: "leader" },
      ]),
      expert("甲"),
      expert("丁"),
    ];
    expect(consensusGroup(experts).map((m) => m.name)).toEqual(["乙", "甲", "丙", "丁"]);
  });
});

describe("consensusDate", () => {
  test.each<[string, (string | undefined)[], string | undefined]>([
    ["no dates", [undefined, undefined], undefined],
    ["one date written two ways", ["2026-11-05", "2026年11月5日"], "2026-11-05"],
    [
      "different dates, earliest to latest",
      ["2026-11-07", "2026/11/5", "2026-11-06"],
      "2026-11-05 至 2026-11-07",
    ],
    ["unreadable dates are left out", ["下周", "2026-11-05"], "2026-11-05"],
    ["only unreadable dates", ["下周", ""], undefined],
  ])("%s", (_, dates, expected) => {
    const experts = dates.map((d, i) => expert(`专家${i}`, d === undefined ? {} : { date: d }));
    expect(consensusDate(experts)).toBe(expected);
  });
});

describe("consensusMeta", () => {
  test("the organization and level most experts name; the date; role expert; no evaluator", () => {
    const experts = [
      expert("甲", { organization: "甲市 ", level: "county", date: "2026-11-05", evaluator: "甲" }),
      expert("乙", { organization: "乙市", level: "city", date: "2026-11-06" }),
      expert("丙", { organization: " 甲市", level: "county" }),
    ];
    expect(consensusMeta(experts)).toEqual({
      organization: "甲市",
      level: "county",
      date: "2026-11-05 至 2026-11-06",
      role: "expert",
    });
  });

  test("a tie goes to the name met first; blank names never count", () => {
    const experts = [
      expert("甲", { organization: "  " }),
      expert("乙", { organization: "乙市", level: "township" }),
      expert("丙", { organization: "丙市", level: "village" }),
      expert("丁", { organization: "\u3000" }),
    ];
    expect(consensusMeta(experts)).toEqual({
      organization: "乙市",
      level: "township",
      role: "expert",
    });
  });

  test("with nothing named, only the role", () => {
    const meta = consensusMeta([expert("甲"), expert("乙")]);
    expect(meta).toEqual({ role: "expert" });
    expect(Object.keys(meta)).toEqual(["role"]);
  });

  test("a later majority wins over an earlier single name", () => {
    const experts = [
      expert("甲", { organization: "甲市" }),
      expert("乙", { organization: "乙市" }),
      expert("丙", { organization: "乙市" }),
    ];
    expect(consensusMeta(experts).organization).toBe("乙市");
  });
});
