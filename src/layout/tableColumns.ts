/**
 * Where a table sheet puts things: the reader, the add-in and the layout agree through these.
 */
import type { ColumnModel } from "./model";

/** Column positions of a table sheet; the reader and the add-in find inputs through these and the id column. */
export const COL = {
  project: 0,
  content: 1,
  requirement: 2,
  cap: 3,
  rule: 4,
  limit: 5,
  input: 6,
  note: 7,
  status: 8,
  counted: 9,
  score: 10,
  check: 11,
  id: 12,
  itemId: 13,
} as const;

export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

export const COLUMNS = (scoreHeader: string): ColumnModel[] => [
  { header: "评价项目", width: 11 },
  { header: "评价内容", width: 14 },
  { header: "评价要求", width: 34 },
  { header: scoreHeader, width: 6 },
  { header: "扣分标准", width: 26 },
  { header: "上限", width: 6 },
  { header: "扣分/填写", width: 9 },
  { header: "扣分说明", width: 22 },
  { header: "状态", width: 13 },
  { header: "计入扣分", width: 7 },
  { header: "实得分", width: 7 },
  { header: "检查", width: 22 },
  { header: "编号", width: 9, hidden: true },
  { header: "项目编号", width: 8, hidden: true },
];
