/**
 * Reading the group's returned files (in Node or in the task pane), one at a time, into merge candidates: workbooks and evaluation JSON alike.
 * Only the evaluation and its report are kept; the workbook itself is dropped as soon as it is read.
 */
import { sha256Hex } from "../standard";
import { parseEvaluation, partitionProblems, scoreEvaluation } from "../engine";
import type { LocatedProblem } from "../engine";
import { readXlsxScoresheet } from "../writers/xlsx";
import type { MergeCandidate } from "./checks";

/** Reads one input's bytes; never throws for bad input. */
export async function readCandidate(file: string, bytes: Uint8Array): Promise<MergeCandidate> {
  if (file.toLowerCase().endsWith(".json")) return readJsonCandidate(file, bytes);
  const result = await readXlsxScoresheet(bytes, file);
  if (!result.ok) return { kind: "refused", file, errors: result.errors };
  const s = result.sheet;
  return {
    kind: "read",
    expert: {
      file,
      sha256: s.sha256,
      ...(s.identity.workbookId ? { workbookId: s.identity.workbookId } : {}),
      evaluator: s.evaluation.meta.evaluator ?? "",
      evaluation: s.evaluation,
      report: s.report,
      warnings: s.warnings,
    },
    errors: s.errors,
  };
}

function readJsonCandidate(file: string, bytes: Uint8Array): MergeCandidate {
  const at = (p: LocatedProblem): LocatedProblem => ({ ...p, where: { file } });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  } catch (e) {
    return {
      kind: "refused",
      file,
      errors: [at({ code: "file-unreadable", reason: `not valid JSON: ${(e as Error).message}` })],
    };
  }
  const parsed = parseEvaluation(json);
  if (!parsed.evaluation) return { kind: "refused", file, errors: parsed.problems.map(at) };
  const report = scoreEvaluation(parsed.evaluation);
  const { errors, warnings } = partitionProblems([...report.errors, ...report.warnings].map(at));
  return {
    kind: "read",
    expert: {
      file,
      sha256: sha256Hex(bytes),
      evaluator: parsed.evaluation.meta.evaluator ?? "",
      evaluation: parsed.evaluation,
      report,
      warnings,
    },
    errors,
  };
}
