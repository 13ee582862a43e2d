/**
 * An evaluation with known deductions in several tables, for the report tests.
 */
import type { Evaluation } from "../../src/engine";

export const KNOWN: Evaluation = {
  format: "gridscore-evaluation/1",
  meta: {
    organization: "示例区网格化服务管理中心",
    level: "county",
    evaluator: "张三",
    role: "expert",
    date: "2026-06-03",
  },
  items: {
    "A.1.1": { lines: { "A.1.1.1": 1 }, notes: { "A.1.1.1": "方针未正式发布" } },
    "A.1.2": {
      lines: { "A.1.2.1": 2, "A.1.2.3": 2 },
      notes: { "A.1.2.1": "机构图未含标准化机构", "A.1.2.3": "部分部门无标准化职责" },
    },
    "A.1.4": { lines: { "A.1.4.4": { rate: 45 } }, notes: { "A.1.4.4": "完成率45%" } },
    "A.2.1": { lines: { "A.2.1.1": 5 }, notes: { "A.2.1.1": "没有体系表" } },
    "A.2.2": { status: "na", notes: { "A.2.2": "本级不制定导则" } },
    "A.3.3": { status: "absent" },
    "A.7.1": { value: 85 },
    "A.7.2": { value: 90 },
    "A.7.3": { level: "provincial" },
    "A.7.4": { level: "significant" },
  },
};

/** The suggestions KNOWN must produce: per table, ordered by points lost (ties in the standard's order). */
export const KNOWN_SUGGESTIONS = [
  {
    tableId: "A.1",
    items: [
      ["A.1.2", 4],
      ["A.1.4", 2],
      ["A.1.1", 1],
    ],
  },
  { tableId: "A.2", items: [["A.2.1", 5]] },
  {
    tableId: "A.7",
    items: [
      ["A.7.1", 5],
      ["A.7.3", 5],
    ],
  },
] as const;
