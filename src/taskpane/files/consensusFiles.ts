/**
 * The consensus workbook in the pane: its model for writing into the open workbook, and as a .xlsx download
 * (the .xlsx writer, ExcelJS, loaded with import() on first use).
 */
import type { WorkbookIdentity, WorkbookModel } from "../../layout";
import { buildConsensusWorkbook } from "../../merge/consensusLayout";
import { assertWritable } from "../../layout/cellText";
import type { MergeResult } from "../../merge/consensus";
import type { EvaluationMeta } from "../../engine";
import type { GroupMember } from "../../layout/evaluationSheets";
import { PANE_GENERATOR, newWorkbookId } from "./blankCopies";
import { namedFile } from "./download";

/** A new consensus workbook's identity (its own id: it is a new document). */
export function consensusIdentity(now: Date): WorkbookIdentity {
  return {
    workbookId: newWorkbookId(),
    createdAt: now.toISOString(),
    generator: PANE_GENERATOR,
    kind: "consensus",
  };
}

/** The consensus workbook model of a merge result, with the unit, the evaluation's date and the group. */
export function consensusModel(
  result: MergeResult,
  now: Date,
  meta: EvaluationMeta = {},
  group: readonly GroupMember[] = []
): WorkbookModel {
  return buildConsensusWorkbook(result, consensusIdentity(now), meta, group);
}

/** 共识-<organization>.xlsx */
export function consensusFileName(organization: string): string {
  return namedFile("共识", organization, "xlsx");
}

/**
 * The consensus workbook as .xlsx bytes; throws what the writer throws, and UnwritableTextError when a text no cell
 * holds as written (README: Inputs).
 */
export async function consensusXlsx(
  result: MergeResult,
  now: Date,
  meta: EvaluationMeta = {},
  group: readonly GroupMember[] = []
): Promise<Uint8Array> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../../writers/xlsx");
  const model = consensusModel(result, now, meta, group);
  assertWritable(model);
  const written = await writeXlsx(model);
  return new Uint8Array(written.buffer, written.byteOffset, written.byteLength);
}
