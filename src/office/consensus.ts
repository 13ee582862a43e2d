/**
 * A consensus workbook model (src/merge buildConsensusWorkbook) as it goes into a workbook that is open in
 * Excel — usually the secretary's own scoresheet — rather than into a file of its own:
 *
 * - 共识汇总 and 共识 are written, and replace the ones an earlier write of the add-in left;
 * - the evaluation sheets (评价条件, 评估组, 评价程序) are written only where the workbook has none, so the
 *   entries in the workbook's own are kept;
 * - the identity sheet (_gridscore) is never written: the workbook keeps its own identity;
 * - defined names are renamed: the scoresheet already defines Total, Verdict and Subtotal_A1…7 on 汇总, so
 *   the consensus workbook's names of the same kind become Consensus_Total, Consensus_Verdict and
 *   Consensus_Subtotal_A1…7. The consensus formulas refer to cells (共识!$E$4:…, C4:C10), never to these
 *   names, so renaming them changes no result; the names only serve people and other formulas.
 */
import type { DefinedNameModel, SheetKind, WorkbookModel } from "../layout";
import type { OwnedMode, OwnedWrite } from "./ownedSheets";

/** Prefix of the consensus workbook's defined names once written into an open workbook. */
export const CONSENSUS_NAME_PREFIX = "Consensus_";

const MODES: Partial<Record<SheetKind, OwnedMode>> = {
  summary: "replace",
  consensus: "replace",
  eligibility: "if-absent",
  group: "if-absent",
  procedure: "if-absent",
};

/** The consensus names under the Consensus_ prefix (Total → Consensus_Total), so the scoresheet's stay its own. */
export function consensusNames(names: readonly DefinedNameModel[]): DefinedNameModel[] {
  return names.map((n) => ({ ...n, name: `${CONSENSUS_NAME_PREFIX}${n.name}` }));
}

/** What of a consensus model is written into an open workbook, and how (see the module comment). */
export function consensusPlan(model: WorkbookModel): OwnedWrite {
  return {
    sheets: model.sheets.flatMap((sheet) => {
      const mode = MODES[sheet.kind];
      return mode ? [{ sheet, mode }] : [];
    }),
    names: consensusNames(model.names),
    styles: model.styles,
  };
}
