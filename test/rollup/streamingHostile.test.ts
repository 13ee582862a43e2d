/**
 * The streaming writer against a hostile province's data: organization and file names that look like markup,
 * formulas, numbers or dates, that carry spaces, line breaks, control characters, emoji, right-to-left text or
 * ECMA-376 escapes (`_x0041_`), names at and over Excel's 32,767 characters, refused files with such names, no
 * unit, one unit, duplicates, units without a level, and sizes around the streaming threshold. Each roll-up is
 * written by both writers: the two read back alike (ExcelJS's whole model, and every part's XML but for the
 * optional `<dimension>`), every text cell reads back as the model's text and stays text, and (tools/ooxml) the
 * package passes ECMA-376 and Excel's repair checks.
 */
import { OOXML_READY, ooxmlProblems, ooxmlReports } from "../support/ooxml";
import { HOSTILE_NAMES, LEVELS, refusedOf, rollupUnit, tablesOf } from "../support/rollupUnits";
import { parts, readBack } from "../support/packageParts";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { buildRollup, buildRollupWorkbook } from "../../src/rollup";
import type { RefusedFile, RollupUnit } from "../../src/rollup";
import type { WorkbookModel } from "../../src/layout";
import { CELL_TEXT_LIMIT } from "../../src/engine";
import { STREAM_CELLS, streams, writeXlsx } from "../../src/writers/xlsx/writeXlsx";

/** The i-th unit, named `organization`: its level, kind, total and losses vary with i; every fifth has no level. */
const unit = (i: number, organization: string, over: Partial<RollupUnit> = {}): RollupUnit => {
  const pass = i % 3 !== 1;
  return rollupUnit({
    file: `returns/${i}/${organization}.xlsx`,
    sha256: i.toString(16).padStart(64, "0"),
    organization,
    level: i % 5 === 4 ? undefined : LEVELS[i % 4],
    date: "2026-11-01",
    kind: i % 7 === 0 ? "consensus" : "single",
    experts: i % 7 === 0 ? 3 : 1,
    tables: tablesOf(i % 7 === 0 ? "28/3" : "10"),
    exactTotal: pass ? "450.5" : "280",
    verdict: pass ? "合格" : "不合格",
    losses: new Map(i % 2 === 0 ? [["A.1.1", "2"]] : []),
    ...over,
  });
};

const rollupOf = (units: readonly RollupUnit[], refused: readonly RefusedFile[] = []) =>
  buildRollupWorkbook(buildRollup(units, refused));

/** Every name once, then again as an earlier evaluation of the same unit (a duplicate), every name refused. */
const hostile = (): WorkbookModel =>
  rollupOf(
    HOSTILE_NAMES.flatMap((n, i) => [
      unit(i, n),
      unit(i, n, { file: `earlier/${n}`, date: "2026-01-01" }),
    ]),
    refusedOf(HOSTILE_NAMES)
  );

const many = (n: number): RollupUnit[] =>
  Array.from({ length: n }, (_, i) =>
    unit(i, `${HOSTILE_NAMES[i % HOSTILE_NAMES.length]!.slice(0, 40)}${i}`)
  );

let largeModel: WorkbookModel | undefined;
/** 840 units, a units sheet of 20,212 cells: just over the threshold, as a roll-up that auto streams. */
const large = (): WorkbookModel => (largeModel ??= rollupOf(many(840), refusedOf(HOSTILE_NAMES)));

const CASES: readonly [string, () => WorkbookModel][] = [
  ["hostile names, duplicates, refused files", hostile],
  ["no unit, no refused file", () => rollupOf([])],
  ["one unit", () => rollupOf([unit(0, "=1+1")])],
  [
    "one organization at every level and none, three times",
    () => rollupOf([0, 1, 2, 3, 4, 10, 11, 12, 13, 14].map((i) => unit(i, "同名"))),
  ],
  ["840 units (auto streams them)", () => large()],
];

/**
 * A part as both writers must agree on it: without the optional `<dimension>`, the data bars' ids, the line
 * break after the declaration, and empty rows (the document writer writes the empty row of a table without
 * units). Content types are compared as a set: the streaming writer lists the table's last.
 */
const comparable = (name: string, xml: string): string =>
  name === "[Content_Types].xml"
    ? (xml.match(/<[^>]+>/g) ?? []).sort().join("")
    : xml
        .replace("?>\n", "?>")
        .replace(/<dimension [^>]*\/>/, "")
        .replace(/\{[0-9A-F-]{36}\}/g, "{id}")
        .replace(/<row [^>]*\/>/g, "");

/**
 * What a text cell reads back as: the model's text, a lone surrogate as U+FFFD (UTF-8 cannot carry it) and
 * DEL dropped (ExcelJS drops it); over Excel's limit, cut and ended with "…".
 */
export function expectedText(text: string): string {
  const t = text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\ufffd")
    .replace(/\u007f/g, "");
  return t.length <= CELL_TEXT_LIMIT ? t : `${t.slice(0, CELL_TEXT_LIMIT - 1)}…`;
}

/** Every text cell of the model (merge masters only) as ExcelJS reads it back: [sheet, A1, expected, got]. */
async function textMismatches(model: WorkbookModel, bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  const wrong: string[][] = [];
  for (const sheet of model.sheets) {
    const ws = wb.getWorksheet(sheet.name)!;
    for (const c of sheet.cells) {
      if (c.content.kind !== "text") continue;
      const cell = ws.getCell(c.row + 1, c.col + 1);
      const got = cell.value;
      const want = expectedText(c.content.text);
      // An empty text reads back as no value; any other text must read back as that string (not a formula,
      // number or date).
      if (want === "" ? got === null || got === "" : got === want) continue;
      wrong.push([sheet.name, cell.address, want.slice(0, 40), JSON.stringify(got).slice(0, 40)]);
    }
  }
  return wrong;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-hostile-"));
const written: string[] = [];
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(CASES)("both writers, %s", (name, build) => {
  const model = build();
  let document: Uint8Array;
  let streamed: Uint8Array;
  beforeAll(async () => {
    document = await writeXlsx(model, "document");
    streamed = await writeXlsx(model, "streaming");
    const base = path.join(dir, name.replace(/[^a-z0-9]+/gi, "-"));
    fs.writeFileSync(`${base}-document.xlsx`, document);
    fs.writeFileSync(`${base}-streaming.xlsx`, streamed);
    written.push(`${base}-document.xlsx`, `${base}-streaming.xlsx`);
  });

  it("read back alike, part by part", async () => {
    const [a, b] = await Promise.all([readBack(document), readBack(streamed)]);
    expect(b).toEqual(a);
    const [pa, pb] = [parts(document), parts(streamed)];
    expect(Object.keys(pb).sort()).toEqual(Object.keys(pa).sort());
    for (const k of Object.keys(pa).filter((k) => !k.startsWith("docProps/")))
      expect([k, comparable(k, pb[k]!)]).toEqual([k, comparable(k, pa[k]!)]);
  });

  it.each([
    ["document", () => document],
    ["streaming", () => streamed],
  ])("%s: every text cell reads back as the model's text, as text", async (_, bytes) => {
    expect(await textMismatches(model, bytes())).toEqual([]);
  });

  it("streaming: the table covers the header and the unit rows; shared strings are counted", () => {
    const p = parts(streamed);
    const units = Math.max(1, model.sheets[0]!.cells.filter((c) => c.col === 0).length - 1);
    const table = p["xl/tables/table1.xml"]!;
    expect(table).toContain(` ref="A3:S${3 + units}"`);
    expect(table).toContain(`<autoFilter ref="A3:S${3 + units}">`);
    expect(p["xl/worksheets/sheet1.xml"]).toMatch(
      /<\/headerFooter><colBreaks [^]*<\/colBreaks><tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts><extLst>/
    );
    const sst = p["xl/sharedStrings.xml"]!;
    const refs = Object.entries(p)
      .filter(([k]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))
      .reduce((n, [, xml]) => n + (xml.match(/<c [^>]*t="s"/g) ?? []).length, 0);
    expect(sst).toContain(` count="${refs}" uniqueCount="${(sst.match(/<si>/g) ?? []).length}"`);
  });
});

describe("the choice of writer around the threshold", () => {
  const model = large();
  const sheet = model.sheets[0]!;
  it.each([
    [STREAM_CELLS - 1, false],
    [STREAM_CELLS, true],
    [STREAM_CELLS + 1, true],
  ])("a sheet of %i cells: auto streams it: %s", async (cells, streamed) => {
    expect(sheet.cells.length).toBeGreaterThan(STREAM_CELLS + 1);
    const cut = {
      ...model,
      sheets: [{ ...sheet, cells: sheet.cells.slice(0, cells) }, ...model.sheets.slice(1)],
    };
    expect(streams(cut)).toBe(streamed);
    // Only the document writer's zip library writes folder entries.
    const folders = Object.keys(unzipSync(await writeXlsx(cut))).filter((k) => k.endsWith("/"));
    expect(folders.length === 0).toBe(streamed);
  });

  it("5,000 units: auto streams them; the table and the shared strings' counts cover them all", async () => {
    const p = parts(await writeXlsx(rollupOf(many(5000)), "auto"));
    expect(Object.keys(p).some((k) => k.endsWith("/"))).toBe(false);
    expect(p["xl/tables/table1.xml"]).toContain('<autoFilter ref="A3:S5003">');
    expect(p["xl/worksheets/sheet1.xml"]).toContain('<row r="5003"');
    expect(p["xl/worksheets/sheet1.xml"]).not.toContain('<row r="5004"');
    const sst = p["xl/sharedStrings.xml"]!;
    expect(sst).toContain(` uniqueCount="${(sst.match(/<si>/g) ?? []).length}"`);
  });
});

describe("tools/ooxml", () => {
  (OOXML_READY ? it : it.skip)(
    "passes every package of both writers: ECMA-376 and Excel's repair checks",
    () => {
      expect(written.length).toBeGreaterThan(0);
      const report = ooxmlReports(written);
      const findings = written.map((f) => [path.basename(f), ...ooxmlProblems(report[f]!)]);
      expect(findings).toEqual(written.map((f) => [path.basename(f), [], []]));
    }
  );
});
