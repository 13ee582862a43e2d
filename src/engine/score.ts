/**
 * The scoring engine: validates every input of an evaluation and scores it by sections 7 and 8.
 */
import { STANDARD, computedMax, computedTotal, indexStandard } from "../standard";
import type {
  DeductionItemDef,
  ItemDef,
  LevelItemDef,
  StandardDef,
  StandardIndex,
  TableId,
  TieredItemDef,
} from "../standard";
import { isRateInput } from "./evaluation";
import type { CellValue, Evaluation, ItemInput, ItemStatus } from "./evaluation";
import { partitionProblems } from "./problems";
import type { Problem } from "./problems";
import { deductionItemScore, levelPoints, passes, rateDeduction, tierPoints } from "./rules";
import { readNumber, readStatus } from "./values";
import { shiftDecimal, toUnits } from "./exact";
import { textProblems } from "./text";

export type Verdict = "合格" | "不合格";

export interface ItemScore {
  readonly id: string;
  readonly tableId: TableId;
  readonly status: ItemStatus;
  /** Points deducted as entered (may exceed the cap; the score floors at 0). 0 for tiered and level items. */
  readonly deduction: number;
  readonly score: number;
  readonly cap: number;
}

export interface TableScore {
  readonly id: TableId;
  readonly title: string;
  readonly declaredMax: number;
  readonly max: number;
  readonly score: number;
}

export interface ScoreReport {
  readonly tables: readonly TableScore[];
  readonly items: readonly ItemScore[];
  readonly total: number;
  readonly max: number;
  readonly declaredMax: number;
  readonly passMark: number;
  readonly pass: boolean;
  readonly verdict: Verdict;
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** Scores an evaluation; problems are returned, never thrown, and invalid values count as the workbook counts them. */
export function scoreEvaluation(
  evaluation: Evaluation,
  standard: StandardDef = STANDARD
): ScoreReport {
  const index = indexStandard(standard);
  const problems: Problem[] = [];
  for (const itemId of Object.keys(evaluation.items)) {
    if (!index.items.has(itemId)) problems.push({ code: "unknown-item", itemId });
  }
  const items: ItemScore[] = [];
  for (const table of standard.tables) {
    for (const def of table.items)
      items.push(scoreItem(def, evaluation.items[def.id], problems, index));
  }
  problems.push(...textProblems(evaluation, standard));
  // Every score of one evaluation is a whole number of hundredths (README: Numbers): sums are exact.
  const tables: TableScore[] = standard.tables.map((t) => ({
    id: t.id,
    title: t.title,
    declaredMax: t.declaredMax,
    max: computedMax(t),
    score: sumExact(items.filter((i) => i.tableId === t.id).map((i) => i.score)),
  }));
  const total = sumExact(tables.map((t) => t.score));
  const pass = passes(total, standard.passMark);
  const { errors, warnings } = partitionProblems(problems);
  return {
    tables,
    items,
    total,
    max: computedTotal(standard),
    declaredMax: standard.declaredTotal,
    passMark: standard.passMark,
    pass,
    verdict: pass ? "合格" : "不合格",
    errors,
    warnings,
  };
}

function scoreItem(
  def: ItemDef,
  input: ItemInput | undefined,
  problems: Problem[],
  index: StandardIndex
): ItemScore {
  const status = readStatus(def.id, input?.status, problems);
  switch (def.kind) {
    case "deduction":
      return scoreDeductionItem(def, input, status, problems, index);
    case "tiered":
      return scoreTieredItem(def, input, status, problems);
    case "level":
      return scoreLevelItem(def, input, status, problems);
  }
}

/** The exact sum of numbers of at most 2 decimals (hundredths added as integers). */
export function sumExact(xs: readonly number[]): number {
  return shiftDecimal(
    xs.reduce((s, x) => s + units(x), 0),
    -2
  );
}

/** Hundredths of a score; scores are built from 2-decimal inputs, so this is exact. */
function units(x: number): number {
  const u = toUnits(x);
  if (u === undefined) throw new RangeError(`a score with more than 2 decimals: ${x}`);
  return u;
}

function base(def: ItemDef, status: ItemStatus, deduction: number, score: number): ItemScore {
  return { id: def.id, tableId: def.tableId, status, deduction, score, cap: def.cap };
}

function scoreDeductionItem(
  def: DeductionItemDef,
  input: ItemInput | undefined,
  status: ItemStatus,
  problems: Problem[],
  index: StandardIndex
): ItemScore {
  const lines = input?.lines ?? {};
  if (input?.value !== undefined)
    problems.push({
      code: "wrong-input-kind",
      itemId: def.id,
      expected: "deduction",
      got: "value",
    });
  if (input?.level !== undefined)
    problems.push({
      code: "wrong-input-kind",
      itemId: def.id,
      expected: "deduction",
      got: "level",
    });
  let deductionUnits = 0;
  let entered = false;
  for (const [lineId, raw] of Object.entries(lines)) {
    const line = def.lines.find((l) => l.id === lineId);
    if (!line) {
      const owner = index.lines.get(lineId);
      problems.push(
        owner
          ? { code: "line-of-other-item", itemId: def.id, lineId, ownerId: owner.item.id }
          : { code: "unknown-line", itemId: def.id, lineId }
      );
      continue;
    }
    let lineDeduction = 0;
    let lineError = false;
    if (line.kind === "rate") {
      if (!isRateInput(raw)) {
        if (raw !== null && raw !== "")
          problems.push({
            code: "wrong-input-kind",
            itemId: def.id,
            lineId,
            expected: "rate",
            got: describe(raw),
          });
        continue;
      }
      const rate = readNumber(def.id, lineId, raw.rate, problems, { percent: true });
      if (rate === undefined) continue;
      lineDeduction = rateDeduction(line, rate);
    } else {
      if (isRateInput(raw)) {
        problems.push({
          code: "wrong-input-kind",
          itemId: def.id,
          lineId,
          expected: "deduction",
          got: "rate",
        });
        continue;
      }
      const value = readNumber(def.id, lineId, raw, problems, { percent: false });
      if (value === undefined) continue;
      if (value > line.maxDeduction) {
        lineError = true;
        problems.push({
          code: "above-line-max",
          itemId: def.id,
          lineId,
          value,
          max: line.maxDeduction,
        });
      }
      lineDeduction = value;
    }
    if (lineDeduction !== 0) entered = true;
    // One problem per line, as the sheet's 检查 column shows it: a line with an error is not also missing a note
    // (the pane and the 汇总 sheet count the same problems).
    if (
      !lineError &&
      status === "normal" &&
      lineDeduction > 0 &&
      !(input?.notes?.[lineId] ?? "").trim()
    )
      problems.push({ code: "missing-note", itemId: def.id, lineId });
    deductionUnits += units(lineDeduction);
  }
  const deduction = shiftDecimal(deductionUnits, -2);
  for (const noteId of Object.keys(input?.notes ?? {})) {
    if (noteId !== def.id && !def.lines.some((l) => l.id === noteId))
      problems.push({ code: "unknown-line", itemId: def.id, lineId: noteId });
  }
  if (status !== "normal") {
    if (entered) problems.push({ code: "inputs-ignored", itemId: def.id, status });
  } else if (deductionUnits > units(def.cap)) {
    problems.push({ code: "beyond-cap", itemId: def.id, deduction, cap: def.cap });
  }
  return base(def, status, deduction, deductionItemScore(def.cap, status, deduction));
}

/**
 * What A.7's award items share: the lines and the other item kind's field are wrong here; na/absent decide the
 * score (7.2) and make any entry ignored; nothing entered scores 0 and is reported. Returns the score when
 * one of those settles it, or the raw value to score.
 */
function awardPrologue(
  def: TieredItemDef | LevelItemDef,
  input: ItemInput | undefined,
  status: ItemStatus,
  problems: Problem[]
): { settled: ItemScore } | { raw: CellValue } {
  rejectLines(def, input, problems);
  const [own, other] =
    def.kind === "tiered" ? (["value", "level"] as const) : (["level", "value"] as const);
  if (input?.[other] !== undefined)
    problems.push({ code: "wrong-input-kind", itemId: def.id, expected: own, got: other });
  const raw = input?.[own];
  const empty = raw === undefined || raw === null || raw === "";
  if (status !== "normal") {
    if (!empty) problems.push({ code: "inputs-ignored", itemId: def.id, status });
    return { settled: base(def, status, 0, status === "na" ? def.cap : 0) };
  }
  if (empty) {
    problems.push({ code: "missing-value", itemId: def.id });
    return { settled: base(def, status, 0, 0) };
  }
  return { raw };
}

function scoreTieredItem(
  def: TieredItemDef,
  input: ItemInput | undefined,
  status: ItemStatus,
  problems: Problem[]
): ItemScore {
  const pre = awardPrologue(def, input, status, problems);
  if ("settled" in pre) return pre.settled;
  const raw = pre.raw;
  const value = readNumber(def.id, undefined, raw, problems, { percent: true });
  return base(def, status, 0, value === undefined ? 0 : tierPoints(def.tiers, value));
}

function scoreLevelItem(
  def: LevelItemDef,
  input: ItemInput | undefined,
  status: ItemStatus,
  problems: Problem[]
): ItemScore {
  const pre = awardPrologue(def, input, status, problems);
  if ("settled" in pre) return pre.settled;
  const raw = pre.raw;
  const points = typeof raw === "string" ? levelPoints(def, raw) : undefined;
  if (points === undefined) {
    problems.push({
      code: "unknown-level",
      itemId: def.id,
      value: raw,
      allowed: def.options.map((o) => o.level),
    });
    return base(def, status, 0, 0);
  }
  return base(def, status, 0, points);
}

function rejectLines(def: ItemDef, input: ItemInput | undefined, problems: Problem[]): void {
  for (const lineId of Object.keys(input?.lines ?? {})) {
    problems.push({
      code: "wrong-input-kind",
      itemId: def.id,
      lineId,
      expected: def.kind === "level" ? "level" : "value",
      got: "deduction",
    });
  }
}

function describe(value: CellValue | object): string {
  return value === null ? "null" : typeof value;
}
