/**
 * The words of the evaluation sheets' problems (评价条件, 评估组): each names its sheet and cell, what was typed and
 * what to do, in Chinese and English. `export` refuses the ones that would keep a typed value out of the JSON.
 */
import { a1 } from "../a1";
import { computedTotal, STANDARD } from "../../standard";
import { isIsoDate, noSuchDayWords } from "../../engine";
import { FIRST_SHEET_DATE } from "./eligibility";
import { FIELD_LABELS, ROLE_LABELS } from "./group";
import type { EvaluationSheetProblem } from "./read";
import type { LocatedProblem } from "../../engine/problems";

const labels = (table: Readonly<Record<string, string>>): string =>
  Object.values(table).join(" / ");

/** The cell a problem names, "C5" (a duplicate row is named by its id column). */
export function sheetProblemCell(p: EvaluationSheetProblem): string {
  return a1(p.row, "col" in p ? p.col : 6);
}

/** One problem in one language, without its severity or place. */
export function describeSheetProblem(p: EvaluationSheetProblem, zh: boolean): string {
  switch (p.code) {
    case "unknown-field":
      return zh
        ? `领域“${p.value}”不是下拉列表中的值（${labels(FIELD_LABELS)}）；请从列表中选择`
        : `field "${p.value}" is not one of the list's values (${labels(FIELD_LABELS)}); pick one from the list`;
    case "unknown-role":
      return zh
        ? `组内角色“${p.value}”不是下拉列表中的值（${labels(ROLE_LABELS)}）；请从列表中选择`
        : `role "${p.value}" is not one of the list's values (${labels(ROLE_LABELS)}); pick one from the list`;
    case "duplicate-id":
      return zh
        ? `隐藏编号 ${p.id} 重复（此行可能是复制的行），此行未读取；请删去复制的行，把内容填在原行中`
        : `the hidden row id ${p.id} occurs twice (a copied row?), so this row is not read; delete the copied row and type its content in the original row`;
    case "unreadable-date": {
      // The one date reader's words for a day that does not exist (2026-02-30, serial 60), as the cover and JSON say.
      const noSuchDay = noSuchDayWords(p.serial ?? p.value);
      if (noSuchDay) return zh ? `${p.label}：${noSuchDay.zh}` : `${p.label}: ${noSuchDay.en}`;
      if (isIsoDate(p.value) && p.value < FIRST_SHEET_DATE)
        return zh
          ? `${p.label}“${p.value}”早于1900年1月1日，电子表格不能按日期计算；请核对年份`
          : `${p.label} "${p.value}" is before 1900-01-01, which no spreadsheet counts as a date; check the year`;
      return zh
        ? `${p.label}“${p.value}”不是有效日期${p.suggestion ? `；如指 ${p.suggestion}，请改为 ${p.suggestion}` : "；请按 YYYY-MM-DD 填写，如 2026-05-20"}`
        : `${p.label} "${p.value}" is no date${p.suggestion ? `; if it means ${p.suggestion}, type ${p.suggestion}` : "; type it as YYYY-MM-DD, e.g. 2026-05-20"}`;
    }
    case "member-without-name":
      return zh
        ? `此行填写了${p.filled}，但没有姓名，不计为评估组成员；请填写姓名，或清空此行`
        : `this row has ${p.filled} but no name, so it is no member of the group; type the name, or clear the row`;
    case "self-score-out-of-range":
      return zh
        ? `自查总分 ${p.value} 不在 0 到 ${computedTotal()} 之间（附录A各项分值之和为${computedTotal()}分，8.2 标注${STANDARD.declaredTotal}分）；请核对自查总分`
        : `the self-check total ${p.value} is not between 0 and ${computedTotal()} (Appendix A's items add up to ${computedTotal()}, 8.2 declares ${STANDARD.declaredTotal}); check it`;
  }
}

/** Both lines of a problem, as the CLI prints problems: "错误：文件 a.xlsx，工作表 评估组，单元格 B5：…". */
export function formatSheetProblemLines(
  p: EvaluationSheetProblem,
  severity: "error" | "warning",
  file?: string
): string {
  const cell = sheetProblemCell(p);
  const zhWhere = `${file ? `文件 ${file}，` : ""}工作表 ${p.sheet}，单元格 ${cell}：`;
  const enWhere = `${file ? `file ${file}, ` : ""}sheet ${p.sheet}, cell ${cell}: `;
  const [zh, en] = severity === "error" ? ["错误", "error"] : ["提示", "warning"];
  return `${zh}：${zhWhere}${describeSheetProblem(p, true)}\n  ${en}: ${enWhere}${describeSheetProblem(p, false)}\n`;
}

/**
 * A sheet problem as the engine's typed problem (`sheet-entry-not-kept`, an error) at its sheet and cell (and file,
 * when given): what the pane's rebuild and merge refuse, in the words export and migrate print
 * (formatProblem gives the same line as formatSheetProblemLines).
 */
export function sheetEntryNotKept(p: EvaluationSheetProblem, file?: string): LocatedProblem {
  return {
    code: "sheet-entry-not-kept",
    entry: p,
    words: { zh: describeSheetProblem(p, true), en: describeSheetProblem(p, false) },
    where: { ...(file !== undefined ? { file } : {}), sheet: p.sheet, cell: sheetProblemCell(p) },
  };
}

/** Whether a sheet problem is about a 评估组 row (its field, role or name, or a copied group row). */
export function isGroupSheetProblem(p: EvaluationSheetProblem): boolean {
  return p.code === "duplicate-id"
    ? p.id.startsWith("group.")
    : p.code === "unknown-field" || p.code === "unknown-role" || p.code === "member-without-name";
}
