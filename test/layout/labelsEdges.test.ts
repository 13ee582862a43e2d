/**
 * The words the workbook shows for codes (src/layout/labels.ts) and their way back: a status only from its exact
 * label or an empty cell (7.2), a level of A.7.3/A.7.4 only from its dropdown label, the evaluated unit's level
 * (chapter 1: 省辖市、县（市、区）、乡（镇、街道）、村（社区/居）) and the evaluator's role from their names or codes,
 * trimmed.
 */
import { STANDARD } from "../../src/standard";
import type { LevelItemDef } from "../../src/standard";
import {
  CHECK_ERROR,
  CHECK_WARNING,
  LEVEL_LABELS,
  LEVEL_NAMES,
  ROLE_NAMES,
  STATUS_LABELS,
  levelCodeFromCell,
  levelFromCell,
  levelOptions,
  roleCodeFromCell,
  statusFromCell,
} from "../../src/layout";

const levelItem = (id: string): LevelItemDef =>
  STANDARD.tables
    .flatMap((t) => t.items)
    .find((i): i is LevelItemDef => i.id === id && i.kind === "level")!;

test.each<[string, string | undefined]>([
  ["", "normal"],
  ["正常评分", "normal"],
  ["不适用（满分）", "na"],
  ["应有未有（0分）", "absent"],
  [" ", undefined],
  ["不适用", undefined],
  ["不适用（满分） ", undefined],
  ["na", undefined],
  ["normal", undefined],
])("statusFromCell(%p) is %p", (cell, status) => {
  expect(statusFromCell(cell)).toBe(status);
});

test("the labels of the three statuses", () => {
  expect(STATUS_LABELS).toEqual({
    normal: "正常评分",
    na: "不适用（满分）",
    absent: "应有未有（0分）",
  });
});

test.each<[string, string, string | undefined]>([
  ["A.7.3", "国家级（10分）", "national"],
  ["A.7.3", "省级（5分）", "provincial"],
  ["A.7.3", "地（市）级（3分）", "municipal"],
  ["A.7.3", "无（0分）", "none"],
  ["A.7.3", "国家级", undefined],
  ["A.7.3", "national", undefined],
  ["A.7.3", " 省级（5分）", undefined],
  ["A.7.3", "社会效益显著提高（10分）", undefined],
  ["A.7.4", "社会效益显著提高（10分）", "significant"],
  ["A.7.4", "比实行标准化以前提高10%以上（5分）", "over10"],
  ["A.7.4", "比实行标准化以前提高5%以上（3分）", "over5"],
  ["A.7.4", "无（0分）", "none"],
  ["A.7.4", "国家级（10分）", undefined],
])("%s: levelFromCell(%p) is %p", (id, cell, level) => {
  expect(levelFromCell(levelItem(id), cell)).toBe(level);
});

test("each level item's dropdown in the standard's order", () => {
  expect(levelOptions(levelItem("A.7.3"))).toEqual([
    "国家级（10分）",
    "省级（5分）",
    "地（市）级（3分）",
    "无（0分）",
  ]);
  expect(levelOptions(levelItem("A.7.4"))).toEqual([
    "社会效益显著提高（10分）",
    "比实行标准化以前提高10%以上（5分）",
    "比实行标准化以前提高5%以上（3分）",
    "无（0分）",
  ]);
  expect(LEVEL_LABELS.none).toBe("无（0分）");
});

test.each<[string, string | undefined]>([
  ["省辖市", "city"],
  [" 县（市、区） ", "county"],
  ["乡（镇、街道）", "township"],
  ["村（社区/居）", "village"],
  ["village", "village"],
  [" city\u3000", "city"],
  ["市", undefined],
  ["City", undefined],
  ["", undefined],
  ["constructor", undefined],
])("levelCodeFromCell(%p) is %p", (cell, code) => {
  expect(levelCodeFromCell(cell)).toBe(code);
});

test.each<[string, string | undefined]>([
  ["评估专家", "expert"],
  [" 自我评价 ", "self"],
  ["expert", "expert"],
  ["self", "self"],
  ["专家", undefined],
  ["", undefined],
  ["toString", undefined],
])("roleCodeFromCell(%p) is %p", (cell, code) => {
  expect(roleCodeFromCell(cell)).toBe(code);
});

test("the cover's lists and the check prefixes the summary counts", () => {
  expect(LEVEL_NAMES).toEqual(["省辖市", "县（市、区）", "乡（镇、街道）", "村（社区/居）"]);
  expect(ROLE_NAMES).toEqual(["评估专家", "自我评价"]);
  expect([CHECK_ERROR, CHECK_WARNING]).toEqual(["错误：", "提示："]);
});
