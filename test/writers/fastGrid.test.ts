/**
 * The fast .xlsx reader against ExcelJS (issues 14, 15): for every workbook under test/fixtures/ and freshly
 * generated ones (template, filled, a group's copies, their consensus, LibreOffice-recalculated copies, and
 * crafted parts: inline and rich strings, t="str" results, a cached 0, shared formulas, errors, dates, merges,
 * hidden sheets), fastGrid and excelGrid must agree cell by cell over every sheet — values, formulas, number
 * formats, merges, row counts — or fastGrid must decline. The readers' full outputs must be identical both ways.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { GridSource, GridValue } from "../../src/layout";
import { excelGrid } from "../../src/writers/xlsx/grid";
import { FastGridDecline, fastGrid, readFastWorkbook } from "../../src/writers/xlsx/fastGrid";
import { BUILT_IN_NUM_FMTS, slideFormula } from "../../src/writers/xlsx/fastXml";
import { excelNamedResults } from "../../src/writers/xlsx/tamper";
import { DEFAULT_LIMITS, loadXlsx, readLoadedScoresheet } from "../../src/writers/xlsx";
import type { LoadedXlsx } from "../../src/writers/xlsx";
import { readLoadedConsensus } from "../../src/merge/readConsensus";
import { resetEditions } from "../../src/standard";
import { runCli } from "../support/cli";
import { libreOfficeConvert, which } from "../support/external";

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "evaluation.json");

function xlsxUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return xlsxUnder(p);
    return e.name.endsWith(".xlsx") ? [p] : [];
  });
}

async function excelLoad(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
  return wb;
}

/** A value in a form toEqual compares exactly (Dates by time, NaN dates included). */
function plain(v: GridValue): unknown {
  return v instanceof Date ? `Date(${v.getTime()})` : v;
}

/** The largest column any row of the sheet holds, and any merge reaches. */
function maxColumn(wb: ExcelJS.Workbook, sheet: string): number {
  const ws = wb.getWorksheet(sheet)!;
  let max = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row) => {
    max = Math.max(max, row.cellCount);
  });
  return max;
}

/** Every disagreement between the two grids, as readable lines (empty when they agree). */
function differences(fast: GridSource, ex: GridSource, wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  const names = ex.sheetNames();
  if (JSON.stringify(fast.sheetNames()) !== JSON.stringify(names))
    return [`sheets ${JSON.stringify(fast.sheetNames())} vs ${JSON.stringify(names)}`];
  for (const s of names) {
    if (fast.rowCount(s) !== ex.rowCount(s))
      out.push(`${s}: rowCount ${fast.rowCount(s)} vs ${ex.rowCount(s)}`);
    const fm = JSON.stringify(fast.merges!(s));
    const em = JSON.stringify(ex.merges!(s));
    if (fm !== em) out.push(`${s}: merges ${fm} vs ${em}`);
    const rows = Math.max(fast.rowCount(s), ex.rowCount(s)) + 1;
    const cols =
      Math.max(
        maxColumn(wb, s),
        ...ex.merges!(s).map((m) => m.right + 1),
        ...fast.merges!(s).map((m) => m.right + 1)
      ) + 1;
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const pairs: [string, unknown, unknown][] = [
          ["cell", plain(fast.cell(s, r, c)), plain(ex.cell(s, r, c))],
          ["formula", fast.formula!(s, r, c), ex.formula!(s, r, c)],
          ["numberFormat", fast.numberFormat!(s, r, c), ex.numberFormat!(s, r, c)],
        ];
        for (const [what, f, e] of pairs)
          if (!Object.is(f, e) && JSON.stringify(f) !== JSON.stringify(e))
            out.push(
              `${s}!R${r + 1}C${c + 1} ${what}: ${JSON.stringify(f)} vs ${JSON.stringify(e)}`
            );
      }
  }
  return out.slice(0, 40);
}

const TAMPER_NAMES = ["Total", "Verdict", ...[1, 2, 3, 4, 5, 6, 7].map((i) => `Subtotal_A${i}`)];

/** Compares one workbook both ways; returns the decline reason, or undefined when fastGrid accepted it. */
async function compare(file: string, bytes: Uint8Array): Promise<string | undefined> {
  let fast;
  try {
    fast = readFastWorkbook(bytes);
  } catch (e) {
    if (e instanceof FastGridDecline) return e.reason;
    throw e;
  }
  const wb = await excelLoad(bytes);
  expect({ file, diff: differences(fast.grid, excelGrid(wb), wb) }).toEqual({ file, diff: [] });
  const excelNamed = excelNamedResults(wb, file);
  for (const name of TAMPER_NAMES) {
    let at;
    try {
      at = fast.namedCell(name);
    } catch (e) {
      if (e instanceof FastGridDecline) continue; // the loader falls back to ExcelJS for this workbook
      throw e;
    }
    const want = excelNamed(name);
    const got = at && {
      where: { file, sheet: at.sheet, cell: at.address },
      formula: fast.grid.formula!(at.sheet, at.row, at.col),
      value: fast.grid.cell(at.sheet, at.row, at.col),
    };
    expect({ file, name, got: got && { ...got, value: plain(got.value) } }).toEqual({
      file,
      name,
      got: want && { ...want, value: plain(want.value) },
    });
  }
  return undefined;
}

/** What the readers make of a loaded workbook (scoresheet or consensus), as comparable JSON. */
function readerOutput(loaded: LoadedXlsx): unknown {
  const out =
    loaded.identity.kind === "consensus"
      ? readLoadedConsensus(loaded)
      : readLoadedScoresheet(loaded);
  return JSON.parse(JSON.stringify(out, (_k, v: unknown) => (v instanceof Map ? [...v] : v)));
}

/** A synthetic workbook with every kind of value ExcelJS writes. */
async function syntheticWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("值");
  ws.getCell("A1").value = 3.25;
  ws.getCell("A2").value = "文本";
  ws.getCell("A3").value = { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] };
  ws.getCell("A4").value = true;
  ws.getCell("A5").value = false;
  ws.getCell("A6").value = { error: "#N/A" };
  ws.getCell("A7").value = new Date(Date.UTC(2026, 10, 29));
  ws.getCell("A7").numFmt = "yyyy-mm-dd";
  ws.getCell("A8").value = 0.925;
  ws.getCell("A8").numFmt = "0.0#%";
  ws.getCell("A9").value = { formula: "A1*2", result: 0 };
  ws.getCell("A10").value = { formula: 'A2&"x"', result: "文本x" };
  ws.getCell("A11").value = { formula: "A1>1", result: true };
  ws.getCell("A12").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("B1").value = { formula: "A1+1", result: 4.25 };
  ws.getCell("B2").value = { sharedFormula: "B1", result: 1 };
  ws.getCell("B3").value = { sharedFormula: "B1", result: 0 };
  ws.getCell("C1").value = 44000;
  ws.getCell("C1").numFmt = "0.00";
  ws.getCell("D1").value = "合并";
  ws.mergeCells("D1:E3");
  ws.mergeCells("F5:G5");
  ws.getCell("H20").value = 1e-7;
  ws.getCell("H21").value = -12345678.125;
  ws.getCell("H22").numFmt = "@";
  ws.getRow(30).getCell(2).value = "  spaces\tand tab ";
  wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "h";
  wb.addWorksheet("_very", { state: "veryHidden" }).getCell("B2").value = 7;
  wb.addWorksheet("空");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Edits the first worksheet's XML of a package (crafted cells, as other programs write them). */
function editSheet(
  bytes: Uint8Array,
  edit: (xml: string) => string,
  part = "xl/worksheets/sheet1.xml"
): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part]!)));
  return zipSync(files);
}

const CRAFTED_ROWS =
  '<row r="40"><c r="A40" t="inlineStr"><is><t>inline_x0041_ &amp; more</t></is></c>' +
  '<c r="B40" t="inlineStr"><is><r><t>ri_x0042_</t></r><r><rPr><b/></rPr><t xml:space="preserve"> ch</t></r></is></c>' +
  '<c r="C40" t="str"><f>"a"&amp;"b"</f><v>a&amp;lt;b</v></c>' +
  '<c r="D40"><f>1-1</f><v>0</v></c>' +
  '<c r="E40" t="b"><v>1</v></c>' +
  '<c r="F40" t="e"><v>#DIV/0!</v></c>' +
  '<c r="G40"><f t="shared" ref="G40:G42" si="7">$A$1+A1+Sheet2!B$3+SUM(C1:D2)</f><v>5</v></c>' +
  '<c r="H40" t="str"><v>x&amp;amp;y</v></c>' +
  '<c r="I40" s="0"/><c r="J40"><f>NOW()</f></c></row>' +
  '<row r="41"><c r="G41"><f t="shared" si="7"/><v>6</v></c></row>' +
  '<row r="42" s="2" customFormat="1"><c r="G42"><f t="shared" si="7"/><v>0</v></c></row>' +
  '<row r="45"/>';

describe("fastGrid equals excelGrid on every workbook, or declines", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gridscore-fastgrid-"));
  const files: { file: string; bytes: Uint8Array }[] = [];
  const declined: string[] = [];
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    for (const f of xlsxUnder(path.join(ROOT, "test", "fixtures")))
      files.push({ file: path.relative(ROOT, f), bytes: fs.readFileSync(f) });
    const gen = (name: string) => path.join(dir, name);
    const run = async (argv: string[]) => {
      const r = await runCli(argv);
      if (r.code !== 0) throw new Error(`gridscore ${argv.join(" ")}: ${r.err}`);
    };
    await run(["new", gen("template.xlsx")]);
    await run(["new", gen("filled.xlsx"), "--inputs", EXAMPLE]);
    // The example's inputs without its evaluator, so each copy can name its own (a differing --evaluator is refused).
    const { evaluator: _evaluator, ...meta } = (
      JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as { meta: Record<string, unknown> }
    ).meta;
    const shared = gen("shared.json");
    fs.writeFileSync(
      shared,
      JSON.stringify({ ...JSON.parse(fs.readFileSync(EXAMPLE, "utf8")), meta })
    );
    await run([
      "new",
      gen("group.xlsx"),
      "--inputs",
      shared,
      "--evaluator",
      "甲",
      "--evaluator",
      "乙",
      "--evaluator",
      "丙",
    ]);
    await run([
      "merge",
      gen("group-甲.xlsx"),
      gen("group-乙.xlsx"),
      gen("group-丙.xlsx"),
      "-o",
      gen("consensus.xlsx"),
    ]);
    const made = ["template.xlsx", "filled.xlsx", "group-甲.xlsx", "consensus.xlsx"].map(gen);
    const soffice = which("soffice");
    if (soffice)
      made.push(
        ...libreOfficeConvert(
          soffice,
          [gen("filled.xlsx"), gen("consensus.xlsx")],
          "xlsx",
          gen("lo")
        )
      );
    else
      process.stderr.write(
        "\n!!!!! LibreOffice missing: no recalculated copies in the fastGrid comparison !!!!!\n"
      );
    for (const f of made) files.push({ file: path.relative(dir, f), bytes: fs.readFileSync(f) });
    const synthetic = await syntheticWorkbook();
    files.push({ file: "synthetic.xlsx", bytes: synthetic });
    files.push({
      file: "crafted.xlsx",
      bytes: editSheet(synthetic, (x) => x.replace("</sheetData>", `${CRAFTED_ROWS}</sheetData>`)),
    });
    const filled = fs.readFileSync(gen("filled.xlsx"));
    files.push({
      file: "filled-crafted.xlsx",
      bytes: editSheet(
        filled,
        (x) => x.replace("</sheetData>", `${CRAFTED_ROWS}</sheetData>`),
        "xl/worksheets/sheet2.xml"
      ),
    });
  });

  test("cell by cell over every sheet, with the named results the tamper check reads", async () => {
    for (const { file, bytes } of files) {
      const reason = await compare(file, bytes);
      if (reason !== undefined) declined.push(`${file}: ${reason}`);
    }
    process.stdout.write(
      `fastGrid declined ${declined.length} of ${files.length}:\n${declined.join("\n")}\n`
    );
    // Every workbook gridscore and LibreOffice write is read fast; only the crafted edge cases may decline.
    expect(declined.filter((d) => !/crafted/.test(d))).toEqual([]);
  });

  test("the readers' outputs are identical through the fast reader and through ExcelJS", async () => {
    let fastReads = 0;
    let excelReads = 0;
    for (const { file, bytes } of files) {
      resetEditions();
      const viaExcel = await loadXlsx(bytes, file, DEFAULT_LIMITS, "exceljs");
      resetEditions();
      const viaAuto = await loadXlsx(bytes, file, DEFAULT_LIMITS, "auto");
      if (viaAuto.ok && viaAuto.loaded.workbook === undefined) fastReads++;
      if (viaExcel.ok) excelReads++;
      expect({ file, ok: viaAuto.ok }).toEqual({ file, ok: viaExcel.ok });
      if (!viaAuto.ok || !viaExcel.ok) {
        if (!viaAuto.ok && !viaExcel.ok) expect(viaAuto.errors).toEqual(viaExcel.errors);
        continue;
      }
      expect({ file, out: readerOutput(viaAuto.loaded) }).toEqual({
        file,
        out: readerOutput(viaExcel.loaded),
      });
    }
    resetEditions();
    // Every workbook ExcelJS reads as a scoresheet or consensus was read fast, named results included.
    expect(excelReads).toBeGreaterThanOrEqual(18);
    expect(fastReads).toBe(excelReads);
  });

  test("declines what it does not reproduce: hyperlinks, strict OOXML, missing parts", async () => {
    const synthetic = await syntheticWorkbook();
    const withLink = editSheet(synthetic, (x) =>
      x.replace(
        "</sheetData>",
        '</sheetData><hyperlinks><hyperlink ref="A2" location="A1"/></hyperlinks>'
      )
    );
    expect(fastGrid(withLink)).toBeUndefined();
    const strict = editSheet(synthetic, (x) =>
      x.replace(
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main"
      )
    );
    expect(fastGrid(strict)).toBeUndefined();
    const files = unzipSync(synthetic);
    delete files["xl/styles.xml"];
    expect(fastGrid(zipSync(files))).toBeUndefined();
    const dateText = editSheet(synthetic, (x) =>
      x.replace(
        "</sheetData>",
        '<row r="60"><c r="A60" t="d"><v>2026-11-29</v></c></row></sheetData>'
      )
    );
    expect(fastGrid(dateText)).toBeUndefined();
  });

  test("the built-in number formats and the shared-formula translation are ExcelJS's own", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const table = require("exceljs/lib/xlsx/defaultnumformats.js") as Record<string, { f: string }>;
    expect(BUILT_IN_NUM_FMTS).toEqual(
      Object.fromEntries(Object.entries(table).map(([k, v]) => [Number(k), v.f]))
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const excel = require("exceljs/lib/utils/shared-formula.js") as {
      slideFormula(f: string, from: string, to: string): string;
    };
    const cases: [string, string, string][] = [
      ["$A$1+A1+Sheet2!B$3+SUM(C1:D2)", "G40", "H47"],
      ['IF(A1>0,"B2",LOG10(X1))', "B2", "D9"],
      ["'A.1'!C5*ZZ1+XFD1", "C5", "C6"],
      ["Subtotal_A1+A1", "A1", "B2"],
    ];
    for (const [f, from, to] of cases) {
      const dec = (a: string) => {
        const m = /^([A-Z]+)(\d+)$/.exec(a)!;
        let col = 0;
        for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
        return { row: Number(m[2]), col };
      };
      expect(slideFormula(f, dec(from), dec(to))).toBe(excel.slideFormula(f, from, to));
    }
  });
});
