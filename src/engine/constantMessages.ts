/**
 * The words of `constant-changed` (src/layout/logicConstants.ts): a constant the workbook's formulas read was
 * changed, so the workbook's own figures no longer follow the standard, in Chinese and English.
 */
import type { ConstantRole, Problem } from "./problems";

type ConstantChanged = Extract<Problem, { code: "constant-changed" }>;

/** What the cell is, [zh, en]; {x} is the item or table it belongs to. */
const ROLES: Readonly<Record<ConstantRole, readonly [string, string]>> = {
  "pass-mark": ["合格线", "the pass mark"],
  cap: ["{x} 的分值", "the cap (分值) of item {x}"],
  max: ["表{x}的满分（计算）", "table {x}'s computed maximum"],
  "table-id": ["{x} 所属的表号", "the table id of item {x}"],
  blank: ["应为空的单元格", "a cell that must stay empty"],
  "status-conflict": ["{x} 的状态分歧记录", "item {x}'s record of differing statuses"],
  constant: ["公式引用的固定值", "a fixed value the formulas read"],
};

const shown = (v: string | number, zh: boolean): string =>
  v === "" ? (zh ? "（空）" : "(empty)") : typeof v === "number" ? String(v) : `"${v}"`;

/** The message of a changed constant, naming what it should be, what it is, and what to do. */
export function constantChangedWords(problem: ConstantChanged, zh: boolean): string {
  const [z, e] = ROLES[problem.role];
  const what = (zh ? z : e).replace(
    "{x}",
    problem.of === "total" ? (zh ? "合计" : "total") : (problem.of ?? "")
  );
  const expected = shown(problem.expected, zh);
  const found = shown(problem.found, zh);
  if (zh)
    return `${what}被改动：应为 ${expected}，现为 ${found}。此单元格不是填写区，工作簿的公式引用它，改动后工作簿显示的得分和结论不再符合标准（本工具仍按标准计分），已拒绝。请把该单元格改回 ${expected}（须先撤销工作表保护），或${
      problem.consensus
        ? "用 gridscore merge 由各专家评分表重新生成共识工作簿（评议后得分、评议理由和书面说明须重新填写）"
        : "用 gridscore export 导出填写内容，再用 gridscore new --inputs 由它生成新的评分表"
    }`;
  return `${what} was changed: it should be ${expected}, it is ${found}. This is not an input cell: the workbook's formulas read it, so the scores and verdict the workbook shows no longer follow the standard (gridscore still scores by the standard), and the workbook is refused. Set the cell back to ${expected} (unprotect the sheet first), or ${
    problem.consensus
      ? "make the consensus again with gridscore merge from the experts' scoresheets (then enter the agreed scores, reasons and explanations again)"
      : "export the entries with gridscore export and make a new scoresheet from them with gridscore new --inputs"
  }`;
}
