/**
 * What a re-evaluation shows of the previous one, per row of the scoresheet: built from the report input (so a
 * scoresheet, a JSON and a consensus read alike) and, when given, the remediation plan's statuses.
 */
import { LEVELS, STANDARD, indexStandard } from "../standard";
import { formatScore } from "../engine";
import { formatDateSpanZh } from "../layout/evaluationSheets";
import type { Evaluation } from "../engine";
import { PLAN_STATUS_LABELS } from "../layout/evaluationDocument";
import type { PlanEntry } from "../layout/evaluationDocument";
import type { PreviousEvaluation, PreviousRow } from "../layout/previousColumns";
import { STATUS_LABELS } from "../layout/labels";
import type { ReportInput, ReportNote } from "./types";
import { evaluatorText } from "./evaluatorText";

const noteLine = (n: ReportNote): string => (n.evaluator ? `${n.evaluator}：${n.note}` : n.note);

/** What was entered on an A.7 award item (a percent or a level), as the sheet shows it. */
function awardEntry(evaluation: Evaluation | undefined, itemId: string): string | undefined {
  const input = evaluation?.items[itemId];
  const def = indexStandard().items.get(itemId);
  if (!input || !def) return undefined;
  if (def.kind === "tiered" && typeof input.value === "number")
    return `${formatScore(input.value)}%`;
  if (def.kind === "level" && typeof input.level === "string")
    return def.options.find((o) => o.level === input.level)?.text ?? input.level;
  return undefined;
}

/**
 * What the group settled on an item of a consensus (6.6): its deliberation ("评议：共识方法结果 8.2分 → 评议后得分
 * 9分（评议理由：…）") and dissents ("不同意见：…"), as the report lists them, without the item id.
 */
function deliberated(input: ReportInput, itemId: string): string[] {
  const of = (lines: readonly string[] | undefined, label: string): string[] =>
    (lines ?? [])
      .filter((l) => l.startsWith(`${itemId}：`))
      .map((l) => `${label}：${l.slice(itemId.length + 1)}`);
  return [
    ...of(input.consensus?.resolutions, "评议"),
    ...of(input.consensus?.dissents, "不同意见"),
  ];
}

/**
 * The previous evaluation, row by row: each line's deduction (unknown for a consensus, which agrees on items),
 * each item's score on its first row, the notes of the line (the item's own notes with its first line), the
 * 7.2 status when not normal, and the plan's status for the line or its item.
 */
export function previousEvaluation(
  input: ReportInput,
  options: {
    readonly evaluation?: Evaluation;
    readonly plan?: ReadonlyMap<string, PlanEntry>;
    readonly source: string;
  }
): PreviousEvaluation {
  const rows = new Map<string, PreviousRow>();
  const planText = (key: string, itemId: string): string | undefined => {
    const s = options.plan?.get(key)?.status ?? options.plan?.get(itemId)?.status;
    return s ? PLAN_STATUS_LABELS[s] : undefined;
  };
  for (const item of input.report.items) {
    const def = indexStandard().items.get(item.id);
    if (!def) continue;
    const notes = input.notesByItem.get(item.id) ?? [];
    const status = item.status !== "normal" ? `上次：${STATUS_LABELS[item.status]}` : undefined;
    const ids = def.kind === "deduction" ? def.lines.map((l) => l.id) : [def.id];
    ids.forEach((id, k) => {
      const own = notes.filter((n) =>
        n.lineId === undefined || n.lineId === item.id ? k === 0 : n.lineId === id
      );
      const note = [
        ...(k === 0 && status ? [status] : []),
        ...own.map(noteLine),
        ...(k === 0 ? deliberated(input, item.id) : []),
      ].join("\n");
      const entry =
        def.kind === "deduction"
          ? input.lineDeductions?.get(id)
          : awardEntry(options.evaluation, id);
      const plan = planText(id, item.id);
      rows.set(id, {
        ...(entry !== undefined ? { entry } : {}),
        ...(k === 0 ? { itemScore: item.score } : {}),
        ...(note ? { note } : {}),
        ...(plan ? { plan } : {}),
      });
    });
  }
  const meta = input.meta;
  const facts: [string, string][] = [
    ["来源", options.source],
    ["被评单位", meta.organization ?? ""],
    ["层级", meta.level ? LEVELS[meta.level].zh : ""],
    ["评估日期", formatDateSpanZh(meta.date, "")],
    ["评估人", evaluatorText(input)],
    ["总分", `${formatScore(input.report.total)}分（合格线${STANDARD.passMark}分）`],
    ["结论", input.report.verdict],
    ...(options.plan
      ? ([["整改台账", `${options.plan.size}项整改事项的状态已列入各表`]] as [string, string][])
      : []),
  ];
  return {
    facts,
    tables: input.report.tables.map((t) => ({ id: t.id, title: t.title, score: t.score })),
    rows,
  };
}
