/**
 * An item-level note of a deduction item shares the first line's note cell (README: The workbook). The marks and
 * the joining live in the engine (src/engine/notes.ts), whose cell-text check needs the joined length and which
 * imports no layout; the layout's writers and readers take them from here.
 */
export { ITEM_NOTE_MARK, LINE_NOTE_MARK, joinNotes, splitNotes } from "../engine/notes";
