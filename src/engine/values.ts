/**
 * Reading raw leaf values (JSON or cells) into numbers and statuses, reporting what is wrong with them.
 */
import { ITEM_STATUSES } from "./evaluation";
import type { CellValue, ItemStatus } from "./evaluation";
import type { Problem } from "./problems";
import { INPUT_DECIMALS, decimalPlaces } from "./exact";

/**
 * A finite number from a leaf, or undefined with the problem recorded (empty counts as "nothing entered").
 * Text is never a number (README: Inputs): the workbook's formulas count it 0 and flag it, and so does this.
 * A number with more than {@link INPUT_DECIMALS} decimals is refused and counts 0, as in the workbook.
 */
export function readNumber(
  itemId: string,
  lineId: string | undefined,
  raw: CellValue,
  problems: Problem[],
  opts: { percent: boolean }
): number | undefined {
  if (raw === null || raw === "") return undefined;
  const at = lineId === undefined ? { itemId } : { itemId, lineId };
  const percent = opts.percent ? ({ percent: true } as const) : {};
  if (typeof raw === "string") {
    problems.push({ code: "number-as-text", ...at, value: raw });
    return undefined;
  }
  if (typeof raw !== "number" || !Number.isFinite(raw)) {
    problems.push({ code: "not-a-number", ...at, value: raw });
    return undefined;
  }
  // A number is the decimal a spreadsheet shows and compares: 15 significant digits (Excel and LibreOffice both
  // hold =0.1+0.2 equal to 0.3 and to ROUND(0.1+0.2,2)), so binary noise is neither refused nor counted.
  const typed = Number(raw.toPrecision(15));
  const places = decimalPlaces(typed);
  if (places > INPUT_DECIMALS) {
    problems.push({
      code: "too-many-decimals",
      ...at,
      value: raw,
      limit: INPUT_DECIMALS,
      ...percent,
    });
    return undefined;
  }
  if (typed < 0) problems.push({ code: "negative", ...at, value: typed, ...percent });
  else if (opts.percent && typed > 100)
    problems.push({ code: "percent-out-of-range", ...at, value: typed });
  return typed;
}

/** The item status, defaulting to normal; an unknown one is an error and scores as normal. */
export function readStatus(
  itemId: string,
  raw: CellValue | undefined,
  problems: Problem[]
): ItemStatus {
  if (raw === undefined || raw === null || raw === "") return "normal";
  if (typeof raw === "string" && (ITEM_STATUSES as readonly string[]).includes(raw))
    return raw as ItemStatus;
  problems.push({ code: "unknown-status", itemId, value: raw });
  return "normal";
}
