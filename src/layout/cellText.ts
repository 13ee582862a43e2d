/**
 * Texts as cells hold them (README: Inputs): Excel's limit of 32,767 characters applies to a cell's text as written,
 * after the `_xHHHH_` escapes a workbook needs and after the layout has joined texts into one cell (an item note
 * and its first line's note). Every path that writes a workbook checks its model here before writing anything;
 * the writers cut nothing.
 */
import { CELL_TEXT_LIMIT, sharedNoteCell, writtenCosts, writtenLength } from "../engine";
import type { Problem } from "../engine";
import { indexStandard } from "../standard";
import { a1 } from "./a1";
import type { WorkbookModel } from "./model";
import { splitNotes } from "./notes";
import { COL } from "./tableColumns";

/**
 * Every text cell of a model that no cell can hold as written, as `text-too-long`. A table sheet's note cell is named
 * by its line (an item note and its first line's note together, when they share the cell); any other cell by its
 * sheet, address and column.
 */
export function modelTextProblems(model: Pick<WorkbookModel, "sheets">): Problem[] {
  const out: Problem[] = [];
  for (const sheet of model.sheets) {
    let ids: Map<number, string> | undefined;
    for (const cell of sheet.cells) {
      if (cell.content.kind !== "text") continue;
      // An escape takes at most 7 characters for 1 (`_x0001_`): a short text fits whatever it holds.
      if (cell.content.text.length * 7 <= CELL_TEXT_LIMIT) continue;
      const length = writtenLength(cell.content.text);
      if (length <= CELL_TEXT_LIMIT) continue;
      const text = cell.content.text;
      if (sheet.kind === "table" && cell.col === COL.note) {
        ids ??= lineIds(sheet);
        const lineId = ids.get(cell.row);
        if (lineId !== undefined) {
          out.push(notesProblem(lineId, text, length));
          continue;
        }
      }
      const header = sheet.columns[cell.col]?.header;
      out.push({
        code: "text-too-long",
        field: `${sheet.name}!${a1(cell.row, cell.col)}${header ? `（${header}）` : ""}`,
        length,
        limit: CELL_TEXT_LIMIT,
        ...(length !== text.length ? { typed: text.length } : {}),
      });
    }
  }
  return out;
}

/** A table sheet's line ids by row (its hidden 编号 column). */
function lineIds(sheet: WorkbookModel["sheets"][number]): Map<number, string> {
  const ids = new Map<number, string>();
  for (const cell of sheet.cells)
    if (cell.col === COL.id && cell.content.kind === "text") ids.set(cell.row, cell.content.text);
  return ids;
}

/**
 * The problem of a line's note cell too long as written, named as the engine names it (textProblems): the item
 * note and the line note together when each fits alone, else the one that does not fit.
 */
function notesProblem(lineId: string, text: string, length: number): Problem {
  const { item, line } = splitNotes(text);
  const itemId = indexStandard().lines.get(lineId)?.item.id;
  if (item !== undefined && itemId !== undefined) {
    const [shared] = sharedNoteCell(itemId, lineId, item, line ?? "");
    if (shared) return shared;
  }
  const [field, note] =
    item !== undefined && itemId !== undefined && writtenLength(item) > CELL_TEXT_LIMIT
      ? [itemId, item]
      : line !== undefined && writtenLength(line) > CELL_TEXT_LIMIT
        ? [lineId, line]
        : [lineId, text];
  const written = note === text ? length : writtenLength(note);
  return {
    code: "text-too-long",
    field: `${field} 扣分说明`,
    length: written,
    limit: CELL_TEXT_LIMIT,
    ...(written !== note.length ? { typed: note.length } : {}),
  };
}

/**
 * A text fitted to one cell on purpose, where the layout keeps the whole text elsewhere (the consensus sheet's
 * shown notes, whose full text is in the hidden data cells and the experts' own workbooks; a roll-up's names,
 * whose full text is in the files it names): cut at a character and ended with `marker(length)`, so that the text
 * as written, marker included, fits. A text that fits is returned as it is.
 */
export function fitText(text: string, marker: (length: number) => string): string {
  if (writtenLength(text) <= CELL_TEXT_LIMIT) return text;
  const end = marker(text.length);
  const to = fittingEnd(text, writtenCosts(text), 0, CELL_TEXT_LIMIT - writtenLength(end));
  return text.slice(0, to) + end;
}

/**
 * A text cut into pieces that each fit `size` characters as written (hidden data continued across cells), never
 * inside a surrogate pair; joined again they give the text.
 */
export function chunkText(text: string, size: number): string[] {
  const costs = writtenCosts(text);
  const chunks: string[] = [];
  for (let from = 0; from < text.length;) {
    const to = Math.max(from + 1, fittingEnd(text, costs, from, size));
    chunks.push(text.slice(from, to));
    from = to;
  }
  return chunks;
}

/** The end of the longest piece from `from` whose units' costs fit `room`, not inside a surrogate pair. */
function fittingEnd(text: string, costs: readonly number[], from: number, room: number): number {
  let to = from;
  let used = 0;
  while (to < text.length && used + costs[to]! <= room) used += costs[to++]!;
  const c = text.charCodeAt(to - 1);
  if (to > from && to < text.length && c >= 0xd800 && c <= 0xdbff) to--;
  return to;
}

/**
 * Thrown by {@link assertWritable} where a caller has no other way to answer (the task pane's file downloads): the
 * problems are the refusal, and the pane shows them as it shows the adapter's `unwritable-text`.
 */
export class UnwritableTextError extends Error {
  override readonly name = "UnwritableTextError";
  constructor(readonly problems: readonly Problem[]) {
    super(
      `text too long for a cell: ${problems.map((p) => ("field" in p ? p.field : p.code)).join(", ")}`
    );
  }
}

/** Throws {@link UnwritableTextError} when a model has a text no cell can hold as written; nothing is written. */
export function assertWritable(...models: readonly Pick<WorkbookModel, "sheets">[]): void {
  const problems = models.flatMap(modelTextProblems);
  if (problems.length > 0) throw new UnwritableTextError(problems);
}
