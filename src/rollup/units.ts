/**
 * One evaluated unit from what the readers give: a scored evaluation (scoresheet or JSON) or a recomputed
 * consensus. Pure: no file access.
 */
import { TABLE_IDS, indexStandard } from "../standard";
import type { TableId } from "../standard";
import { Fraction, exact, isRateInput, rateDeduction } from "../engine";
import type { Evaluation, EvaluationMeta, ScoreReport } from "../engine";
import type { MergeResult } from "../merge";
import type { RollupUnit } from "./types";

const text = (f: Fraction): string => f.toFraction();

/** A leaf the engine accepted as a number (README: Inputs: 15 significant digits, ≤ 2 decimals). */
function typed(v: unknown): Fraction | undefined {
  return typeof v === "number" && Number.isFinite(v) ? exact(Number(v.toPrecision(15))) : undefined;
}

/** Points lost per deduction line of an error-free evaluation: the deduction entered (A.1.4.4: its tier's). */
function lineLosses(evaluation: Evaluation, report: ScoreReport, into: Map<string, string>): void {
  const index = indexStandard();
  for (const item of report.items) {
    if (item.status !== "normal") continue; // 不适用 / 应有未有 decide the item; its lines are ignored (7.2)
    for (const [lineId, raw] of Object.entries(evaluation.items[item.id]?.lines ?? {})) {
      const def = index.lines.get(lineId)?.line;
      if (!def) continue;
      let lost: Fraction | undefined;
      if (def.kind === "rate") {
        const rate = isRateInput(raw) ? typed(raw.rate) : undefined;
        if (rate !== undefined) lost = exact(rateDeduction(def, rate.valueOf()));
      } else if (!isRateInput(raw)) lost = typed(raw);
      if (lost && lost.compare(0) > 0) into.set(lineId, text(lost));
    }
  }
}

function common(meta: EvaluationMeta, file: string, sha256: string) {
  return {
    file,
    sha256,
    organization: (meta.organization ?? "").trim(),
    ...(meta.level ? { level: meta.level } : {}),
    date: meta.date ?? "",
  };
}

/** A unit scored from one evaluation (a single scoresheet or evaluation JSON) without errors. */
export function unitFromEvaluation(
  file: string,
  sha256: string,
  evaluation: Evaluation,
  report: ScoreReport
): RollupUnit {
  const losses = new Map<string, string>();
  for (const item of report.items) {
    const lost = exact(item.cap).sub(exact(item.score));
    if (lost.compare(0) > 0) losses.set(item.id, text(lost));
  }
  lineLosses(evaluation, report, losses);
  return {
    ...common(evaluation.meta, file, sha256),
    kind: "single",
    experts: 1,
    tables: report.tables.map((t) => ({ id: t.id, exact: text(exact(t.score)) })),
    exactTotal: text(exact(report.total)),
    verdict: report.verdict,
    losses,
  };
}

/** A unit from a consensus workbook, its consensus recomputed from the expert columns. */
export function unitFromConsensus(
  file: string,
  sha256: string,
  result: MergeResult,
  meta: EvaluationMeta
): RollupUnit {
  const sums = new Map<TableId, Fraction>(TABLE_IDS.map((id) => [id, new Fraction(0)]));
  const losses = new Map<string, string>();
  for (const item of result.items) {
    const value = new Fraction(item.exactConsensus);
    sums.set(item.tableId, sums.get(item.tableId)!.add(value));
    const lost = exact(item.cap).sub(value);
    if (lost.compare(0) > 0) losses.set(item.id, text(lost));
  }
  return {
    ...common(meta, file, sha256),
    kind: "consensus",
    experts: result.experts.length,
    tables: TABLE_IDS.map((id) => ({ id, exact: text(sums.get(id)!) })),
    exactTotal: new Fraction(result.exactTotal).toFraction(),
    verdict: result.verdict,
    losses,
  };
}
