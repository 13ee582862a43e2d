/**
 * The group sheet's formulas trim what the reader trims (fieldFromText, roleFromText and checkGroup use
 * JavaScript's trim(): tabs, NBSP U+00A0, the ideographic space U+3000, …): a name of white space alone is no
 * member, and 标准化 or 组长 with such space around it is that label, to both. Before, the sheet's TRIM took only
 * U+0020 and counted a "\u3000" name as a member, or missed the standardization expert and the leader.
 */
import {
  GROUP_COL,
  GROUP_IDS,
  buildGroupSheet,
  checkGroup,
  fieldFromText,
  groupCheckText,
  roleFromText,
} from "../../src/layout/evaluationSheets";
import type { GroupMember } from "../../src/layout/evaluationSheets";
import { evaluateSheet, rowOf } from "../report/support";

type Row = readonly [name: string, field: string, role: string];

const ROWS: readonly Row[] = [
  ["\u00a0甲", "\u3000标准化\t", "\u00a0组长\u3000"],
  ["乙", "行业专家", "成员"],
  ["丙", "行业专家", "成员"],
  ["丁", "行业专家", "成员"],
  ["戊", "行业专家", "成员"],
  // No name (white space only): not a member, though it says 组长.
  ["\u3000\t", "行业专家", "组长"],
];

test("white space around the labels and a blank name: the sheet's check says what checkGroup says", () => {
  const sheet = buildGroupSheet();
  const hf = evaluateSheet(sheet);
  ROWS.forEach(([name, field, role], i) => {
    const row = rowOf(sheet, GROUP_IDS.member(i + 1));
    hf.set(row, GROUP_COL.name, name);
    hf.set(row, GROUP_COL.field, field);
    hf.set(row, GROUP_COL.role, role);
  });
  const shown = hf.value(rowOf(sheet, GROUP_IDS.check), GROUP_COL.name);
  hf.destroy();
  // The reader: five members (the sixth has no name), 甲 a standardization expert and the one leader.
  expect(fieldFromText(ROWS[0]![1])).toBe("standardization");
  expect(roleFromText(ROWS[0]![2])).toBe("leader");
  const members = ROWS.map(([name, field, role]): GroupMember => ({
    name,
    ...(fieldFromText(field) ? { field: fieldFromText(field)! } : {}),
    ...(roleFromText(role) ? { role: roleFromText(role)! } : {}),
  }));
  expect(checkGroup(members)).toEqual([]);
  expect(shown).toBe(groupCheckText(checkGroup(members)));
  expect(shown).toBe("评估组组成符合4.2");
});
