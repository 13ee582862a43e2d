/**
 * The .xlsx writer's streaming path (issue 14: a 10,000-unit roll-up took 568 MB in ExcelJS's document writer)
 * writes the same workbook as the document writer. Both files are read back with ExcelJS and compared whole:
 * every sheet, cell value, formula and style, merge, column, row height, validation, conditional format, table,
 * print setting, protection and defined name. A roll-up of a few units is streamed by forcing it; a scoresheet
 * (protected sheets, input validations, hidden sheets, defined names, empty styled cells) checks the rest of the
 * model.
 */
import { OOXML_READY, ooxmlProblems, ooxmlReports } from "../support/ooxml";
import { parts, readBack } from "../support/packageParts";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildRollup, buildRollupWorkbook } from "../../src/rollup";
import type { RollupUnit } from "../../src/rollup";
import { buildScoresheet } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";
import { STREAM_CELLS, streams, writeXlsx } from "../../src/writers/xlsx/writeXlsx";
import { LEVELS, rollupUnit, tablesOf } from "../support/rollupUnits";

function unit(i: number): RollupUnit {
  const total = i % 3 === 0 ? 300 : 450.5;
  return rollupUnit({
    file: `returns/${LEVELS[i % 4]}/u${i}.xlsx`,
    sha256: i.toString(16).padStart(64, "0"),
    // Unit 5 is a duplicate of unit 1 (same organization and level, earlier date); one name looks like a formula.
    organization: i === 5 ? "单位1" : i === 2 ? "=1+1单位" : `单位${i}`,
    level: LEVELS[i % 4],
    date: i === 5 ? "2026-10-01" : "2026-11-01",
    kind: i === 0 ? "consensus" : "single",
    experts: i === 0 ? 3 : 1,
    tables: tablesOf(i === 0 ? "28/3" : "10"),
    exactTotal: i === 0 ? "1441/3" : String(total),
    verdict: total >= 400 ? "合格" : "不合格",
    losses: new Map(i % 2 === 0 ? [["A.1.1", "2"]] : []),
  });
}

const rollupOf = (n: number): WorkbookModel =>
  buildRollupWorkbook(
    buildRollup(
      Array.from({ length: n }, (_, i) => unit(i)),
      [{ file: "bad.xlsx", reasons: ["不是评分表"], reasonsEn: ["not a scoresheet"] }]
    )
  );

describe("the streaming writer", () => {
  const small = rollupOf(9);
  let document: Uint8Array;
  let streamed: Uint8Array;
  beforeAll(async () => {
    document = await writeXlsx(small, "document");
    streamed = await writeXlsx(small, "streaming");
  });

  it("writes a roll-up that reads back as the document writer's, cell by cell", async () => {
    const [a, b] = await Promise.all([readBack(document), readBack(streamed)]);
    expect(b).toEqual(a);
    // The comparison has something to compare: the units, their table and the data bar are there.
    const units = (b as { worksheets: { name: string; tables: unknown[]; rows: unknown[] }[] })
      .worksheets[0]!;
    expect(units.name).toBe("单位");
    expect(units.tables).toHaveLength(1);
    expect(units.rows.length).toBeGreaterThanOrEqual(12);
  });

  it("writes the same parts, the table's XML byte for byte", () => {
    const [a, b] = [parts(document), parts(streamed)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(b["xl/tables/table1.xml"]).toBe(a["xl/tables/table1.xml"]);
    expect(b["xl/worksheets/_rels/sheet1.xml.rels"]).toBe(a["xl/worksheets/_rels/sheet1.xml.rels"]);
    expect(b["xl/styles.xml"]).toBe(a["xl/styles.xml"]);
    expect(b["xl/sharedStrings.xml"]).toBe(a["xl/sharedStrings.xml"]);
    expect(b["xl/workbook.xml"]).toBe(a["xl/workbook.xml"]);
    // The data bar's two halves refer to each other.
    const sheet = b["xl/worksheets/sheet1.xml"]!;
    const ids = [...sheet.matchAll(/<x14:id>([^<]+)<\/x14:id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(1);
    expect(sheet).toContain(`<x14:cfRule type="dataBar" id="${ids[0]}">`);
    // Every worksheet is the document writer's but for the optional <dimension>, the bar's id and the line
    // break after the XML declaration.
    for (const name of Object.keys(a).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))) {
      const same = (xml: string) =>
        xml
          .replace("?>\n", "?>")
          .replace(/<dimension [^>]*\/>/, "")
          .replace(/\{[0-9A-F-]{36}\}/g, "{id}");
      expect(same(b[name]!)).toBe(same(a[name]!));
    }
  });

  it("writes a protected scoresheet with validations and defined names as the document writer does", async () => {
    const model = buildScoresheet({
      identity: { workbookId: "w", createdAt: "2026-11-30", generator: "test", kind: "scoresheet" },
    });
    expect(model.sheets.some((s) => s.protect && s.validations.length > 0)).toBe(true);
    expect(model.names.length).toBeGreaterThan(0);
    const [a, b] = await Promise.all([
      writeXlsx(model, "document").then(readBack),
      writeXlsx(model, "streaming").then(readBack),
    ]);
    expect(b).toEqual(a);
  });

  (OOXML_READY ? it : it.skip)(
    "writes a package that passes ECMA-376 and Excel's repair checks (tools/ooxml)",
    () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-stream-")), "r.xlsx");
      fs.writeFileSync(file, streamed);
      expect(ooxmlProblems(ooxmlReports([file])[file]!)).toEqual([[], []]);
    }
  );
});

describe("the choice of writer", () => {
  it("streams a roll-up whose units sheet reaches the threshold, and nothing smaller", () => {
    const perUnit = rollupOf(2).sheets[0]!.cells.length - rollupOf(1).sheets[0]!.cells.length;
    const units = Math.ceil(STREAM_CELLS / perUnit);
    expect(streams(rollupOf(units))).toBe(true);
    expect(streams(rollupOf(30))).toBe(false);
    expect(streams(rollupOf(30), "streaming")).toBe(true);
    expect(streams(rollupOf(units), "document")).toBe(false);
  });
});
