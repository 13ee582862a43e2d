/**
 * Re-evaluation from the previous one (issue 13): a fresh scoresheet whose table sheets show, read-only, the
 * previous deduction, item score, notes and remediation status of every line, in columns after the hidden id
 * columns, so nothing a reader relies on moves (the COL map and the layout version stay as they are). A sheet
 * 上次评估 records what the previous evaluation was. Inputs stay empty: the experts score afresh.
 */
import { cellRange } from "./a1";
import { SheetBuilder, cutToRow, num, text, wrappedLines } from "./builder";
import { MAX_ROW_HEIGHT } from "./model";
import { repaginate } from "./printLayout";
import type { CellModel, ColumnModel, SheetModel, WorkbookModel } from "./model";
import { COL, HEADER_ROW } from "./tableColumns";
import { SUMMARY_SHEET } from "./summarySheet";

export const PREVIOUS_SHEET = "上次评估";

/** Where the previous evaluation's columns sit on a table sheet: after the hidden id columns. */
export const PREVIOUS_COL = {
  id: COL.itemId + 1,
  deduction: COL.itemId + 2,
  itemScore: COL.itemId + 3,
  note: COL.itemId + 4,
  plan: COL.itemId + 5,
} as const;

/** The five columns (built when used, so a test run of the table sheet covers them). */
const previousColumns = (): readonly ColumnModel[] => [
  // Printed as a second band of pages (printLayout.ts) that names its own rows: repeating the sheet's first
  // columns instead printed the parts of the title, subtotal and signature merged across them, cut off.
  { header: "编号", width: 9, bandStart: true },
  { header: "上次扣分/填写", width: 8 },
  { header: "上次本项得分", width: 8 },
  { header: "上次说明", width: 24 },
  { header: "整改状态", width: 8 },
];

/** What the previous evaluation said about one row (a line id, or an item id for the A.7 award items). */
export interface PreviousRow {
  /** The line's deduction (a number), or what was entered on an award item ("92.5%", "省级"). */
  readonly entry?: number | string;
  /** The item's score; shown on the item's first row. */
  readonly itemScore?: number;
  readonly note?: string;
  /** 未开始 / 进行中 / 已完成, from the remediation plan. */
  readonly plan?: string;
}

export interface PreviousEvaluation {
  /** "评估报告 2026-11-28 张三：总分435分，合格" and the like: one line per fact, shown on 上次评估. */
  readonly facts: readonly (readonly [string, string])[];
  /** Previous subtotals by table id. */
  readonly tables: readonly {
    readonly id: string;
    readonly title: string;
    readonly score: number;
  }[];
  readonly rows: ReadonlyMap<string, PreviousRow>;
}

/** 10 pt text at 14 pt a line, 4 pt of padding: the lines the tallest row Excel takes (409 pt) holds, 28. */
const noteLines = (): number => Math.floor((MAX_ROW_HEIGHT - 4) / 14);

/**
 * The previous notes as shown: what prints whole in one row (the scoresheet's rows are fixed, one line each, with
 * formulas, so the notes cannot go on below). A consensus joins every expert's note, so together they may run far
 * past a row, or a cell's 32,767 characters; only shown (nothing reads them back), they are cut between notes where
 * they can, with a marker naming their length and where the whole text is, as the 共识 sheet shows them. Before,
 * the cell held them all and the printed sheet clipped them without a word.
 */
function shownNote(note: string): string {
  // Cut by the 11 pt estimate (fewer characters a line than 10 pt), keeping 4 lines for the marker at this width.
  return cutToRow(
    note,
    previousColumns()[3]!.width,
    noteLines() - 4,
    (length) => `……（共${length}字，此处只显示开头；全文见上次的评估报告和评分表）`
  );
}

function textOf(cell: CellModel | undefined): string {
  return cell?.content.kind === "text" ? cell.content.text : "";
}

/** A table sheet with the previous evaluation's columns appended. */
function withColumns(sheet: SheetModel, prev: PreviousEvaluation): SheetModel {
  const cells: CellModel[] = [...sheet.cells];
  const heights = new Map(sheet.rowHeights);
  const at = (row: number, col: number): CellModel | undefined =>
    sheet.cells.find((c) => c.row === row && c.col === col);
  const add = (
    row: number,
    col: number,
    content: CellModel["content"],
    style: CellModel["style"]
  ) => cells.push({ row, col, content, style, locked: true });
  const columns = previousColumns();
  columns.forEach((c, k) => add(HEADER_ROW, PREVIOUS_COL.id + k, text(c.header), "header"));
  const seen = new Set<string>();
  // A sheet's cells are in row-major order (SheetBuilder.build, repaginate), so its rows are too.
  const rows = [...new Set(sheet.cells.map((c) => c.row))];
  for (const row of rows) {
    const id = textOf(at(row, COL.id));
    const itemId = textOf(at(row, COL.itemId)) || id;
    if (!/^A\.\d/.test(id)) continue; // the header row holds "编号" in the id column
    const p = prev.rows.get(id);
    const first = !seen.has(itemId);
    seen.add(itemId);
    const entry = p?.entry;
    add(row, PREVIOUS_COL.id, text(id), "textCenter");
    add(
      row,
      PREVIOUS_COL.deduction,
      entry === undefined ? text("") : typeof entry === "number" ? num(entry) : text(entry),
      "textCenter"
    );
    const score = first ? (prev.rows.get(itemId)?.itemScore ?? p?.itemScore) : undefined;
    add(row, PREVIOUS_COL.itemScore, score === undefined ? text("") : num(score), "textCenter");
    const note = shownNote(p?.note ?? "");
    add(row, PREVIOUS_COL.note, text(note), "text");
    add(row, PREVIOUS_COL.plan, text(p?.plan ?? ""), "textCenter");
    // Each expert's note is its own paragraph (the consensus joins them by line).
    const lines = wrappedLines(note, columns[3]!.width, 10);
    if (lines > 1) heights.set(row, Math.max(heights.get(row) ?? 0, lines * 14 + 4));
  }
  return repaginate({
    ...sheet,
    columns: [...sheet.columns, ...columns],
    // Stable: within a row the sheet's cells stay first, in column order, then the added ones (columns 14–18).
    cells: cells.sort((a, b) => a.row - b.row),
    rowHeights: heights,
  });
}

function previousSheet(prev: PreviousEvaluation): SheetModel {
  const b = new SheetBuilder(PREVIOUS_SHEET, "summary", [
    { header: "", width: 18 },
    { header: "", width: 40 },
    { header: "", width: 12 },
  ]);
  b.setMerged(cellRange(0, 0, 1, 3), text("上次评估（只读，供复评参考）"), "title").height(0, 28);
  const note =
    "各评价表右侧的“上次扣分/填写”“上次本项得分”“上次说明”“整改状态”列为上次评估的结果，只读。本次评分请在黄色单元格重新填写，不沿用上次的分数。";
  b.setMerged(cellRange(1, 0, 1, 3), text(note), "subtitle").fitRow(1, [
    { col: 0, text: note, span: 3 },
  ]);
  let row = 3;
  for (const [label, value] of prev.facts) {
    b.set(row, 0, text(label), "header");
    b.setMerged(cellRange(row, 1, 1, 2), text(value), "text");
    row++;
  }
  row++;
  ["表", "名称", "上次得分"].forEach((h, col) => b.set(row, col, text(h), "header"));
  row++;
  for (const t of prev.tables) {
    b.set(row, 0, text(t.id), "textCenter");
    b.set(row, 1, text(t.title), "text");
    b.set(row, 2, num(t.score), "number");
    row++;
  }
  b.print = { orientation: "portrait", fitToWidth: true };
  return b.build();
}

/**
 * The scoresheet with the previous evaluation shown beside every line and the 上次评估 sheet after the summary.
 * Cells are added, none moved: every reader finds the inputs where it always did.
 */
export function withPreviousEvaluation(
  model: WorkbookModel,
  prev: PreviousEvaluation
): WorkbookModel {
  const sheets = model.sheets.map((s) => (s.kind === "table" ? withColumns(s, prev) : s));
  const summary = sheets.findIndex((s) => s.name === SUMMARY_SHEET);
  sheets.splice(summary + 1, 0, previousSheet(prev));
  return { ...model, sheets };
}
