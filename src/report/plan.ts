/**
 * The remediation plan (整改台账) as plain data: one row per requirement line that lost points, in the order
 * of the report's improvement suggestions (改进意见和建议, 6.7). Pure: the plan sheet renders it.
 */
import { Fraction, exact, round2, shownTotal, sumExact } from "../engine";
import type { ReportModel, StatusItem, Suggestion } from "./types";
import { noteText, ruleText } from "./text";

/** One finding to rectify. */
export interface PlanRow {
  /** The line id, or the item id when the lines' own deductions are not known (a consensus, A.7 items). */
  readonly key: string;
  readonly itemId: string;
  /** "A.1 2、组织机构图有职责划分" */
  readonly item: string;
  readonly requirement: string;
  readonly rule: string;
  /**
   * Points lost on this row as shown. A line's deduction, except that an item's rows never add up to more than the
   * item lost (7.3, 扣完为止: later lines get what is left). Consensus figures are means: the exact loss rounded
   * once, half down ({@link shownLoss}), as the cap minus the score as shown, like the total.
   */
  readonly pointsLost: number;
  /**
   * The exact points lost as a fraction ("2/3"). Equal to pointsLost except for a consensus's item rows, whose
   * means are thirds or sevenths: totals are added from this and rounded once ({@link planLostTotal}).
   */
  readonly exactLost: string;
  /** The evaluators' notes, one per line of text. */
  readonly notes: string;
  /** The experts disagreed on the item (a consensus): the report lists it first. */
  readonly flagged: boolean;
}

function rowsOf(s: Suggestion, kind: ReportModel["kind"]): PlanRow[] {
  const notesFor = (pick: (lineId: string | undefined) => boolean): string =>
    s.notes
      .filter((n) => pick(n.lineId))
      .map((n) => noteText(n, kind))
      .join("\n");
  const item = `${s.tableId} ${s.title}`;
  const deducted = s.lines.filter((l) => (l.deduction ?? 0) > 0);
  if (deducted.length === 0) {
    // The item as a whole: its lines' deductions are not known (consensus) or it is awarded by tiers or levels.
    return [
      {
        key: s.itemId,
        itemId: s.itemId,
        item,
        requirement: s.lines.map((l) => l.requirement).join("\n"),
        rule: [...new Set(s.lines.map((l) => `扣分标准：${l.rule}`))].join("\n"),
        pointsLost: shownLoss(new Fraction(s.exactLost)),
        exactLost: s.exactLost,
        notes: notesFor(() => true),
        flagged: s.flagged,
      },
    ];
  }
  let left = s.pointsLost;
  return deducted.map((l, k) => {
    const lost = round2(Math.max(0, Math.min(l.deduction ?? 0, left)));
    left = round2(sumExact([left, -lost]));
    const lineIds = new Set(deducted.map((d) => d.lineId));
    return {
      key: l.lineId,
      itemId: s.itemId,
      item,
      requirement: l.requirement,
      rule: ruleText(l),
      pointsLost: lost,
      exactLost: exact(lost).toFraction(),
      // The item's own notes, and notes on lines not listed, go with its first row.
      notes: notesFor((id) => (id === undefined || !lineIds.has(id) ? k === 0 : id === l.lineId)),
      flagged: s.flagged,
    };
  });
}

/** An item scored 0 as 应有未有 (7.2): the whole item is to be put in place. */
function absentRow(s: StatusItem, kind: ReportModel["kind"]): PlanRow {
  return {
    key: s.itemId,
    itemId: s.itemId,
    item: `${s.tableId} ${s.title}`,
    requirement: "应有未有：本项计0分（7.2），须建立并运行",
    rule: "应有未有的项目按0分计",
    pointsLost: s.cap,
    exactLost: exact(s.cap).toFraction(),
    notes: s.notes.map((n) => noteText(n, kind)).join("\n"),
    flagged: false,
  };
}

/**
 * The plan's rows, in the report's order: the flagged items first, then the improvement suggestions by table,
 * each item's lines in order, then the items scored 0 as 应有未有.
 */
export function planRows(model: ReportModel): PlanRow[] {
  // A flagged item that lost nothing needs no remediation; a flagged 应有未有 item is listed once. An item losing
  // under 0.005 (shown 0.00) is listed: its loss counts in the total, so the rows hold every point the total adds.
  const lost = [...model.flagged, ...model.suggestions.flatMap((g) => g.items)]
    .filter((s) => new Fraction(s.exactLost).compare(0) > 0)
    .flatMap((s) => rowsOf(s, model.kind));
  const listed = new Set(lost.map((r) => r.itemId));
  return [
    ...lost,
    ...model.absent.filter((s) => !listed.has(s.itemId)).map((s) => absentRow(s, model.kind)),
  ];
}

/**
 * The points lost on the plan's rows, exact: added from the exact losses, never from the rounded ones shown on
 * each row (README: Numbers), so that, shown, it is the report's maximum minus its total (three consensus items
 * losing 2/3 each lose 2, not 0.67 × 3 = 2.01).
 */
export function planLostTotal(rows: readonly PlanRow[]): Fraction {
  return rows.reduce((sum, r) => sum.add(new Fraction(r.exactLost)), new Fraction(0));
}

/**
 * The plan's 失分合计 as shown: the report's maximum minus its total as shown ({@link shownTotal}), so that a
 * consensus total of 89999/300, shown 299.99 (never 300 below the pass mark: README: Numbers), has 495 − 299.99 =
 * 195.01 lost, not 195. Elsewhere the same as {@link shownLoss} of the exact sum.
 */
export function shownLostTotal(
  rows: readonly PlanRow[],
  model: Pick<ReportModel, "max" | "passMark">
): number {
  const max = exact(model.max);
  const total = max.sub(planLostTotal(rows));
  return round2(max.sub(exact(shownTotal(total, model.passMark))));
}

/**
 * Points lost as shown: the exact loss rounded once, half down, so that it is the cap (or maximum) minus the score as
 * shown, which rounds half up (README: Numbers): a loss of 0.995 on a cap of 5 leaves 4.005, shown 4.01, so 0.99 is
 * shown lost, as the report's 5 − 4.01. The rows' own pointsLost are cap − shown score, the same.
 */
export function shownLoss(lost: Fraction): number {
  return -round2(lost.neg()) || 0;
}
