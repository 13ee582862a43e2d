/**
 * The blank scoresheet of the active edition, laid out once: what a workbook's formulas, constants and named
 * results are checked against (scoresheetFormulas.ts, scoresheetConstants.ts, the .xlsx tamper check). The
 * three checks each built it for themselves; one build per edition is about 20 ms less for every workbook
 * command's cold start (issue 15: `score x.xlsx` within 4× of `node -e 0`).
 */
import { STANDARD } from "../standard";
import type { StandardDef } from "../standard";
import type { WorkbookModel } from "./model";
import { buildScoresheet } from "./workbook";

/** The blank scoresheet with a placeholder identity, built afresh (tests use this to see the build run). */
export function buildReferenceScoresheet(): WorkbookModel {
  return buildScoresheet({
    identity: { workbookId: "-", createdAt: "-", generator: "-", kind: "scoresheet" },
  });
}

const built = new WeakMap<StandardDef, WorkbookModel>();

/**
 * The blank scoresheet of the active edition ({@link buildReferenceScoresheet}), built on first use and kept per
 * edition. Read-only: every caller only reads it.
 */
export function referenceScoresheet(): WorkbookModel {
  let model = built.get(STANDARD);
  if (model === undefined) {
    model = buildReferenceScoresheet();
    built.set(STANDARD, model);
  }
  return model;
}
