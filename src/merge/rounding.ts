/**
 * README: Numbers. Shown figures are rounded half up to 2 decimals, the verdict is decided on the exact total,
 * and rounded subtotals may not add up to the rounded total: say so where that happens (CLI, workbook, report).
 */
import { Fraction, exact, formatScore, formatTotal, sumExact } from "../engine";
import { STANDARD } from "../standard";
import type { MergeResult } from "./consensus";

/**
 * An exact total as a reader can take it in: "399341/900" reads as 分数 399341/900 (约 443.71); 约 is the shown
 * total (89999/300 is 约 299.99, never 约 300: README: Numbers).
 */
function exactText(exactTotal: string): string {
  return exactTotal.includes("/")
    ? `分数 ${exactTotal}，约 ${formatTotal(new Fraction(exactTotal), STANDARD.passMark)}`
    : exactTotal;
}

/** The note, or undefined when the shown figures are exact and add up. */
export function roundingNote(
  result: Pick<MergeResult, "tables" | "total" | "exactTotal">
): string | undefined {
  const shown = sumExact(result.tables.map((t) => t.score));
  if (shown !== result.total)
    return `注：各表共识得分四舍五入到两位小数，相加为 ${formatScore(shown)}，与总分 ${formatScore(result.total)} 不同；总分和结论按未舍入的精确值（${exactText(result.exactTotal)}）计算。`;
  if (!new Fraction(result.exactTotal).equals(exact(result.total)))
    return `注：总分四舍五入到两位小数显示，结论按未舍入的精确值（${exactText(result.exactTotal)}）判定。`;
  return undefined;
}
