/**
 * The roll-up's 单位 sheet as an Excel table (issue 14): filters, data bars on totals, red for 不合格. The .xlsx is
 * read back as XML; the Office.js writer is checked on a recording worksheet and on the simulated host, which has
 * neither tables nor data bars and skips them with a warning instead of failing the write.
 */
import { OOXML_READY, ooxmlProblems, ooxmlReports } from "../support/ooxml";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { computedTotal } from "../../src/standard";
import { buildRollup, buildRollupWorkbook, UNITS_SHEET } from "../../src/rollup";
import type { RollupUnit } from "../../src/rollup";
import { UNITS_TABLE } from "../../src/rollup/unitsSheet";
import { writeXlsx } from "../../src/writers/xlsx";
import { queueTablesAndBars } from "../../src/office/writeTables";
import { unzip } from "../support/zip";
import { recordingWorksheet } from "../office/recorder";
import { LEVELS, rollupUnit, tablesOf } from "../support/rollupUnits";

/** 单位i, at the levels in turn: every third unit totals 300, the others 450 (400 and over pass here). */
function unit(i: number): RollupUnit {
  const total = i % 3 === 0 ? 300 : 450;
  return rollupUnit({
    file: `u${i}.xlsx`,
    sha256: "0".repeat(64),
    organization: `单位${i}`,
    level: LEVELS[i % 4],
    date: "2026-11-01",
    tables: tablesOf("10"),
    exactTotal: String(total),
    verdict: total >= 400 ? "合格" : "不合格",
  });
}

const rollup = buildRollup(
  Array.from({ length: 7 }, (_, i) => unit(i)),
  []
);
const model = buildRollupWorkbook(rollup);
const units = model.sheets.find((s) => s.name === UNITS_SHEET)!;

const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe("the units sheet's table and data bars in the layout model", () => {
  it("has one table over the header and unit rows, its columns the header texts, clear of merged cells", () => {
    expect(units.tables).toHaveLength(1);
    const table = units.tables![0]!;
    expect(table).toMatchObject({ name: UNITS_TABLE, autoFilter: true });
    expect(table.ref).toEqual({ row: 2, col: 0, rows: 8, cols: table.columns.length });
    for (const [col, name] of table.columns.entries()) {
      const cell = units.cells.find((c) => c.row === table.ref.row && c.col === col);
      expect(cell?.content).toEqual({ kind: "text", text: name });
    }
    expect(new Set(table.columns).size).toBe(table.columns.length);
    const inside = (r: number, c: number) =>
      r >= table.ref.row &&
      r < table.ref.row + table.ref.rows &&
      c >= table.ref.col &&
      c < table.ref.col + table.ref.cols;
    for (const m of units.merges)
      for (let r = m.row; r < m.row + m.rows; r++)
        for (let c = m.col; c < m.col + m.cols; c++) expect(inside(r, c)).toBe(false);
  });

  it("shows A.4's maximum and the total's with the figures the standard declares (115/120, 495/500)", () => {
    const header = (col: number) => units.cells.find((c) => c.row === 2 && c.col === col)?.content;
    expect(header(6)).toEqual({ kind: "text", text: "A.1 (60)" });
    expect(header(9)).toEqual({ kind: "text", text: "A.4 (115，标注120)" });
    expect(header(13)).toEqual({ kind: "text", text: "总分 (495，标注500)" });
    // It starts after the columns repeated on the second printed band (序号, 单位).
    const subtitle = units.cells.find((c) => c.row === 1 && c.col === 2)?.content;
    expect(subtitle).toMatchObject({ kind: "text" });
    expect((subtitle as { text: string }).text).toContain(
      "8.2规定满分500分，附录A各项分值之和为495分（表A.4标注120分，各项之和115分）"
    );
  });

  it("has data bars on the totals from 0 to the computed maximum", () => {
    const bars = units.conditionalFormats.filter((cf) => cf.kind === "dataBar");
    expect(bars).toEqual([
      expect.objectContaining({
        range: { row: 3, col: 13, rows: 7, cols: 1 },
        min: 0,
        max: computedTotal(),
      }),
    ]);
  });
});

describe("the written .xlsx", () => {
  let parts: Map<string, Buffer>;
  let file: string;
  beforeAll(async () => {
    const bytes = await writeXlsx(model);
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-table-")), "rollup.xlsx");
    fs.writeFileSync(file, bytes);
    parts = unzip(Buffer.from(bytes));
  });
  const text = (name: string) => parts.get(name)!.toString("utf8");

  it("holds the table with its name, range, filter and columns as the model has them", () => {
    const tables = [...parts.keys()].filter((k) => /^xl\/tables\/.+\.xml$/.test(k));
    expect(tables).toHaveLength(1);
    const xml = text(tables[0]!);
    const table = units.tables![0]!;
    expect(attr(xml, "name")).toBe(UNITS_TABLE);
    expect(attr(xml, "ref")).toBe("A3:S10");
    expect(/<autoFilter ref="A3:S10"/.test(xml)).toBe(true);
    expect(xml).not.toContain('hiddenButton="1"');
    const names = [...xml.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(table.columns);
    expect(attr(/<tableStyleInfo[^>]*>/.exec(xml)![0], "name")).toBe("TableStyleLight9");
  });

  it("writes the header cells as strings and the data bar and the red rule on the totals", () => {
    const sheet = text("xl/worksheets/sheet1.xml");
    expect(sheet).toContain("<tablePart ");
    const header = /<row r="3"[^>]*>(.*?)<\/row>/.exec(sheet)![1]!;
    const cells = [...header.matchAll(/<c r="([A-Z]+)3"([^>]*)>/g)];
    const inTable = cells.filter((m) => m[1]!.length === 1 && m[1]! <= "S");
    expect(inTable).toHaveLength(19);
    for (const m of inTable) expect(attr(m[2]!, "t")).toBe("s");
    const bar =
      /<conditionalFormatting sqref="N4:N10"><cfRule type="dataBar"[^>]*>(.*?)<\/cfRule>/.exec(
        sheet
      );
    expect(bar).not.toBeNull();
    expect([...bar![1]!.matchAll(/<cfvo type="num" val="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "0",
      String(computedTotal()),
    ]);
    expect(sheet).toMatch(
      /<conditionalFormatting sqref="N4:O10"><cfRule type="expression"[^>]*><formula>\$O4=&quot;不合格&quot;<\/formula>/
    );
    const priorities = [...sheet.matchAll(/<cfRule [^>]*priority="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  (OOXML_READY ? it : it.skip)("passes ECMA-376 and Excel's repair checks (tools/ooxml)", () => {
    expect(ooxmlProblems(ooxmlReports([file])[file]!)).toEqual([[], []]);
  });
});

describe("the Office.js writer", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("queues the table and the data bar on a host that has them", () => {
    (globalThis as { Excel?: unknown }).Excel = { ConditionalFormatType: { dataBar: "DataBar" } };
    const { ws, log } = recordingWorksheet();
    expect(queueTablesAndBars(ws, units)).toEqual([]);
    const paths = log.map((r) => `${r.op} ${r.path} ${JSON.stringify(r.value)}`);
    expect(paths).toContainEqual(expect.stringContaining('call ws.tables.add ["<object>","true"]'));
    expect(paths).toContainEqual(expect.stringContaining(`.name "${UNITS_TABLE}"`));
    expect(paths).toContainEqual(expect.stringContaining('.style "TableStyleLight9"'));
    expect(paths).toContainEqual(expect.stringContaining(".showFilterButton true"));
    expect(paths).toContainEqual(
      expect.stringContaining(
        'call ws.getRangeByIndexes(3,13,7,1).conditionalFormats.add ["\\"DataBar\\""]'
      )
    );
    expect(paths).toContainEqual(
      expect.stringContaining('.dataBar.upperBoundRule {"type":"Number"')
    );
  });

  it("skips both, reported, where the host lacks them", () => {
    const { ws } = recordingWorksheet();
    const noTables = Object.defineProperty(Object.create(ws), "tables", { value: undefined });
    expect(queueTablesAndBars(noTables as Excel.Worksheet, units)).toEqual(["table", "dataBar"]);
  });
});
