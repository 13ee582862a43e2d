import {
  GROUP_COL,
  GROUP_IDS,
  buildGroupSheet,
  checkGroup,
  groupCheckText,
} from "../../src/layout/evaluationSheets";
import type { ExpertField, GroupMember } from "../../src/layout/evaluationSheets";
import { evaluateSheet, rowOf } from "./support";

function group(n: number, fields: ExpertField[] = ["standardization"], leaders = 1): GroupMember[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `专家${i + 1}`,
    field: fields[i] ?? "industry",
    unit: "某单位",
    role: i < leaders ? "leader" : "member",
  }));
}

describe("checkGroup (4.2)", () => {
  test.each([4, 8])("a group of %d warns about its size", (n) => {
    expect(checkGroup(group(n))).toEqual([{ code: "group-size", count: n }]);
  });

  test.each([5, 6, 7])("a group of %d with a standardization expert and a leader passes", (n) => {
    expect(checkGroup(group(n))).toEqual([]);
    expect(groupCheckText(checkGroup(group(n)))).toBe("评估组组成符合4.2");
  });

  test("no standardization expert warns", () => {
    expect(checkGroup(group(5, ["industry", "management"]))).toEqual([
      { code: "no-standardization-expert" },
    ]);
  });

  test("no leader, or two, warns; rows without a name do not count", () => {
    expect(checkGroup(group(5, undefined, 0))).toEqual([{ code: "no-leader" }]);
    expect(checkGroup(group(5, undefined, 2))).toEqual([{ code: "several-leaders", count: 2 }]);
    expect(checkGroup([...group(4), { name: "  ", field: "standardization" }])).toEqual([
      { code: "group-size", count: 4 },
    ]);
  });

  test("the messages", () => {
    expect(groupCheckText(checkGroup([]))).toBe(
      "评估组成员一般为5-7人（4.2），现有0人；评估组中没有标准化专家（4.2）；未指定评估组组长"
    );
  });
});

describe("the group sheet's check cell agrees with checkGroup (HyperFormula)", () => {
  const cases: GroupMember[][] = [
    group(4),
    group(5),
    group(7),
    group(8),
    group(10, undefined, 3),
    group(6, ["management", "industry"]),
    group(5, undefined, 0),
    [],
    [...group(5), { name: "", field: "standardization", role: "leader" }],
  ];
  test.each(cases.map((c, i) => [i, c]))("case %d", (_i, members) => {
    const sheet = buildGroupSheet();
    const hf = evaluateSheet(sheet);
    members.forEach((m, i) => {
      const row = rowOf(sheet, GROUP_IDS.member(i + 1));
      hf.set(row, GROUP_COL.name, m.name);
      hf.set(
        row,
        GROUP_COL.field,
        m.field
          ? { standardization: "标准化", industry: "行业专家", management: "管理人员" }[m.field]
          : null
      );
      hf.set(row, GROUP_COL.role, m.role === "leader" ? "组长" : m.role ? "成员" : null);
    });
    expect(hf.value(rowOf(sheet, GROUP_IDS.check), GROUP_COL.name)).toBe(
      groupCheckText(checkGroup(members))
    );
    hf.destroy();
  });

  test("pre-filled members evaluate the same", () => {
    const sheet = buildGroupSheet(group(8));
    const hf = evaluateSheet(sheet);
    expect(hf.value(rowOf(sheet, GROUP_IDS.check), GROUP_COL.name)).toBe(
      "评估组成员一般为5-7人（4.2），现有8人"
    );
    hf.destroy();
  });
});
