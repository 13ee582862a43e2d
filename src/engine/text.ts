/**
 * Texts a workbook must be able to hold (README: Inputs): Excel's cell limit and the characters XML 1.0 allows.
 * A text that breaks either is refused with the field named; nothing is cut or cleaned silently.
 */
import { STANDARD, indexStandard } from "../standard";
import type { StandardDef } from "../standard";
import { joinNotes } from "./notes";
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

/**
 * What a shared string cannot carry as it is, one piece each: a character XML 1.0 forbids (C0 controls but tab and
 * line feed; U+FFFE, U+FFFF), a carriage return (XML parsers turn it into a line feed), and an `_x` that begins
 * `_xHHHH_`, which Excel, LibreOffice and ExcelJS read as the escape of character HHHH (ECMA-376 ST_Xstring;
 * LibreOffice also with fewer digits). ExcelJS writes all of these as they are, or drops them.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|_x(?=[0-9A-Fa-f]+_)/g;

/** The escape of one piece {@link UNSAFE} matches: `_x` as `_x005F_x`, a character as `_xHHHH_`. */
const escapePiece = (piece: string): string =>
  piece === "_x"
    ? "_x005F_x"
    : `_x${piece.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/**
 * Text as a workbook stores it: the characters of {@link UNSAFE} escaped as ECMA-376 `_xHHHH_`, so that Excel,
 * LibreOffice and ExcelJS read it back as it was. The escapes count towards Excel's {@link CELL_TEXT_LIMIT}.
 */
export function xlsxEscape(text: string): string {
  return text.replace(UNSAFE, escapePiece);
}

/** The characters a text takes in a cell as written ({@link xlsxEscape}): what {@link CELL_TEXT_LIMIT} limits. */
export function writtenLength(text: string): number {
  return xlsxEscape(text).length;
}

/**
 * The characters each UTF-16 unit of a text takes as written, an escape counted at its first unit. Cut anywhere,
 * each piece written alone takes at most the sum of its units' costs (an `_x` whose escape the cut separates is
 * not escaped in its piece, and reads back joined as it was).
 */
export function writtenCosts(text: string): number[] {
  const costs = new Array<number>(text.length).fill(1);
  for (const m of text.matchAll(UNSAFE))
    costs[m.index] = escapePiece(m[0]).length - m[0].length + 1;
  return costs;
}

/**
 * The problems of one text field: too long for a cell as written (escapes counted), or holding a forbidden
 * character.
 */
export function checkText(field: string, text: string): Problem[] {
  const out: Problem[] = [];
  const length = writtenLength(text);
  if (length > CELL_TEXT_LIMIT)
    out.push({
      code: "text-too-long",
      field,
      length,
      limit: CELL_TEXT_LIMIT,
      ...(length !== text.length ? { typed: text.length } : {}),
    });
  const bad = forbiddenChar(text);
  if (bad) out.push({ code: "text-forbidden-char", field, ...bad });
  return out;
}

/**
 * Every note and text field of an evaluation checked with {@link checkText}; fields are named by id. A deduction
 * item's note shares the first line's note cell with that line's note (layout/notes.ts): the two are checked
 * together, as the cell holds them, and named together.
 */
export function textProblems(evaluation: Evaluation, standard: StandardDef = STANDARD): Problem[] {
  const out: Problem[] = [];
  for (const field of ["organization", "evaluator"] as const) {
    const v = evaluation.meta[field];
    if (typeof v === "string") out.push(...checkText(`meta.${field}`, v));
  }
  const items = indexStandard(standard).items;
  for (const [itemId, item] of Object.entries(evaluation.items)) {
    const notes = item.notes ?? {};
    for (const [id, note] of Object.entries(notes))
      if (typeof note === "string") out.push(...checkText(`${id} 扣分说明`, note));
    const def = items.get(itemId);
    const first = def?.kind === "deduction" ? def.lines[0]?.id : undefined;
    const itemNote = Object.hasOwn(notes, itemId) ? notes[itemId] : undefined;
    const lineNote = first !== undefined && Object.hasOwn(notes, first) ? notes[first] : undefined;
    if (first === undefined || typeof itemNote !== "string" || itemNote === "") continue;
    out.push(
      ...sharedNoteCell(itemId, first, itemNote, typeof lineNote === "string" ? lineNote : "")
    );
  }
  return out;
}

/**
 * The problem of a deduction item's note and its first line's note together in one cell, when the cell as written
 * exceeds the limit though each note alone fits (a note too long alone is reported alone). An item note with no
 * line note still takes its 【本项】 mark in the cell: a note of up to 4 characters under the limit that fits alone
 * no longer fits with it (`markOnly`).
 */
export function sharedNoteCell(
  itemId: string,
  lineId: string,
  itemNote: string,
  lineNote: string
): Problem[] {
  if (writtenLength(itemNote) > CELL_TEXT_LIMIT || writtenLength(lineNote) > CELL_TEXT_LIMIT)
    return [];
  const length = writtenLength(joinNotes(itemNote, lineNote));
  if (length <= CELL_TEXT_LIMIT) return [];
  return [
    {
      code: "text-too-long",
      field: `${itemId} 扣分说明`,
      length,
      limit: CELL_TEXT_LIMIT,
      sharedWith: lineId,
      ...(lineNote === "" ? { markOnly: true as const } : {}),
    },
  ];
}
