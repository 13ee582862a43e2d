/**
 * The steps every tier of the differential test shares: draw seeded workbook cases, write them, read them with the
 * .xlsx reader (the engine's side), check what only the reader can see (merged inputs, uncalculated formulas), and
 * turn a workbook that a spreadsheet application recalculated into a WorkbookSide.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { COL, a1, cellRange, rangeA1 } from "../../src/layout";
import { readXlsxScoresheet } from "../../src/writers/xlsx";
import type { XlsxScoresheet } from "../../src/writers/xlsx";
import { cellValue } from "../../src/writers/xlsx/grid";
import { FC_SEED } from "../support/arbitraries";
import type { GrammarOptions, WorkbookCase } from "./grammar";
import { workbookCase } from "./grammar";
import type { WorkbookSide } from "./oracle";
import { targetItems } from "./targets";
import { writeCase } from "./write";

/** How many generated item cases a run covers: DIFF_CASES (npm run differential -- --cases N), else `ci`. */
export function caseCount(ci: number): number {
  const n = Number(process.env.DIFF_CASES ?? ci);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : ci;
}

/** Item cases per workbook: several items per file keeps LibreOffice to one open per file. */
export const ITEMS_PER_WORKBOOK = 10;

/** `cases` item cases as seeded workbook cases (FC_SEED explores others; the same seed gives the same files). */
export function drawWorkbooks(
  cases: number,
  options: GrammarOptions,
  salt: number
): WorkbookCase[] {
  return fc.sample(workbookCase(ITEMS_PER_WORKBOOK, options), {
    numRuns: Math.ceil(cases / ITEMS_PER_WORKBOOK),
    seed: FC_SEED + salt,
  });
}

/** A case as people read it: item ids instead of indexes (written next to a failure). */
export function describeCase(c: WorkbookCase): unknown {
  return c.items.map((i) => ({ ...i, item: targetItems()[i.item]!.def.id }));
}

export async function readOk(bytes: Uint8Array, file: string): Promise<XlsxScoresheet> {
  const r = await readXlsxScoresheet(bytes, file);
  if (!r.ok) throw new Error(`${file} was refused: ${JSON.stringify(r.errors)}`);
  return r.sheet;
}

/** The cells holding a formula without a cached result, as "sheet!A1". */
export function uncalculatedCells(c: WorkbookCase): string[] {
  return c.items.flatMap((ic) => {
    const item = targetItems()[ic.item]!;
    return ic.inputs.flatMap((v, i) =>
      v?.kind === "formula" && v.cached === undefined && !(ic.merge && i === 1)
        ? [`${item.sheet}!${a1(item.rows[i]!.row, COL.input)}`]
        : []
    );
  });
}

/** What only the reader can see must be reported where it is: each merged range, each uncalculated formula. */
export function readerOnlyMisses(c: WorkbookCase, sheet: XlsxScoresheet): string[] {
  const misses: string[] = [];
  const at = (p: { where?: { sheet?: string; cell?: string } }) =>
    `${p.where?.sheet}!${p.where?.cell}`;
  for (const cell of uncalculatedCells(c))
    if (!sheet.errors.some((e) => e.code === "formula-uncalculated" && at(e) === cell))
      misses.push(`no formula-uncalculated error at ${cell}`);
  for (const ic of c.items.filter((i) => i.merge)) {
    const item = targetItems()[ic.item]!;
    const top = item.rows[0]!.row;
    const range = rangeA1(cellRange(top, COL.input, item.rows[1]!.row - top + 1, 1));
    if (
      !sheet.warnings.some(
        (w) => w.code === "merged-input" && w.range === range && w.where?.sheet === item.sheet
      )
    )
      misses.push(`no merged-input warning for ${item.sheet}!${range}`);
  }
  return misses;
}

/**
 * The case as it reads once calculated: every formula without a cached result gets the one the application
 * computed (its value in the recalculated input cell), so the reader counts it as the workbook does.
 */
export function calculated(c: WorkbookCase, side: WorkbookSide): WorkbookCase {
  return {
    items: c.items.map((ic) => {
      const item = targetItems()[ic.item]!;
      return {
        ...ic,
        inputs: ic.inputs.map((v, i) => {
          if (v?.kind !== "formula" || v.cached !== undefined) return v;
          const r = side.cell(item.sheet, item.rows[i]!.row, COL.input);
          return typeof r === "number" || typeof r === "string" ? { ...v, cached: r } : v;
        }),
      };
    }),
  };
}

/** A recalculated .xlsx's cached results (cell.result keeps a cached 0), as a WorkbookSide. */
export async function recalculatedSide(file: string): Promise<WorkbookSide> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const value = (sheet: string, row: number, col: number): unknown => {
    const cell = wb.getWorksheet(sheet)?.findCell(row + 1, col + 1);
    return cell ? cellValue(cell) : undefined;
  };
  return {
    cell: value,
    name: (name) => {
      const ref = wb.definedNames.getRanges(name).ranges[0];
      const m = ref ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref) : null;
      if (!m) return `no defined name ${name}`;
      const cell = wb.getWorksheet(m[1]!.replace(/''/g, "'"))?.getCell(`${m[2]}${m[3]}`);
      return cell ? cellValue(cell) : undefined;
    },
  };
}

/** Writes every case to `dir` as case-NNN.xlsx and returns the paths. */
export async function writeCases(cases: readonly WorkbookCase[], dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [i, c] of cases.entries()) {
    const file = path.join(dir, `case-${String(i).padStart(4, "0")}.xlsx`);
    fs.writeFileSync(file, await writeCase(c));
    fs.writeFileSync(file.replace(/\.xlsx$/, ".json"), JSON.stringify(describeCase(c), null, 1));
    files.push(file);
  }
  return files;
}
