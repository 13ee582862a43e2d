/**
 * Where printed pages begin and end (issue 11): the print area stops at the last visible column, and a block of
 * rows merged together (an item's cells) never crosses a page break.
 */
import fc from "fast-check";
import { emptyEvaluation } from "../../src/engine";
import {
  A4,
  COL,
  PRINT_MARGINS,
  buildTableSheet,
  paginate,
  printAreaA1,
  repaginate,
} from "../../src/layout";
import type { ColumnModel, PrintModel, RangeModel, SheetModel } from "../../src/layout";
import { STANDARD } from "../../src/standard";

const col = (width: number, hidden = false): ColumnModel => ({ header: "", width, hidden });
const portrait: PrintModel = { orientation: "portrait", fitToWidth: true };
/** Printable height of an A4 portrait page at scale 1, with the layout's 3% margin for the host's rounding. */
const PORTRAIT_ROWS = Math.floor(
  ((A4.height - PRINT_MARGINS.top - PRINT_MARGINS.bottom) * 0.97) / 15
);
const merge = (row: number, rows: number): RangeModel => ({ row, col: 0, rows, cols: 1 });

describe("print area", () => {
  it.each([
    ["trailing hidden columns left out", [col(10), col(10), col(8, true), col(8, true)], 2],
    ["hidden columns between visible ones kept in", [col(10), col(8, true), col(10)], 3],
    ["no hidden column", [col(10), col(10), col(10)], 3],
  ])("%s", (_name, columns, cols) => {
    const { area } = paginate({
      columns,
      rowHeights: new Map(),
      rowCount: 12,
      merges: [],
      print: portrait,
    });
    expect(area).toEqual({ row: 0, col: 0, rows: 12, cols });
  });

  it("is written as Excel writes a print area", () => {
    expect(printAreaA1({ row: 0, col: 0, rows: 16, cols: 6 })).toBe("A$1:F$16");
  });
});

describe("page breaks keep merged blocks whole", () => {
  const columns = [col(10)];
  const sheet = (rowCount: number, merges: RangeModel[], print: PrintModel = portrait) =>
    paginate({ columns, rowHeights: new Map(), rowCount, merges, print });

  it("adds no break to a sheet without merged rows", () => {
    expect(sheet(500, []).rowBreaks).toEqual([]);
  });

  it("moves a block that would cross the page's end to the next page", () => {
    // The page holds PORTRAIT_ROWS rows of 15 pt; a 4-row block starting 2 rows before the end moves whole.
    const start = PORTRAIT_ROWS - 2;
    expect(sheet(PORTRAIT_ROWS + 10, [merge(start, 4)]).rowBreaks).toEqual([start]);
  });

  it("leaves a block that ends exactly at the page's end where it is", () => {
    const start = PORTRAIT_ROWS - 4;
    expect(sheet(PORTRAIT_ROWS + 10, [merge(start, 4)]).rowBreaks).toEqual([PORTRAIT_ROWS]);
  });

  it("leaves a block taller than a page to cross pages (a 评价项目 cell spanning a whole table)", () => {
    const { rowBreaks } = sheet(3 * PORTRAIT_ROWS, [merge(0, 3 * PORTRAIT_ROWS)]);
    expect(rowBreaks).toEqual([]);
  });

  it("counts the repeated title rows on every page after the first", () => {
    const titled: PrintModel = { ...portrait, titleRows: { from: 0, to: 1 } };
    const merges = Array.from({ length: 40 }, (_, i) => merge(2 + 3 * i, 3));
    const { rowBreaks } = sheet(122, merges, titled);
    // First page: 2 title rows + 3-row blocks; later pages: the 2 title rows repeat, then blocks.
    const perFirst = Math.floor((PORTRAIT_ROWS - 2) / 3);
    expect(rowBreaks[0]).toBe(2 + 3 * perFirst);
    expect(rowBreaks[1]! - rowBreaks[0]!).toBe(3 * Math.floor((PORTRAIT_ROWS - 2) / 3));
  });

  it("property: no kept block crosses a break, and no page holds more than a page", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.constantFrom(15, 30, 64, 120, 184), { maxLength: 300 }),
        (sizes, heightsList) => {
          const merges: RangeModel[] = [];
          let row = 3;
          for (const s of sizes) {
            if (s > 1) merges.push(merge(row, s));
            row += s;
          }
          const rowHeights = new Map(heightsList.map((h, i) => [i, h] as const));
          const print: PrintModel = { ...portrait, titleRows: { from: 2, to: 2 } };
          const { rowBreaks } = paginate({ columns, rowHeights, rowCount: row, merges, print });
          const height = (r: number) => rowHeights.get(r) ?? 15;
          const capacity = (A4.height - PRINT_MARGINS.top - PRINT_MARGINS.bottom) * 0.97;
          for (const m of merges) {
            let h = 0;
            for (let r = m.row; r < m.row + m.rows; r++) h += height(r);
            if (h > capacity - height(2)) continue;
            for (const b of rowBreaks) expect(b > m.row && b < m.row + m.rows).toBe(false);
          }
          const starts = [0, ...rowBreaks, row];
          for (let p = 0; p + 1 < starts.length; p++) {
            let h = p > 0 ? height(2) : 0;
            for (let r = starts[p]!; r < starts[p + 1]!; r++) h += height(r);
            const single = merges.some(
              (m) => m.row === starts[p] && m.row + m.rows === starts[p + 1]
            );
            if (!single) expect(h).toBeLessThanOrEqual(capacity + 1e-9);
          }
          expect([...rowBreaks].sort((a, b) => a - b)).toEqual(rowBreaks);
        }
      )
    );
  });
});

describe("the scoresheet's table sheets", () => {
  /**
   * The table sheets, built inside the test that calls it: Stryker credits a test only with the code run while
   * the test runs, not in `describe` or `beforeAll` (README, Mutation testing), so each test builds what it checks.
   * A sheet is named by its table's id.
   */
  const tableSheets = (): SheetModel[] =>
    STANDARD.tables.map((t) => buildTableSheet(t, undefined).sheet);

  it.each(STANDARD.tables.map((t) => [t.id, t] as const))(
    "%s: no item's merged cells cross a page break, the signature stays with the last item, hidden id columns do not print",
    (_name, t) => {
      const s = buildTableSheet(t, undefined).sheet;
      const breaks = s.print?.rowBreaks ?? [];
      const items = s.merges.filter((m) => m.rows > 1 && m.col > 0);
      for (const m of items)
        for (const b of breaks) expect(b > m.row && b < m.row + m.rows).toBe(false);
      // The signature stays with the last item and the subtotal: never alone on a page.
      const signature = s.cells.find(
        (c) => c.content.kind === "text" && c.content.text.startsWith("评估人（签字）")
      )!.row;
      const keep = s.print!.keep![0]!;
      expect(keep.row + keep.rows - 1).toBe(signature);
      for (const b of breaks) expect(b > keep.row && b <= signature).toBe(false);
      const area = s.print!.area!;
      expect(s.columns.slice(area.cols).every((c) => c.hidden)).toBe(true);
      expect(s.columns[area.cols - 1]!.hidden).toBeFalsy();
    }
  );

  it("A.4 (62 rows of requirements) is cut into pages at item boundaries", () => {
    const sheets = tableSheets();
    const a4 = sheets.find((s) => s.name === "A.4")!;
    expect(a4.print?.rowBreaks?.length).toBeGreaterThan(0);
  });

  it("a note already written grows its row, so the plan's reason prints whole", () => {
    const a3 = STANDARD.tables.find((t) => t.id === "A.3")!;
    const item = a3.items.find((i) => i.id === "A.3.3")!;
    const reason = "不适用（评估方案，7.2）：本市无跨部门联办事项，评估组于2026年12月1日界定";
    const evaluation = {
      ...emptyEvaluation(),
      items: { [item.id]: { status: "na" as const, notes: { [item.id]: reason } } },
    };
    const plain = buildTableSheet(a3, undefined).sheet;
    const noted = buildTableSheet(a3, evaluation).sheet;
    const row = noted.cells.find(
      (c) =>
        c.col === COL.note && c.content.kind === "text" && c.content.text.includes("本市无跨部门")
    )!.row;
    // 22 characters wide, about 40 full-width characters of note: at least 4 lines of 15 pt.
    expect(noted.rowHeights.get(row) ?? 15).toBeGreaterThanOrEqual(4 * 15);
    expect(noted.rowHeights.get(row) ?? 15).toBeGreaterThan(plain.rowHeights.get(row) ?? 15);
  });

  it("a sheet changed after it was built is paginated again", () => {
    const sheets = tableSheets();
    const a1 = sheets[0]!;
    const taller = repaginate({ ...a1, rowHeights: new Map([...a1.rowHeights, [5, 400]]) });
    expect(taller.print?.rowBreaks).not.toEqual(a1.print?.rowBreaks);
  });
});
