/**
 * From a snapshot of the workbook to what the pane shows: the layout's reader finds the inputs by their ids,
 * the engine scores them, and every problem gets its sheet and cell.
 */
import { emptyEvaluation, scoreEvaluation } from "../engine";
import type { Evaluation, LocatedProblem } from "../engine";
import { LAYOUT_VERSION, WORKBOOK_FORMAT, locateProblem, readScoresheet } from "../layout";
import type { GridSource, ScoresheetRead } from "../layout";
import { scoresheetConstantProblems } from "../layout/scoresheetConstants";
import { scoresheetFormulaProblems } from "../layout/scoresheetFormulas";
import type { EvaluationSheetsRead } from "../layout/evaluationSheets";
import type { LayoutInfo } from "./layoutInfo";
import type { Snapshot } from "./readGrid";
import type { AdapterFailure, LiveState } from "./types";

/** The scoresheet as read, or why the sheets that are there are not one. */
export interface Contents {
  /** An identity sheet, or at least one row found by its id. */
  readonly exists: boolean;
  readonly read: ScoresheetRead;
  /** The workbook's values as read, for the check of the constants its formulas read. */
  readonly grid?: GridSource;
}

/** Reads the snapshot's inputs; a foreign identity (another format or a consensus workbook) is refused. */
export function readContents(
  snapshot: Snapshot,
  info: LayoutInfo
): Contents | { readonly failure: AdapterFailure } {
  const read = readScoresheet(snapshot.grid);
  const hasIdentity = snapshot.present.has(info.metaSheet.toLowerCase());
  if (hasIdentity && read.identity.format !== WORKBOOK_FORMAT)
    return {
      failure: {
        kind: "not-a-scoresheet",
        detail: `sheet ${info.metaSheet} holds format "${read.identity.format ?? ""}", not ${WORKBOOK_FORMAT}`,
      },
    };
  if (hasIdentity && read.identity.kind !== undefined && read.identity.kind !== "scoresheet")
    return {
      failure: {
        kind: "not-a-scoresheet",
        detail: `this workbook is a ${read.identity.kind} workbook, not a scoresheet`,
      },
    };
  return { exists: hasIdentity || read.locations.size > 0, read, grid: snapshot.grid };
}

/** Counts the inputs an evaluation carries (deductions, notes, statuses, values, levels). */
export function countInputs(evaluation: Evaluation): number {
  let n = 0;
  for (const item of Object.values(evaluation.items)) {
    n += item.status !== undefined ? 1 : 0;
    n += Object.keys(item.lines ?? {}).length;
    n += Object.keys(item.notes ?? {}).length;
    n += item.value !== undefined ? 1 : 0;
    n += item.level !== undefined ? 1 : 0;
  }
  return n;
}

/** Scores what was read and locates every problem; a workbook without a scoresheet reads as empty. */
export function liveState(contents: Contents, sheets?: EvaluationSheetsRead): LiveState {
  if (!contents.exists) {
    const report = scoreEvaluation(emptyEvaluation());
    return {
      hasScoresheet: false,
      meta: {},
      report,
      problems: [],
      progress: { itemsWithDeductions: 0, notesMissing: 0, items: report.items.length },
    };
  }
  const { read } = contents;
  const report = scoreEvaluation(read.evaluation);
  const problems: LocatedProblem[] = [
    ...read.problems,
    ...[...report.errors, ...report.warnings].map((p) => locateProblem(p, read.locations)),
    // A changed pass mark or 分值 makes the workbook's own figures differ from the pane's (README: Inputs).
    ...(contents.grid
      ? scoresheetConstantProblems(contents.grid, "", read.identity.layout ?? LAYOUT_VERSION)
      : []),
    // A formula typed over in a row shows another score than the pane's (layout/scoresheetFormulas.ts).
    ...(contents.grid
      ? scoresheetFormulaProblems(
          contents.grid,
          "",
          read.identity.layout ?? LAYOUT_VERSION,
          read.identity.formulas
        )
      : []),
  ];
  return {
    hasScoresheet: true,
    meta: read.evaluation.meta,
    report,
    problems,
    progress: {
      itemsWithDeductions: report.items.filter((i) => i.deduction > 0).length,
      notesMissing: report.warnings.filter((p) => p.code === "missing-note").length,
      items: report.items.length,
    },
    evaluation: read.evaluation,
    ...(sheets
      ? {
          evaluationSheets: {
            ...(sheets.eligibility ? { eligibility: sheets.eligibility } : {}),
            ...(sheets.group ? { group: sheets.group } : {}),
            ...(sheets.procedure ? { procedure: sheets.procedure } : {}),
          },
          ...(sheets.problems.length > 0 ? { sheetProblems: sheets.problems } : {}),
        }
      : {}),
  };
}
