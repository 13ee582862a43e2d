/**
 * One merge input through the gate (folder, missing, size, JSON bounds), then as a workbook or JSON by content:
 * on the main thread for a few files, on the reading workers for many (readPool.ts).
 */
import { readCandidate } from "../merge";
import type { MergeCandidate } from "../merge";
import type { CliIo } from "./io";
import { withSchemaProblems } from "./shared";
import { schemaProblems } from "./evaluationSchema";
import { parseEvaluationDocument } from "../layout/evaluationDocument";
import { openInput } from "./gate";

/**
 * Reads one input through the gate (folder, missing, size, JSON bounds), then as a workbook or JSON by content.
 */
export async function readMergeInput(file: string, io: CliIo): Promise<MergeCandidate> {
  const opened = openInput(file, io, ["workbook", "json"]);
  if (!opened.ok) return { kind: "refused", file, errors: opened.problems };
  if (opened.kind === "json") {
    // The published schema (schemas/), as every command checks an evaluation JSON; version 1 or 2.
    const fromSchema = schemaProblems(opened.value);
    if (fromSchema.length > 0) {
      const parsed = parseEvaluationDocument(opened.value);
      const errors = withSchemaProblems(parsed.problems, fromSchema);
      return { kind: "refused", file, errors: errors.map((p) => ({ ...p, where: { file } })) };
    }
  }
  // The reader reads the same bytes and carries their warnings (a GB18030 JSON): the gate's are not added again,
  // or each would be printed twice.
  return readCandidate(file, opened.bytes);
}
