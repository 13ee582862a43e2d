/**
 * A version 2 JSON's remediation rows (`plan`, by row key) against the rows the plan workbook will have: a row
 * keyed to an id that is no row of this plan would be silently left out, so it is refused, naming the row and
 * the id, with the keys that are rows.
 */
import { indexStandard } from "../standard";
import type { PlanEntry } from "../layout/evaluationDocument";
import type { PlanRow } from "../report/plan";
import type { CliIo } from "./io";

/** Each JSON plan row that matches no row of the plan, as two printed lines; empty when all match. */
export function unmatchedPlanEntries(
  entries: Readonly<Record<string, PlanEntry>> | undefined,
  rows: readonly PlanRow[],
  file: string
): string[] {
  if (!entries) return [];
  const keys = new Set(rows.map((r) => r.key));
  const valid = rows.length > 0 ? rows.map((r) => r.key).join("、") : "（无：本次评价没有失分）";
  const validEn =
    rows.length > 0 ? rows.map((r) => r.key).join(", ") : "(none: nothing lost points)";
  const index = indexStandard();
  const out: string[] = [];
  for (const key of Object.keys(entries)) {
    if (keys.has(key)) continue;
    const known = index.items.has(key) || index.lines.has(key);
    const zh = known
      ? `${key} 在本次评价中没有失分（或失分记在其评价内容 ${index.lines.get(key)?.item.id ?? key} 上），整改台账中没有此行，此行不会写入`
      : `${key} 不是附录A中的评价内容或评价要求编号，此行不会写入`;
    const en = known
      ? `${key} lost no points in this evaluation (or its loss is on its item ${index.lines.get(key)?.item.id ?? key}), so the plan has no such row and this entry would not be written`
      : `${key} is no item or requirement line id of Appendix A, so this entry would not be written`;
    out.push(
      `错误：文件 ${file}：$.plan["${key}"]：${zh}；请改用整改台账的行编号：${valid}\n` +
        `  error: file ${file}: $.plan["${key}"]: ${en}; key it to one of the plan's rows: ${validEn}\n`
    );
  }
  return out;
}

/** Prints the unmatched rows and returns true when there is one (the command then writes nothing). */
export function refuseUnmatchedPlanEntries(
  entries: Readonly<Record<string, PlanEntry>> | undefined,
  rows: readonly PlanRow[],
  file: string,
  io: CliIo
): boolean {
  const lines = unmatchedPlanEntries(entries, rows, file);
  for (const l of lines) io.err(l);
  return lines.length > 0;
}
