/**
 * 薄弱项 lists the standard's items and lines by the share of units losing points. A requirement longer than its
 * 48-wide column wraps, and no host grows the row of a file it opens, so each row is fitted to its text: one line
 * keeps the default height, more lines get 15 pt each (as every wrapped text the layout writes).
 */
import { buildRollup, buildRollupWorkbook } from "../../src/rollup";
import { WEAKEST_SHEET } from "../../src/rollup/workbook";
import { wrappedLines } from "../../src/layout/builder";
import { rollupUnit } from "../support/rollupUnits";

test("each 薄弱项 row is as tall as its requirement's wrapped lines", () => {
  const model = buildRollupWorkbook(
    buildRollup(
      [rollupUnit({ file: "甲.xlsx", sha256: "ab".repeat(32), organization: "甲市" })],
      []
    )
  );
  const sheet = model.sheets.find((s) => s.name === WEAKEST_SHEET)!;
  const rows = sheet.cells.filter((c) => c.row >= 3 && c.col === 4);
  expect(rows.length).toBeGreaterThan(100);
  const width = sheet.columns[4]!.width;
  const tall = rows.filter(
    (c) => c.content.kind === "text" && wrappedLines(c.content.text, width) > 1
  );
  // The standard has requirements of more than 24 full-width characters (A.1.2.1's is 33).
  expect(tall.length).toBeGreaterThan(5);
  for (const c of rows) {
    const lines = c.content.kind === "text" ? wrappedLines(c.content.text, width) : 0;
    expect([c.row, sheet.rowHeights.get(c.row)]).toEqual([
      c.row,
      lines > 1 ? lines * 15 + 4 : undefined,
    ]);
  }
});
