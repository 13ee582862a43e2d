/**
 * A mutable helper that collects one sheet's cells, merges, rules and formats, then freezes into a SheetModel.
 */
import type {
  CellContent,
  CellModel,
  ChartModel,
  ColumnModel,
  ConditionalFormatModel,
  PrintModel,
  RangeModel,
  SheetKind,
  SheetModel,
  StyleId,
  ValidationModel,
} from "./model";
import { MAX_ROW_HEIGHT } from "./model";
import { paginate, printed } from "./printLayout";
import { STYLES } from "./styles";

/** Text content; a string is always text, never a formula, whatever it starts with. */
export function text(t: string): CellContent {
  return { kind: "text", text: t };
}
/** Number content. */
export function num(value: number): CellContent {
  return { kind: "number", value };
}
/** Formula content (no leading "="). */
export function formula(f: string): CellContent {
  return { kind: "formula", formula: f };
}
export const EMPTY: CellContent = { kind: "empty" };

/**
 * How many lines a text wraps to in a column `width` characters wide (Excel's unit), at `fontSize` points: a
 * full-width character takes 2, any other 1.1; each paragraph starts a line; a run of Latin letters and digits
 * is not split, as the hosts wrap ("A.4 (115，标注120)" takes 4 lines in 8 characters, not 3). An estimate on
 * the safe side.
 */
export function wrappedLines(text: string, width: number, fontSize = 11): number {
  const scale = fontSize / 11;
  const room = Math.max(1, width - 1);
  let total = 0;
  for (const para of text.split("\n")) {
    let lines = 1;
    let used = 0;
    // Tokens: one full-width character, or a run of other non-space characters, or a space.
    for (const token of para.match(/[\u1100-\uffff]|[^\s\u1100-\uffff]+|\s/g) ?? []) {
      let w = 0;
      for (const ch of token) w += (/[\u1100-\uffff]/.test(ch) ? 2 : 1.1) * scale;
      if (used > 0 && used + w > room && token.trim() !== "") {
        lines++;
        used = 0;
      }
      // A run wider than the column is split by the host wherever it must.
      while (w > room) {
        w -= room;
        lines++;
      }
      used += w;
    }
    total += lines;
  }
  return total;
}

/** How many lines of 11 pt text (15 pt each, 4 pt of padding) the tallest row Excel takes holds: 27. */
export const LINES_PER_ROW = Math.floor((MAX_ROW_HEIGHT - 4) / 15);

/**
 * Cuts a text into pieces that each wrap to at most `maxLines` lines in a column `width` characters wide (by
 * {@link wrappedLines}' estimate), so that no piece is clipped by a row capped at {@link MAX_ROW_HEIGHT}: between
 * paragraphs where it can, inside a paragraph (between characters) only where one paragraph alone is longer.
 * Nothing is dropped: the pieces hold every character, in order, without the "\n" a cut between paragraphs
 * falls on. A text that fits is one piece.
 */
export function splitWrapped(text: string, width: number, maxLines = LINES_PER_ROW): string[] {
  const fits = (t: string): boolean => wrappedLines(t, width) <= maxLines;
  if (fits(text)) return [text];
  // Each part with whether it goes on the paragraph of the part before it (then never joined to it by "\n").
  const parts: { text: string; goesOn: boolean }[] = [];
  for (const para of text.split("\n")) {
    let rest = Array.from(para);
    let goesOn = false;
    while (!fits(rest.join(""))) {
      // The longest prefix that fits; at least one character, so a column narrower than one always moves on.
      let lo = 1;
      let hi = rest.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(rest.slice(0, mid).join(""))) lo = mid;
        else hi = mid - 1;
      }
      parts.push({ text: rest.slice(0, lo).join(""), goesOn });
      rest = rest.slice(lo);
      goesOn = true;
    }
    parts.push({ text: rest.join(""), goesOn });
  }
  const pieces: string[] = [];
  for (const { text: part, goesOn } of parts) {
    const last = pieces.length - 1;
    const joined = last >= 0 ? `${pieces[last]!}\n${part}` : part;
    if (last >= 0 && !goesOn && fits(joined)) pieces[last] = joined;
    else pieces.push(part);
  }
  return pieces;
}

/**
 * A display-only text cut to what one row shows whole, for a cell whose row cannot go on below (it holds one
 * item and its formulas): the beginning, as {@link splitWrapped} cuts it at `maxLines` lines of a column `width`
 * characters wide, then `marker(length)` (the whole text's length in characters, so the marker can say where
 * the rest is). Keep room in `maxLines` for the marker's own lines. A text that fits is returned as it is.
 */
export function cutToRow(
  text: string,
  width: number,
  maxLines: number,
  marker: (length: number) => string
): string {
  const [first, ...rest] = splitWrapped(text, width, maxLines);
  return rest.length === 0 ? text : `${first!}${marker(Array.from(text).length)}`;
}

export class SheetBuilder {
  private readonly cells = new Map<string, CellModel>();
  private readonly merges: RangeModel[] = [];
  private readonly validations: ValidationModel[] = [];
  private readonly conditionalFormats: ConditionalFormatModel[] = [];
  private readonly charts: ChartModel[] = [];
  private readonly rowHeights = new Map<number, number>();
  /** Rows the printed page must not split, beyond the merged blocks (see keepTogether). */
  private readonly kept: RangeModel[] = [];
  print?: PrintModel;
  freeze?: { rows: number; cols: number };
  state: SheetModel["state"] = "visible";
  protect = true;
  tabColor?: string;

  constructor(
    readonly name: string,
    readonly kind: SheetKind,
    readonly columns: readonly ColumnModel[]
  ) {}

  /** Sets a cell; later calls replace earlier ones. */
  set(row: number, col: number, content: CellContent, style: StyleId, locked = true): this {
    this.cells.set(`${row},${col}`, { row, col, content, style, locked });
    return this;
  }

  /** Sets a cell and merges it across a range whose top-left it is. */
  setMerged(range: RangeModel, content: CellContent, style: StyleId): this {
    this.set(range.row, range.col, content, style);
    for (let r = range.row; r < range.row + range.rows; r++) {
      for (let c = range.col; c < range.col + range.cols; c++)
        if (r !== range.row || c !== range.col) this.set(r, c, EMPTY, style);
    }
    if (range.rows > 1 || range.cols > 1) this.merges.push(range);
    return this;
  }

  validate(rule: ValidationModel): this {
    this.validations.push(rule);
    return this;
  }

  highlight(cf: ConditionalFormatModel): this {
    this.conditionalFormats.push(cf);
    return this;
  }

  chart(chart: ChartModel): this {
    this.charts.push(chart);
    return this;
  }

  /**
   * Keeps rows `from`..`to` (0-based, inclusive) on one printed page, as a merged block is kept: a sheet's last
   * item with its subtotal and signature line, so a signature never stands alone on a page.
   */
  keepTogether(from: number, to: number): this {
    if (to > from) this.kept.push({ row: from, col: 0, rows: to - from + 1, cols: 1 });
    return this;
  }

  /**
   * Asks for a row at least `points` tall; never taller than {@link MAX_ROW_HEIGHT}, which Excel's files and
   * Office.js's `rowHeight` both refuse (a wrapped text of many lines asks for more: it then scrolls in its cell).
   */
  height(row: number, points: number): this {
    this.rowHeights.set(
      row,
      Math.min(MAX_ROW_HEIGHT, Math.max(points, this.rowHeights.get(row) ?? 0))
    );
    return this;
  }

  /**
   * Row height for wrapped text: enough lines for the longest cell given the column widths. Excel, WPS and
   * LibreOffice do not grow merged or unopened rows themselves, so every wrapped text needs this. `fontSize`
   * (points) scales the estimate for small print; the line height follows it unless given.
   */
  fitRow(
    row: number,
    texts: readonly { col: number; text: string; span?: number }[],
    lineHeight?: number,
    fontSize = 11
  ): this {
    const line = lineHeight ?? (fontSize === 11 ? 15 : Math.ceil(fontSize * 1.4));
    let lines = 1;
    for (const t of texts) {
      const width = this.columns
        .slice(t.col, t.col + (t.span ?? 1))
        .reduce((s, c) => s + c.width, 0);
      lines = Math.max(lines, wrappedLines(t.text, width, fontSize));
    }
    if (lines > 1) this.height(row, lines * line + 4);
    return this;
  }

  /** The sheet's print setup with its print area and page breaks worked out (printLayout.ts). */
  private printed(cells: readonly CellModel[]): PrintModel {
    const print = this.print!;
    const withKept: PrintModel = this.kept.length > 0 ? { ...print, keep: [...this.kept] } : print;
    const rowCount = cells.reduce((n, c) => Math.max(n, c.row + 1), 0);
    return printed(
      withKept,
      paginate({
        columns: this.columns,
        rowHeights: this.rowHeights,
        rowCount,
        merges: this.merges,
        print: withKept,
      })
    );
  }

  /**
   * Grows every row whose wrapped text needs more than one line: in one cell or merged across the row's
   * columns (a block merged down several rows is sized by its sheet). Excel clips such text, LibreOffice prints
   * it over the next row, and neither grows a row it has not laid out itself (issue 11).
   */
  private fitWrapped(cells: readonly CellModel[]): void {
    const merged = new Map(this.merges.map((m) => [`${m.row},${m.col}`, m]));
    for (const cell of cells) {
      if (cell.content.kind !== "text" || cell.content.text === "") continue;
      const style = STYLES[cell.style];
      if (!style.wrap) continue;
      const merge = merged.get(`${cell.row},${cell.col}`);
      if (merge && merge.rows > 1) continue;
      this.fitRow(
        cell.row,
        [{ col: cell.col, text: cell.content.text, span: merge?.cols ?? 1 }],
        undefined,
        style.font?.size ?? 10
      );
    }
  }

  /** The frozen sheet model, cells in row-major order. */
  build(): SheetModel {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    this.fitWrapped(cells);
    return {
      name: this.name,
      kind: this.kind,
      state: this.state,
      columns: this.columns,
      rowHeights: new Map(this.rowHeights),
      cells,
      merges: [...this.merges],
      validations: [...this.validations],
      conditionalFormats: [...this.conditionalFormats],
      protect: this.protect,
      ...(this.print ? { print: this.printed(cells) } : {}),
      ...(this.freeze ? { freeze: this.freeze } : {}),
      charts: [...this.charts],
      ...(this.tabColor ? { tabColor: this.tabColor } : {}),
    };
  }
}
