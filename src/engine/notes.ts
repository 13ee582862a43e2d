/**
 * An item-level note of a deduction item has no cell of its own: it shares the first line's note cell, marked
 * 【本项】, with that line's own note after 【本行】. Writers join, readers split; nothing is lost.
 */

/** Marks an item-level note in the first line's note cell of a deduction item (README: The workbook). */
export const ITEM_NOTE_MARK = "【本项】";
/** Marks the first line's own note after an item-level note in the same cell. */
export const LINE_NOTE_MARK = "【本行】";

/** The text of the first line's note cell holding an item note and a line note (either may be absent). */
export function joinNotes(itemNote: string | undefined, lineNote: string | undefined): string {
  if (itemNote === undefined || itemNote === "") return lineNote ?? "";
  return `${ITEM_NOTE_MARK}${itemNote}${lineNote ? `\n${LINE_NOTE_MARK}${lineNote}` : ""}`;
}

/** Splits a first line's note cell back into the item note and the line note. */
export function splitNotes(text: string): { item?: string; line?: string } {
  if (!text.startsWith(ITEM_NOTE_MARK)) return text.trim() ? { line: text } : {};
  const body = text.slice(ITEM_NOTE_MARK.length);
  const at = body.indexOf(`\n${LINE_NOTE_MARK}`);
  if (at < 0) return { item: body };
  return { item: body.slice(0, at), line: body.slice(at + 1 + LINE_NOTE_MARK.length) };
}
