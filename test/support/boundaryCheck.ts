/**
 * Checks one boundary case against a recalculated workbook (HyperFormula or LibreOffice): every figure must equal
 * the hand-written expectation AND the engine's.
 */
import { scoreEvaluation } from "../../src/engine";
import { COL } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import type { BoundaryCase } from "./boundaries";
import { inputRows, itemScoreCells } from "./layoutCells";

export interface RecalculatedWorkbook {
  /** A cell's computed value. */
  cell(sheet: string, row: number, col: number): unknown;
  /** A defined name's computed value (Total, Verdict). */
  name(name: string): unknown;
}

const ABOVE_LINE_MAX = "超过本行上限";
const BEYOND_CAP = "超过分值";

const codes = (problems: readonly { code: string }[]): string[] =>
  problems.map((p) => p.code).filter((c) => c !== "missing-value");

/** Returns a list of mismatches, each naming the case and the figure ([] when the case holds). */
export function checkBoundaryCase(
  c: BoundaryCase,
  model: WorkbookModel,
  wb: RecalculatedWorkbook
): string[] {
  const out: string[] = [];
  const report = scoreEvaluation(c.evaluation);
  const scoreCells = itemScoreCells(model);
  const rows = inputRows(model);
  const near = (a: unknown, b: number): boolean => typeof a === "number" && Math.abs(a - b) < 1e-9;
  const expectEq = (what: string, got: unknown, want: number | string): void => {
    const ok = typeof want === "number" ? near(got, want) : got === want;
    if (!ok)
      out.push(`${c.name}: ${what} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };

  for (const [id, want] of Object.entries(c.items)) {
    const at = scoreCells.get(id);
    if (!at) {
      out.push(`${c.name}: no score cell for ${id}`);
      continue;
    }
    expectEq(`workbook score of ${id}`, wb.cell(at.sheet, at.row, at.col), want);
    expectEq(`engine score of ${id}`, report.items.find((i) => i.id === id)?.score, want);
  }
  if (c.total !== undefined) {
    expectEq("workbook Total", wb.name("Total"), c.total);
    expectEq("engine total", report.total, c.total);
  }
  if (c.verdict !== undefined) {
    expectEq("workbook Verdict", wb.name("Verdict"), c.verdict);
    expectEq("engine verdict", report.verdict, c.verdict);
  }
  // Whatever a case leaves unspecified, workbook and engine must still agree on.
  expectEq("workbook Total vs engine", wb.name("Total"), report.total);
  expectEq("workbook Verdict vs engine", wb.name("Verdict"), report.verdict);

  if (c.errors !== undefined)
    expectEq("engine errors", codes(report.errors).join(","), c.errors.join(","));
  if (c.warnings !== undefined)
    expectEq("engine warnings", codes(report.warnings).join(","), c.warnings.join(","));

  const checkText = (id: string): string => {
    const at = rows.get(id);
    if (!at) return `(no row for ${id})`;
    const v = wb.cell(at.sheet, at.row, COL.check);
    return typeof v === "string" ? v : "";
  };
  if (c.aboveLineMax !== undefined) {
    for (const item of Object.values(c.evaluation.items)) {
      for (const lineId of Object.keys(item.lines ?? {})) {
        const flagged = checkText(lineId).includes(ABOVE_LINE_MAX);
        if (flagged !== c.aboveLineMax.includes(lineId))
          out.push(
            `${c.name}: the check of ${lineId} ${flagged ? "says" : "does not say"} ${ABOVE_LINE_MAX}`
          );
      }
    }
  }
  for (const [itemId, want] of Object.entries(c.beyondCap ?? {})) {
    const firstLine = [...rows.keys()].find((id) => id.startsWith(`${itemId}.`));
    const flagged = firstLine !== undefined && checkText(firstLine).includes(BEYOND_CAP);
    if (flagged !== want)
      out.push(
        `${c.name}: the check of ${itemId} ${flagged ? "says" : "does not say"} ${BEYOND_CAP}`
      );
  }
  return out;
}
