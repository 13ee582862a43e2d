/**
 * Both sides of the differential test. The engine's side: what the .xlsx reader and the engine say about every
 * input row (error, hint or ok), every line's counted deduction, every item score, the subtotals, the total and
 * the verdict. The workbook's side: the same figures as a spreadsheet application computed them in the
 * workbook's own cells. `disagreements` lists every place where they differ.
 */
import { isRateInput, rateDeduction, severityOf, sumExact } from "../../src/engine";
import type { LineDef } from "../../src/standard";
import type { LineInput, LocatedProblem, Problem } from "../../src/engine";
import { readNumber } from "../../src/engine/values";
import { CHECK_ERROR, CHECK_WARNING, COL, subtotalName } from "../../src/layout";
import type { XlsxScoresheet } from "../../src/writers/xlsx";
import { targetItems, targetRows } from "./targets";

/** How a row is judged: the 检查 text's 错误：/提示： prefixes, or the engine's problems located on the row. */
export type RowClass = "error" | "hint" | "ok";

/**
 * Problems the workbook's formulas cannot see, by design (README: Inputs): a formula typed into an input (no
 * ISFORMULA in Excel 2010), a merged input range, and a date typed into a number cell (to a formula it is its serial
 * number; CELL("format") is not portable). The reader warns about them; the 检查 column cannot.
 */
export const READER_ONLY: ReadonlySet<Problem["code"]> = new Set([
  "formula-input",
  "merged-input",
  "date-input",
]);

export interface EngineSide {
  readonly rows: ReadonlyMap<string, { cls: RowClass; codes: readonly string[] }>;
  /** Counted deduction per line id (lines of deduction items). */
  readonly counted: ReadonlyMap<string, number>;
  readonly items: ReadonlyMap<string, number>;
  readonly names: ReadonlyMap<string, number | string>;
}

export const rowKey = (sheet: string, row: number): string => `${sheet}!${row + 1}`;

/** A line's counted deduction as the engine counts it: the number read (text, too many decimals → 0), or the rate's tier. */
export function engineCounted(line: LineDef, itemId: string, raw: LineInput | undefined): number {
  if (raw === undefined) return 0;
  const ignored: Problem[] = [];
  if (line.kind === "rate") {
    if (!isRateInput(raw)) return 0;
    const rate = readNumber(itemId, line.id, raw.rate, ignored, { percent: true });
    return rate === undefined ? 0 : rateDeduction(line, rate);
  }
  if (isRateInput(raw)) return 0;
  return readNumber(itemId, line.id, raw, ignored, { percent: false }) ?? 0;
}

function classOf(problems: readonly LocatedProblem[]): RowClass {
  if (problems.some((p) => severityOf(p) === "error")) return "error";
  return problems.length > 0 ? "hint" : "ok";
}

/** The engine's side of a read scoresheet. */
export function engineSide(sheet: XlsxScoresheet): EngineSide {
  const byRow = new Map<string, LocatedProblem[]>();
  for (const p of [...sheet.errors, ...sheet.warnings]) {
    const m = p.where?.cell ? /^[A-Z]+(\d+)$/.exec(p.where.cell) : null;
    if (!m || !p.where?.sheet || READER_ONLY.has(p.code)) continue;
    const key = `${p.where.sheet}!${m[1]}`;
    byRow.set(key, [...(byRow.get(key) ?? []), p]);
  }
  const rows = new Map<string, { cls: RowClass; codes: string[] }>();
  for (const r of targetRows()) {
    const found = byRow.get(rowKey(r.sheet, r.row)) ?? [];
    rows.set(rowKey(r.sheet, r.row), { cls: classOf(found), codes: found.map((p) => p.code) });
  }
  const counted = new Map<string, number>();
  for (const { def } of targetItems()) {
    if (def.kind !== "deduction") continue;
    const lines = sheet.evaluation.items[def.id]?.lines ?? {};
    const per = def.lines.map((l) => engineCounted(l, def.id, lines[l.id]));
    def.lines.forEach((l, i) => counted.set(l.id, per[i]!));
    const reported = sheet.report.items.find((i) => i.id === def.id)!.deduction;
    if (sumExact(per) !== reported)
      throw new Error(`${def.id}: lines count ${sumExact(per)}, the engine reports ${reported}`);
  }
  const names = new Map<string, number | string>([
    ["Total", sheet.report.total],
    ["Verdict", sheet.report.verdict],
    ...sheet.report.tables.map((t): [string, number] => [subtotalName(t.id), t.score]),
  ]);
  return {
    rows,
    counted,
    items: new Map(sheet.report.items.map((i) => [i.id, i.score])),
    names,
  };
}

/** A workbook's computed cells, however they were computed (LibreOffice, HyperFormula, the simulated host). */
export interface WorkbookSide {
  /** A cell's value: number, string, boolean, an error as "#N/A", or undefined when empty. */
  cell(sheet: string, row: number, col: number): unknown;
  name(name: string): unknown;
}

/** The 检查 text's class; an error value or a non-text in the 检查 column is "broken". */
export function checkClass(v: unknown): RowClass | "broken" {
  if (v === undefined || v === null || v === "") return "ok";
  if (typeof v !== "string" || v.startsWith("#")) return "broken";
  if (v.includes(CHECK_ERROR)) return "error";
  return v.includes(CHECK_WARNING) ? "hint" : "broken";
}

/**
 * A numeric cell as a spreadsheet shows it: an empty formula result is 0, a number has 15 significant digits (a
 * counted =0.1+0.2 is 0.3, as Excel and LibreOffice compare it), a date-formatted result is its serial number.
 */
const asNumber = (v: unknown): unknown => {
  if (v === undefined || v === null) return 0;
  if (v instanceof Date) return 25569 + v.getTime() / 86400000;
  return typeof v === "number" ? Number(v.toPrecision(15)) : v;
};

export interface Disagreement {
  readonly where: string;
  readonly workbook: unknown;
  readonly engine: unknown;
}

/** Every difference between the workbook's computed cells and the engine's figures. */
export function disagreements(wb: WorkbookSide, engine: EngineSide): Disagreement[] {
  const out: Disagreement[] = [];
  const same = (a: unknown, b: unknown) =>
    typeof a === "number" && typeof b === "number" ? a === b || (a === 0 && b === 0) : a === b;
  for (const r of targetRows()) {
    const key = rowKey(r.sheet, r.row);
    const check = wb.cell(r.sheet, r.row, COL.check);
    const mine = engine.rows.get(key)!;
    const theirs = checkClass(check);
    if (theirs !== mine.cls)
      out.push({
        where: `${key} ${r.id} 检查`,
        workbook: `${theirs}: ${String(check)}`,
        engine: `${mine.cls}: ${mine.codes.join(",")}`,
      });
    const counted = engine.counted.get(r.id);
    if (counted !== undefined) {
      const v = asNumber(wb.cell(r.sheet, r.row, COL.counted));
      if (!same(v, counted))
        out.push({ where: `${key} ${r.id} 计入扣分`, workbook: v, engine: counted });
    }
  }
  for (const { def, rows } of targetItems()) {
    const v = asNumber(wb.cell(rows[0]!.sheet, rows[0]!.row, COL.score));
    const score = engine.items.get(def.id);
    if (!same(v, score)) out.push({ where: `${def.id} 实得分`, workbook: v, engine: score });
  }
  for (const [name, value] of engine.names) {
    const v = wb.name(name);
    if (!same(typeof value === "number" ? asNumber(v) : v, value))
      out.push({ where: name, workbook: v, engine: value });
  }
  return out;
}
