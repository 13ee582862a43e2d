/**
 * The group sheet's check cell (src/layout/evaluationSheets/groupSheet.ts) evaluated in HyperFormula, against the
 * words of 4.2 written out by hand (5-7 members, a standardization expert, one leader): the formulas must say
 * what checkGroup says, at each limit, with typed spaces around labels and blank-named rows ignored.
 */
import {
  GROUP_COL,
  GROUP_IDS,
  GROUP_ROWS,
  buildGroupSheet,
} from "../../src/layout/evaluationSheets";
import type { GroupMember } from "../../src/layout/evaluationSheets";
import { evaluateSheet, rowOf } from "../report/support";

const OK = "评估组组成符合4.2";
const size = (n: number) => `评估组成员一般为5-7人（4.2），现有${n}人`;
const NO_STD = "评估组中没有标准化专家（4.2）";
const NO_LEADER = "未指定评估组组长";
const leaders = (n: number) => `评估组组长多于1人（${n}人）`;

type Row = readonly [name: string, field: string | null, role: string | null];

/** n rows: the first a standardization expert and the leader, the others industry members. */
function rows(n: number): Row[] {
  return Array.from({ length: n }, (_, i): Row =>
    i === 0 ? [`专家${i + 1}`, "标准化", "组长"] : [`专家${i + 1}`, "行业专家", "成员"]
  );
}

function checkText(typed: readonly Row[]): unknown {
  const sheet = buildGroupSheet();
  const hf = evaluateSheet(sheet);
  typed.forEach(([name, field, role], i) => {
    const row = rowOf(sheet, GROUP_IDS.member(i + 1));
    hf.set(row, GROUP_COL.name, name);
    hf.set(row, GROUP_COL.field, field);
    hf.set(row, GROUP_COL.role, role);
  });
  const value = hf.value(rowOf(sheet, GROUP_IDS.check), GROUP_COL.name);
  hf.destroy();
  return value;
}

describe("the group sheet's check cell", () => {
  test.each<[string, Row[], string]>([
    ["4 members", rows(4), size(4)],
    ["5 members", rows(5), OK],
    ["7 members", rows(7), OK],
    ["8 members", rows(8), size(8)],
    ["10 members", rows(10), size(10)],
    ["nobody", [], `${size(0)}；${NO_STD}；${NO_LEADER}`],
    ["no standardization expert", [["甲", "管理人员", "组长"], ...rows(5).slice(1)], NO_STD],
    ["no leader", [["甲", "标准化", "成员"], ...rows(5).slice(1)], NO_LEADER],
    ["no role at all", [["甲", "标准化", null], ...rows(5).slice(1)], NO_LEADER],
    ["two leaders", [...rows(5), ["乙", "行业专家", "组长"]], leaders(2)],
    [
      "three leaders among eight",
      [...rows(6), ["乙", "行业专家", "组长"], ["丙", null, "组长"]],
      `${size(8)}；${leaders(3)}`,
    ],
    ["labels with spaces around them", [[" 甲 ", " 标准化 ", " 组长 "], ...rows(5).slice(1)], OK],
    [
      "a blank-named row is not counted, nor its field and role",
      [[" ", "标准化", "组长"], ...rows(5).slice(1)],
      `${size(4)}；${NO_STD}；${NO_LEADER}`,
    ],
    [
      "a label that is a code",
      [["甲", "standardization", "leader"], ...rows(5).slice(1)],
      `${NO_STD}；${NO_LEADER}`,
    ],
  ])("%s", (_n, typed, expected) => {
    expect(checkText(typed)).toBe(expected);
  });

  test("pre-filled members count; a larger group gets rows of its own", () => {
    const members: GroupMember[] = Array.from({ length: GROUP_ROWS + 1 }, (_, i) => ({
      name: `专家${i + 1}`,
      ...(i === 0 ? { field: "standardization" as const, role: "leader" as const } : {}),
    }));
    const sheet = buildGroupSheet(members);
    expect(GROUP_ROWS).toBe(10);
    expect(rowOf(sheet, GROUP_IDS.member(11))).toBe(rowOf(sheet, GROUP_IDS.member(1)) + 10);
    expect(rowOf(sheet, GROUP_IDS.check)).toBe(rowOf(sheet, GROUP_IDS.member(11)) + 1);
    const hf = evaluateSheet(sheet);
    expect(hf.value(rowOf(sheet, GROUP_IDS.check), GROUP_COL.name)).toBe(size(11));
    hf.destroy();
    const blank = buildGroupSheet();
    expect(rowOf(blank, GROUP_IDS.check)).toBe(rowOf(blank, GROUP_IDS.member(10)) + 1);
    expect(() => rowOf(blank, GROUP_IDS.member(11))).toThrow();
  });
});
