/**
 * Stale is not tampered (README: Inputs). The reader never trusts a workbook's cached results: it scores from the
 * inputs. It then looks at the named results (Total, Verdict, Subtotal_A1…7):
 * - a constant where the formula should be → `formula-overwritten` (error);
 * - a formula other than the layout's → `formula-changed` (error);
 * - the layout's formula with a cached value that differs from the recomputed one → `cached-mismatch`
 *   (a warning: the workbook was saved without recalculation, e.g. with automatic calculation off).
 */
import type ExcelJS from "exceljs";
import { round2 } from "../../engine";
import type { LocatedProblem, ScoreReport } from "../../engine";
import { LAYOUT_VERSION, referenceScoresheet, subtotalName } from "../../layout";
import type { GridValue } from "../../layout";
import { cellValue, gridValue } from "./grid";
import { normaliseFormula } from "../../layout/formulaText";
import { STANDARD } from "../../standard";
import type { StandardDef } from "../../standard";

/** Per edition: the formulas depend on its tables and items (issue 16). */
const expected = new WeakMap<StandardDef, ReadonlyMap<string, string>>();

/** The formula of every defined name of today's layout in the active edition, normalised (not the inputs'). */
function layoutFormulas(): ReadonlyMap<string, string> {
  const known = expected.get(STANDARD);
  if (known) return known;
  const model = referenceScoresheet();
  // Every formula cell by sheet and address, so each name finds its cell once rather than by a scan per name.
  const formulas = new Map<string, string>();
  for (const sheet of model.sheets)
    for (const c of sheet.cells)
      if (c.content.kind === "formula")
        formulas.set(`${sheet.name}!${c.row},${c.col}`, c.content.formula);
  const map = new Map<string, string>();
  for (const n of model.names) {
    const formula = formulas.get(`${n.sheet}!${n.cell.row},${n.cell.col}`);
    if (formula !== undefined) map.set(n.name, normaliseFormula(formula));
  }
  expected.set(STANDARD, map);
  return map;
}

export { normaliseFormula };

/** A named result's cell as the tamper check reads it. */
export interface NamedResult {
  readonly where: { readonly file: string; readonly sheet: string; readonly cell: string };
  /** The cell's formula (without "="), a shared formula's slave translated; undefined for a constant. */
  readonly formula: string | undefined;
  /** The cell's value, or a formula's cached result (undefined when never calculated). */
  readonly value: GridValue;
}

/** Reads a named result's cell: undefined when the defined name is missing or names no sheet of the workbook. */
export type NamedResultLookup = (name: string) => NamedResult | undefined;

/** The named results of an ExcelJS workbook, read through ExcelJS's defined names and cells. */
export function excelNamedResults(wb: ExcelJS.Workbook, file: string): NamedResultLookup {
  return (name) => {
    const ref = wb.definedNames.getRanges(name).ranges[0];
    const m = ref ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref) : null;
    const ws = m ? wb.getWorksheet(m[1]!.replace(/''/g, "'")) : undefined;
    if (!m || !ws) return undefined;
    const cell = ws.getCell(`${m[2]}${m[3]}`);
    const formula = typeof cell.formula === "string" && cell.formula ? cell.formula : undefined;
    return {
      where: { file, sheet: ws.name, cell: `${m[2]}${m[3]}` },
      formula,
      value: formula ? cellValue(cell) : gridValue(cell.value),
    };
  };
}

/** The tamper and staleness problems of a workbook's named results against the engine's recomputation. */
export function tamperProblems(
  wb: ExcelJS.Workbook | NamedResultLookup,
  report: ScoreReport,
  file: string,
  layout: string
): LocatedProblem[] {
  const lookup = typeof wb === "function" ? wb : excelNamedResults(wb, file);
  const recomputed: [string, number | string][] = [
    ["Total", report.total],
    ["Verdict", report.verdict],
    ...report.tables.map((t): [string, number] => [subtotalName(t.id), t.score]),
  ];
  const out: LocatedProblem[] = [];
  for (const [name, value] of recomputed) {
    const found = lookup(name);
    if (!found) {
      out.push({ code: "corrupt", detail: `defined name ${name} is missing`, where: { file } });
      continue;
    }
    const { where, formula } = found;
    if (!formula) {
      out.push({ code: "formula-overwritten", name, value: String(found.value ?? ""), where });
      continue;
    }
    const want = layoutFormulas().get(name);
    if (layout === LAYOUT_VERSION && want !== undefined && normaliseFormula(formula) !== want) {
      out.push({ code: "formula-changed", name, found: `=${formula}`, where });
      continue;
    }
    const cached = found.value;
    if (cached === undefined || cached === null) continue; // written by a library, never calculated
    const differs =
      typeof value === "number"
        ? typeof cached !== "number" || round2(cached) !== value
        : cached !== value;
    if (differs)
      out.push({
        code: "cached-mismatch",
        name,
        cached: typeof cached === "number" || typeof cached === "string" ? cached : String(cached),
        recomputed: value,
        where,
      });
  }
  return out;
}
