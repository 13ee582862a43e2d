/**
 * Reading a plan workbook (整改台账) back: the unit's entries by row key (line id or item id), found by the key
 * column, never by position. Used by `new --from … --plan-status` and `compare --plan`.
 */
import type { GridSource } from "../layout";
import { dateFromCell } from "../layout/evaluationSheets";
import {
  PLAN_STATUS_LABELS,
  PLAN_TEXT_FIELDS,
  planStatusFromText,
} from "../layout/evaluationDocument";
import { a1 } from "../layout/a1";
import type { PlanEntry } from "../layout/evaluationDocument";
import { PLAN_COL, PLAN_ROWS, PLAN_SHEET } from "./planSheet";
import { asText, isPlanGrid } from "../layout/planIdentity";

export { isPlanGrid } from "../layout/planIdentity";

/** A plan cell the reader could not take as typed: a 状态 off the list, a 完成期限 that is no date, a copied row. */
export interface PlanCellProblem {
  readonly code: "plan-status-unknown" | "plan-deadline-unreadable" | "plan-row-duplicate";
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly key: string;
  readonly value: string;
}

export type PlanRead =
  | {
      readonly ok: true;
      readonly entries: ReadonlyMap<string, PlanEntry>;
      /** Cells not read as typed; the entry keeps everything else. Never read as blank without one. */
      readonly problems: readonly PlanCellProblem[];
    }
  | { readonly ok: false };

/** The entries of every plan row; a status off the list or a deadline that is no date is a problem, never blank. */
export function readPlanGrid(grid: GridSource): PlanRead {
  if (!isPlanGrid(grid) || !grid.sheetNames().includes(PLAN_SHEET)) return { ok: false };
  const entries = new Map<string, PlanEntry>();
  const problems: PlanCellProblem[] = [];
  const cols: Record<(typeof PLAN_TEXT_FIELDS)[number], number> = {
    measure: PLAN_COL.measure,
    department: PLAN_COL.department,
    evidence: PLAN_COL.evidence,
    review: PLAN_COL.review,
  };
  for (let row = PLAN_ROWS.first; row < grid.rowCount(PLAN_SHEET); row++) {
    const key = asText(grid.cell(PLAN_SHEET, row, PLAN_COL.key));
    if (!/^A\.\d/.test(key)) continue;
    const at = (col: number, code: PlanCellProblem["code"], value: string): PlanCellProblem => ({
      code,
      sheet: PLAN_SHEET,
      row,
      col,
      key,
      value,
    });
    const entry: { -readonly [K in keyof PlanEntry]: PlanEntry[K] } = {};
    for (const field of PLAN_TEXT_FIELDS) {
      const t = asText(grid.cell(PLAN_SHEET, row, cols[field]));
      if (t !== "") entry[field] = t;
    }
    const deadline = dateFromCell(grid.cell(PLAN_SHEET, row, PLAN_COL.deadline));
    if (deadline !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(deadline)) entry.deadline = deadline;
    else if (deadline !== undefined)
      problems.push(at(PLAN_COL.deadline, "plan-deadline-unreadable", deadline));
    // Not trimmed: only the list's exact labels count (planStatusFromText), a space around one is named.
    const rawStatus = grid.cell(PLAN_SHEET, row, PLAN_COL.status);
    const statusText = typeof rawStatus === "string" ? rawStatus : asText(rawStatus);
    const status = planStatusFromText(statusText);
    if (status) entry.status = status;
    else if (statusText !== "")
      problems.push(at(PLAN_COL.status, "plan-status-unknown", statusText));
    if (entries.has(key)) {
      // A copied row: its entries would be lost behind the first row's.
      if (Object.keys(entry).length > 0) problems.push(at(PLAN_COL.key, "plan-row-duplicate", key));
      continue;
    }
    entries.set(key, entry);
  }
  return { ok: true, entries, problems };
}

/** A plan cell problem in one language, with its sheet, cell and row key, what was typed and what is allowed. */
export function describePlanCellProblem(p: PlanCellProblem, zh: boolean): string {
  const cell = a1(p.row, p.col);
  const labels = Object.values(PLAN_STATUS_LABELS).join(" / ");
  const where = zh
    ? `工作表 ${p.sheet}，单元格 ${cell}（${p.key}）：`
    : `sheet ${p.sheet}, cell ${cell} (${p.key}): `;
  switch (p.code) {
    case "plan-status-unknown": {
      // "已完成 ": a label with spaces around it, which the sheet's own formulas do not take for the label either.
      const spaced = p.value.trim() !== p.value && planStatusFromText(p.value.trim()) !== undefined;
      return zh
        ? `${where}状态“${p.value}”不是下拉列表中的值（${labels}）${spaced ? "：前后有空格" : ""}；请从列表中选择，不会按空白读取`
        : `${where}status "${p.value}" is not one of the list's values (${labels})${spaced ? ": it has spaces around it" : ""}; pick one from the list (it is not read as blank)`;
    }
    case "plan-deadline-unreadable":
      return zh
        ? `${where}完成期限“${p.value}”不是有效日期；请按 YYYY-MM-DD 填写，如 2027-03-31`
        : `${where}deadline "${p.value}" is no date; type it as YYYY-MM-DD, e.g. 2027-03-31`;
    case "plan-row-duplicate":
      return zh
        ? `${where}编号 ${p.value} 的行出现了两次（复制的行？），此行的填写会被忽略；请把它填在原行中并删去此行`
        : `${where}the row ${p.value} occurs twice (a copied row?), so what this row holds would be ignored; type it in the original row and delete this one`;
  }
}
