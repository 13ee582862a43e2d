/**
 * The group's deliberation on a consensus (6.6 形成考核评估结论; issue 12): per item an agreed score (评议后得分)
 * with its reason (评议理由) and a dissenting member's name and reason (不同意见); per expert a written
 * explanation of a total far from the group's mean. One rule, in formula form for the consensus workbook and as
 * a check for the reader, so the sheet and the engine agree (README: Numbers, Inputs):
 *
 * - an agreed score counts only when it is a number (never text), with at most 2 decimals, within [0, cap];
 *   otherwise it is an error and the item keeps the method's result;
 * - an agreed score that counts but has no reason is an error naming the item (the verdict is not final);
 * - 8.3's verdict stays `ROUND(total, 9) >= 300` on the unrounded consensus.
 */
import { INPUT_DECIMALS, ITEM_STATUSES, decimalPlaces, planReasonNote } from "../engine";
import type { ItemStatus, Problem } from "../engine";
import { isBlank, isNumber, noteBlank, str } from "../layout/formulas";
import { FORMULA_EDITION } from "../layout/metaSheet";
import type { FormulaEdition } from "../layout/metaSheet";

/** Column headers of the deliberation cells on the 共识 sheet; the reader finds the columns by them. */
export const DELIBERATION_HEADERS = {
  method: "方法结果",
  agreed: "评议后得分",
  reason: "评议理由",
  dissent: "不同意见",
  check: "评议检查",
  outliers: "畸高畸低",
  data: "数据",
} as const;

/** The summary sheet's labels of the deviation block; the reader finds the cells by them. */
export const DEVIATION_LABELS = {
  limit: "偏离限值（%）",
  header: "偏离均值（%）",
  needs: "需书面说明",
  explanation: "书面说明",
} as const;

/** What one consensus item's deliberation cells hold once checked. */
export interface AgreedCheck {
  /** The agreed score to apply; undefined when the cell is blank or its value is not applied. */
  readonly agreed?: number;
  readonly problems: readonly Problem[];
}

/** An error value (#N/A, #DIV/0!) as a reader passes it to {@link checkAgreed}, so it is never taken for text. */
export interface CellError {
  readonly error: string;
}

function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && "error" in v && typeof v.error === "string";
}

/** Whether a cell value counts as blank, as {@link isBlank} counts it: empty, null or "". */
function blank(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}

/** A text cell as read: text as is, a number in its digits, anything else (error, boolean) as "". */
export function cellText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}

/** The note every copy carries on an item the group's plan fixed as 不适用, before the plan's reason. */
const PLAN_NOTE_PREFIX = planReasonNote("");

/**
 * The group's reason when the plan fixed the item as 不适用 (4.3, 7.2): every expert marks it 不适用 (the copies
 * lock it; `plan-overridden` refuses any other status) and its item-level note is the plan's note
 * ({@link planReasonNote}). The sheet's formulas and the reader both take it from the item's recorded statuses and
 * notes, so they agree on which rows no agreed score may change.
 *
 * @param itemId the item id, @param statuses every expert's status of the item, @param notes the experts' notes
 * @returns the plan's reason, or undefined when the plan did not fix the item
 */
export function planNotApplicableReason(
  itemId: string,
  statuses: readonly ItemStatus[],
  notes: readonly { readonly id: string; readonly note: string }[]
): string | undefined {
  if (statuses.length === 0 || statuses.some((s) => s !== "na")) return undefined;
  const note = notes.find((n) => n.id === itemId && n.note.startsWith(PLAN_NOTE_PREFIX));
  return note ? note.note.slice(PLAN_NOTE_PREFIX.length) : undefined;
}

/**
 * {@link planNotApplicableReason} from an item row's hidden 数据 text on the 共识 sheet (JSON with `statuses` and
 * `notes`), as the consensus reader takes it: the first `experts` statuses, an absent or unknown one as "normal";
 * text that is no JSON, or notes that are not `{ id, note }` texts, leave no plan reason.
 *
 * @param itemId the item id, @param data the row's 数据 text ("" when none), @param experts the number of expert
 *   columns on the sheet
 */
export function planReasonFromData(
  itemId: string,
  data: string,
  experts: number
): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const record = parsed as { statuses?: unknown; notes?: unknown };
  const found = Array.isArray(record.statuses) ? (record.statuses as unknown[]) : [];
  const statuses = Array.from({ length: experts }, (_, k): ItemStatus => {
    const s = found[k];
    return typeof s === "string" && (ITEM_STATUSES as readonly string[]).includes(s)
      ? (s as ItemStatus)
      : "normal";
  });
  const notes = (Array.isArray(record.notes) ? (record.notes as unknown[]) : []).filter(
    (n): n is { id: string; note: string } =>
      typeof n === "object" &&
      n !== null &&
      typeof (n as { id?: unknown }).id === "string" &&
      typeof (n as { note?: unknown }).note === "string"
  );
  return planNotApplicableReason(itemId, statuses, notes);
}

/**
 * Checks one item's agreed score (评议后得分) and its reason (评议理由) by the deliberation rule (module comment).
 *
 * @param itemId the item id ("A.1.2"), named in every problem
 * @param cap the item's cap (得分/分值 of Appendix A), in points
 * @param value the agreed-score cell's value as read (number, text, boolean, an error value as {@link CellError}, or
 *   blank)
 * @param reason the reason cell's text ("" when blank)
 * @param planReason the plan's reason when the plan fixed the item as 不适用 ({@link planNotApplicableReason})
 * @returns the score to apply (points, at most 2 decimals) and the problems: `agreed-on-plan-na` (never applied:
 *   the plan decides the item, and only the group leader changes the plan), `agreed-score-invalid` (not applied:
 *   text, more than 2 decimals, outside [0, cap]) or `agreed-without-reason` (applied, but the verdict is not
 *   final until a reason is recorded). Never throws.
 */
export function checkAgreed(
  itemId: string,
  cap: number,
  value: unknown,
  reason: string,
  planReason?: string
): AgreedCheck {
  if (blank(value)) return { problems: [] };
  if (planReason !== undefined)
    return {
      problems: [
        {
          code: "agreed-on-plan-na",
          itemId,
          value:
            typeof value === "number" || typeof value === "string"
              ? value
              : isCellError(value)
                ? value.error
                : typeof value === "boolean"
                  ? value
                    ? "TRUE"
                    : "FALSE"
                  : String(value),
          reason: planReason,
        },
      ],
    };
  // TRUE/FALSE and an error value are named as what they are, as the sheet's 评议检查 names them.
  if (typeof value === "boolean")
    return {
      problems: [
        {
          code: "agreed-score-invalid",
          itemId,
          value: value ? "TRUE" : "FALSE",
          cap,
          why: "boolean",
        },
      ],
    };
  if (isCellError(value))
    return {
      problems: [{ code: "agreed-score-invalid", itemId, value: value.error, cap, why: "error" }],
    };
  if (typeof value !== "number" || !Number.isFinite(value))
    return {
      problems: [
        {
          code: "agreed-score-invalid",
          itemId,
          value: typeof value === "string" ? value : String(value),
          cap,
          why: "text",
        },
      ],
    };
  if (decimalPlaces(value) > INPUT_DECIMALS)
    return { problems: [{ code: "agreed-score-invalid", itemId, value, cap, why: "decimals" }] };
  if (value < 0 || value > cap)
    return { problems: [{ code: "agreed-score-invalid", itemId, value, cap, why: "range" }] };
  return {
    agreed: value,
    problems: reason.trim() === "" ? [{ code: "agreed-without-reason", itemId, value }] : [],
  };
}

/**
 * The item's consensus in formula form: the agreed score when it counts (a number, ≤ 2 decimals, in [0, cap]),
 * else the method's result. Nested IFs, so ROUND never sees a text (README: Inputs).
 *
 * @param agreed the agreed-score cell (A1), @param cap the cap cell (A1), @param method the method-result cell (A1)
 * @param planLocked whether the plan fixed the item as 不适用: then no agreed score counts, the method's result does
 */
export function consensusWithAgreed(
  agreed: string,
  cap: string,
  method: string,
  planLocked = false
): string {
  if (planLocked) return method;
  return `IF(${isNumber(agreed)},IF(ROUND(${agreed},${INPUT_DECIMALS})=${agreed},IF(AND(${agreed}>=0,${agreed}<=${cap}),${agreed},${method}),${method}),${method})`;
}

/**
 * What the 评议检查 says of an agreed score that is no number, after "错误：<item> 评议后得分": an error value, a
 * boolean (TRUE/FALSE) and text each named as what it is, as the reader names them (`agreed-score-invalid`'s why:
 * error, boolean, text), the way the scoresheet's 检查 names them (layout/formulas.ts numberCheck).
 */
export const AGREED_WORDS = {
  error: "是错误值不是数字，未采用，按方法结果计；",
  boolean: "是布尔值（TRUE/FALSE）不是数字，未采用，按方法结果计；",
  text: "是文本不是数字，未采用，按方法结果计；",
} as const;

/**
 * The 评议检查 formula of an item row: "" when no agreed score and no reason; a hint naming the item when a reason
 * was typed without an agreed score (the method's result counts; the reader warns of it too); an error naming the
 * item when the score is not a number, has more than 2 decimals, lies outside [0, cap], or has no reason; else
 * "已评议：采用评议后得分".
 *
 * @param itemId the item id, written into each message
 * @param capValue the item's cap, written into the range message
 * @param planLocked whether the plan fixed the item as 不适用 ({@link planNotApplicableReason}): then any agreed
 *   score is an error, never applied, as the reader's `agreed-on-plan-na`
 * @param edition the formula edition to write (metaSheet.ts FORMULA_EDITION): an earlier one only to compare a
 *   workbook merged by an earlier gridscore with what it wrote ("1" had no boolean branch)
 */
export function agreedCheckFormula(
  itemId: string,
  capValue: number,
  agreed: string,
  cap: string,
  reason: string,
  planLocked = false,
  edition: FormulaEdition = FORMULA_EDITION
): string {
  const msg = (m: string): string => str(`错误：${itemId} 评议后得分${m}`);
  const reasonBlank = noteBlank(`IFERROR(${reason}&"","#")`);
  // A reason typed without an agreed score is kept and named (the reader warns of it too).
  const reasonAlone = str(`提示：${itemId} 已填写评议理由，但未填写评议后得分，按方法结果计；`);
  if (planLocked)
    return `IF(${isBlank(agreed)},IF(${reasonBlank},"",${reasonAlone}),${msg(
      "不能采用：评估方案已将本项界定为不适用（7.2，按满分计）；如须改变，请由评估组长修改评估方案并重新生成评分表；"
    )})`;
  const rest = `IF(${isBlank(agreed)},IF(${reasonBlank},"",${reasonAlone}),IF(NOT(${isNumber(agreed)}),${msg(AGREED_WORDS.text)},IF(ROUND(${agreed},${INPUT_DECIMALS})<>${agreed},${msg("最多两位小数，未采用，按方法结果计；")},IF(OR(${agreed}<0,${agreed}>${cap}),${msg(`应在0到本项分值${capValue}之间，未采用，按方法结果计；`)},IF(${reasonBlank},${msg("已填写，但未填写评议理由（6.6）；")},"已评议：采用评议后得分")))))`;
  switch (edition) {
    case "1":
      return `IF(ISERROR(${agreed}),${msg("是错误值，未采用，按方法结果计；")},${rest})`;
    case "2":
      return `IF(ISERROR(${agreed}),${msg(AGREED_WORDS.error)},IF(ISLOGICAL(${agreed}),${msg(AGREED_WORDS.boolean)},${rest}))`;
  }
}

/**
 * The check of one corrected expert score on the 共识 sheet, by the input model the reader applies
 * (readConsensus.ts `expertScoreProblem`; README: Inputs): "" when the cell holds a number with at most 2
 * decimals within [0, cap]; else an error naming the item and the expert. A text, blank or boolean counts 0 in the
 * sheet's formulas ({@link expertValue}), as the reader counts it before refusing the file; a number with more
 * decimals or outside [0, cap] counts as typed (N keeps it), and the messages say so.
 *
 * @param itemId the item id, @param capValue the item's cap (written into the message), @param cell the expert's
 *   score cell (A1), @param cap the cap cell (A1), @param name the expert's name, @param detailed whether the
 *   message says why (longer; the short form keeps the row's formula within Excel's 8,192 characters for large groups),
 *   @param edition the formula edition ({@link agreedCheckFormula}; "1" had no boolean branch)
 */
export function expertCheckFormula(
  itemId: string,
  capValue: number,
  cell: string,
  cap: string,
  name: string,
  detailed = true,
  edition: FormulaEdition = FORMULA_EDITION
): string {
  const ok = `IF(${isNumber(cell)},IF(ROUND(${cell},${INPUT_DECIMALS})=${cell},AND(${cell}>=0,${cell}<=${cap}),0),0)`;
  const head = `错误：${itemId} 专家“${name}”的分数`;
  const detail = `IF(${isBlank(cell)},"未填写，按0计",IF(NOT(${isNumber(cell)}),"是文本不是数字，按0计",IF(ROUND(${cell},${INPUT_DECIMALS})<>${cell},"超过两位小数，按所填数值计入",${str(`应在0到本项分值${capValue}之间`)})))`;
  const why = detailed
    ? `${str(head)}&IF(ISERROR(${cell}),"是错误值",${edition === "1" ? detail : `IF(ISLOGICAL(${cell}),"是布尔值（TRUE/FALSE）不是数字",${detail})`})&"；"`
    : str(
        `${head}无效：应为0到本项分值${capValue}之间、最多两位小数的数字（文本按0计，数字按所填数值计入）；`
      );
  return `IF(${ok},"",${why})`;
}

/** Characters the experts' checks of one row may take, leaving room for the agreed-score check (Excel: 8,192). */
const EXPERT_CHECKS_BUDGET = 7000;

/**
 * The experts' checks of one item row, joined: each says why ({@link expertCheckFormula}) while the row fits
 * Excel's formula length; for a larger group each names the expert only; beyond that, one error naming the item.
 *
 * @param cells the experts' score cells (A1) in order, @param names their names, @param cap the cap cell (A1),
 *   @param edition the formula edition ({@link agreedCheckFormula})
 */
export function expertsCheckFormula(
  itemId: string,
  capValue: number,
  cells: readonly string[],
  cap: string,
  names: readonly string[],
  edition: FormulaEdition = FORMULA_EDITION
): string {
  for (const detailed of [true, false]) {
    const joined = cells
      .map((cell, k) =>
        expertCheckFormula(itemId, capValue, cell, cap, names[k]!, detailed, edition)
      )
      .join("&");
    if (joined.length <= EXPERT_CHECKS_BUDGET) return joined;
  }
  const ok = cells.map(
    (cell) =>
      `IF(${isNumber(cell)},IF(ROUND(${cell},${INPUT_DECIMALS})=${cell},AND(${cell}>=0,${cell}<=${cap}),0),0)`
  );
  return `IF(AND(${ok.join(",")}),"",${str(`错误：${itemId} 有专家分数无效：应为0到本项分值${capValue}之间、最多两位小数的数字（文本按0计）；`)})`;
}

/** An expert's score as the 共识 sheet's formulas count it: a number as is, a text or blank as 0 (N). */
export function expertValue(cell: string): string {
  return `N(${cell})`;
}

/**
 * The live 畸高畸低 text of an item row: the names of the experts whose score is at least half the cap from the
 * median of the others' (3 or more experts; agreement.ts `outliers` is the same rule), joined by "、".
 *
 * @param cells the experts' score cells (A1) in order, @param names their names, @param cap the cap cell (A1)
 */
export function outliersFormula(
  cells: readonly string[],
  names: readonly string[],
  cap: string
): string {
  if (cells.length < 3) return `""`;
  const terms = cells.map((cell, k) => {
    const others = cells.filter((_, j) => j !== k).join(",");
    // Medians of 2-decimal scores are multiples of 0.005: ROUND(…, 9) removes only binary noise, and doubling is exact.
    return `IF(ROUND(ABS(${cell}-MEDIAN(${others})),9)*2>=${cap},${str(`、${names[k]}`)},"")`;
  });
  return `MID(${terms.join("&")},2,1000)`;
}

/**
 * An expert's deviation of the total from the group's mean total, in percent, as shown: rounded half up to 2
 * decimals after removing binary noise (0 when the mean is 0), as agreement.ts `deviations` reports it.
 *
 * @param total the expert's total cell (A1), @param totals the range of every expert's total (A1:A1)
 */
export function deviationFormula(total: string, totals: string): string {
  return `IF(AVERAGE(${totals})=0,0,ROUND(ROUND((${total}-AVERAGE(${totals}))*100/AVERAGE(${totals}),10),2))`;
}

/**
 * The needs-explanation mark: "需书面说明" when the unrounded deviation is strictly beyond the limit (30.00% of a
 * 30% limit is not), else "".
 *
 * @param limit the limit cell (A1, a percent such as 30)
 */
export function needsExplanationFormula(total: string, totals: string, limit: string): string {
  return `IF(AVERAGE(${totals})=0,"",IF(ROUND(ABS((${total}-AVERAGE(${totals}))*100/AVERAGE(${totals})),10)>${limit},${str(DEVIATION_LABELS.needs)},""))`;
}
