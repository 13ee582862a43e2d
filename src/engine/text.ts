/**
 * Texts a workbook must be able to hold (README: Inputs): Excel's cell limit and the characters XML 1.0 allows.
 * A text that breaks either is refused with the field named; nothing is cut or cleaned silently.
 */
import type { Evaluation } from "./evaluation";
import type { Problem } from "./problems";

/** Excel's limit on the characters in one cell ("Total number of characters that a cell can contain"). */
export const CELL_TEXT_LIMIT = 32767;

/**
 * The first character XML 1.0 (5th ed., production [2] Char) forbids, with its UTF-16 index; lone surrogates
 * count as forbidden. Tab, line feed and carriage return are allowed.
 */
export function forbiddenChar(text: string): { codePoint: number; index: number } | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { codePoint: c, index: i };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { codePoint: c, index: i };
    const allowed = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xfffd);
    if (!allowed) return { codePoint: c, index: i };
  }
  return undefined;
}

/** The problems of one text field: too long for a cell, or holding a forbidden character. */
export function checkText(field: string, text: string): Problem[] {
  const out: Problem[] = [];
  if (text.length > CELL_TEXT_LIMIT)
    out.push({ code: "text-too-long", field, length: text.length, limit: CELL_TEXT_LIMIT });
  const bad = forbiddenChar(text);
  if (bad) out.push({ code: "text-forbidden-char", field, ...bad });
  return out;
}

/** Every note and text field of an evaluation checked with {@link checkText}; fields are named by id. */
export function textProblems(evaluation: Evaluation): Problem[] {
  const out: Problem[] = [];
  for (const field of ["organization", "evaluator"] as const) {
    const v = evaluation.meta[field];
    if (typeof v === "string") out.push(...checkText(`meta.${field}`, v));
  }
  for (const item of Object.values(evaluation.items)) {
    for (const [id, note] of Object.entries(item.notes ?? {}))
      if (typeof note === "string") out.push(...checkText(`${id} 扣分说明`, note));
  }
  return out;
}
