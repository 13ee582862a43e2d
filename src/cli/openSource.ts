/**
 * The one way every command opens an evaluation: through the input gate, told apart by content, as an evaluation
 * JSON (version 1 or 2), a scoresheet or a consensus workbook. `score`, `report`, `plan`, `compare` and
 * `new --from` all open their inputs here, so a file is refused the same way whichever command reads it.
 *
 * ExcelJS and the merge code load only when the file is a workbook: `score x.json` starts as fast as Node does
 * (issue 15).
 */
import type { LocatedProblem } from "../engine";
import type { EvaluationDocument } from "../layout/evaluationDocument";
import type { ConsensusRead } from "../merge";
import type { LoadedXlsx, XlsxScoresheet } from "../writers/xlsx/readXlsx";
import { InputRefused } from "./io";
import type { CliIo } from "./io";
import { openInput } from "./gate";
import { evaluationFromJson, printProblems } from "./shared";

/** What an opened evaluation is. */
export type SourceKind = "json" | "scoresheet" | "consensus";

/** A consensus workbook read back (its consensus recomputed from the expert columns). */
export type ConsensusOk = Extract<ConsensusRead, { ok: true }>;

/** One evaluation as opened, before any command-specific reading. */
export type OpenedSource =
  | {
      readonly kind: "json";
      readonly file: string;
      /** The whole document: with version 2, the eligibility, group, procedure and plan too. */
      readonly document: EvaluationDocument;
      /** Warnings about the file itself (a GB18030 encoding), located at the file; not printed. */
      readonly fileWarnings: readonly LocatedProblem[];
    }
  | {
      readonly kind: "scoresheet";
      readonly file: string;
      readonly loaded: LoadedXlsx;
      /** The inputs read and scored, with their located errors and warnings (not printed). */
      readonly sheet: XlsxScoresheet;
    }
  | {
      readonly kind: "consensus";
      readonly file: string;
      readonly loaded: LoadedXlsx;
      readonly consensus: ConsensusOk;
    };

/** Every kind: what `report`, `plan`, `compare` and `new --from` take. */
export const ANY_SOURCE: readonly SourceKind[] = ["json", "scoresheet", "consensus"];

/**
 * Opens one evaluation. A refusal (gate, JSON schema or structure, container, identity, a kind the command does
 * not take, an unreadable consensus) is printed in Chinese and English and thrown as InputRefused; the
 * evaluation's own errors and warnings are returned for the command to print.
 */
export async function openEvaluationSource(
  file: string,
  io: CliIo,
  accepts: readonly SourceKind[] = ANY_SOURCE
): Promise<OpenedSource> {
  const refuse = (problems: readonly LocatedProblem[]): never => {
    printProblems(problems, io);
    throw new InputRefused(file);
  };
  const opened = openInput(
    file,
    io,
    accepts.includes("json") ? ["workbook", "json"] : ["workbook"]
  );
  if (!opened.ok) return refuse(opened.problems);
  if (opened.kind === "json") {
    const loaded = evaluationFromJson(file, opened.value, opened.warnings, io);
    return { kind: "json", file, document: loaded.document, fileWarnings: loaded.warnings };
  }
  const { loadXlsx, readLoadedScoresheet } = await import("../writers/xlsx/readXlsx");
  const read = await loadXlsx(opened.bytes, file);
  if (!read.ok) return refuse(read.errors);
  const loaded = read.loaded;
  if (loaded.identity.kind === "consensus") {
    if (!accepts.includes("consensus"))
      return refuse([{ code: "consensus-workbook", where: { file } }]);
    const consensus = (await import("../merge")).readLoadedConsensus(loaded);
    if (!consensus.ok) return refuse(consensus.errors);
    return { kind: "consensus", file, loaded, consensus };
  }
  if (!accepts.includes("scoresheet"))
    return refuse([{ code: "not-a-scoresheet", where: { file } }]);
  return { kind: "scoresheet", file, loaded, sheet: readLoadedScoresheet(loaded) };
}
