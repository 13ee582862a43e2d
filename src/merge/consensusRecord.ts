/**
 * The merge record (合并记录) as the consensus summary prints it: the method, a readable local time, the standard,
 * the files by name; then a small-print annex with each file's full path, SHA-256 and workbook id. Every line is a
 * merged row sized to its wrapped text, so nothing overprints on paper (Excel, WPS and LibreOffice do not grow
 * merged rows themselves).
 */
import { STANDARD, maxGapNote, totalGapNote } from "../standard";
import { SheetBuilder, text } from "../layout/builder";
import { cellRange, formatDateTimeZh } from "../layout";
import type { MergeMethod, MergeRecord } from "./consensus";

export const METHOD_ZH: Record<MergeMethod, string> = {
  mean: "算术平均",
  median: "中位数",
  trimmed: "去掉一个最高分和一个最低分后平均",
};

/** A file's name without its folder, for either path separator ("C:\\x\\张三.xlsx" → "张三.xlsx"). */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/** The record's lines in normal print: what a reader of the signed page needs. */
export function recordLines(record: MergeRecord): string[] {
  return [
    `方法：${METHOD_ZH[record.method]}${record.applied !== record.method ? "（不足5位专家，按算术平均）" : ""}`,
    `合并时间：${formatDateTimeZh(record.mergedAt)}（北京时间）`,
    `标准：${record.standard}`,
    `合并的文件：${record.inputs.map((x) => `${x.evaluator}（${fileName(x.file)}）`).join("、")}`,
    ...(record.excluded ?? []).map(
      (x) => `未计入：${fileName(x.file)}（${x.reasons.slice(0, 3).join("；")}）`
    ),
  ];
}

/** The annex in small print: full path, SHA-256 and workbook id of each file, and the template's fingerprint. */
export function annexLines(record: MergeRecord): string[] {
  return [
    `附：文件校验信息（模板指纹 ${record.fingerprint}）`,
    ...record.inputs.map(
      (x) =>
        `${x.evaluator}：${x.file}\nSHA-256：${x.sha256}${x.workbookId ? `\n工作簿编号：${x.workbookId}` : ""}`
    ),
  ];
}

function putLine(
  s: SheetBuilder,
  row: number,
  cols: number,
  line: string,
  style: "note" | "annex"
): void {
  const size = style === "annex" ? 8 : 9;
  s.setMerged(cellRange(row, 0, 1, cols), text(line), style);
  // One line's height; a line that wraps is grown by the builder (SheetBuilder.build fits every wrapped row).
  s.height(row, Math.ceil(size * 1.4) + 4);
}

/** Writes the record and the standard's notes from `row` across `cols` columns; returns the next free row. */
export function writeRecord(
  s: SheetBuilder,
  record: MergeRecord,
  startRow: number,
  cols: number
): number {
  let row = startRow;
  s.setMerged(cellRange(row++, 0, 1, cols), text("合并记录"), "header");
  for (const line of recordLines(record)) putLine(s, row++, cols, line, "note");
  for (const note of [...STANDARD.tables.map((t) => maxGapNote(t)), totalGapNote()])
    if (note) putLine(s, row++, cols, note, "note");
  return row;
}

/** Writes the small-print annex from `row`; returns the next free row. */
export function writeAnnex(
  s: SheetBuilder,
  record: MergeRecord,
  startRow: number,
  cols: number
): number {
  let row = startRow;
  for (const line of annexLines(record)) putLine(s, row++, cols, line, "annex");
  return row;
}
