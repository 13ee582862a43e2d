/**
 * The container gate hands the parts it inflated to the fast reader (inspectXlsxParts → readFastWorkbook, issue
 * 15) only where fflate's unzipSync, which the fast reader used before, would have read the same bytes. Each
 * hostile zip here is a real workbook rebuilt with one classic zip confusion. For each the handoff (or not) and
 * loadXlsx's verdict are pinned (both as they were before the handoff: the old gate and reader were run on every
 * case when this test was written), and where the parts are handed on, the fast reader's outcome from them must
 * be its outcome unzipping the bytes itself; an accepted workbook must score as the untouched one does.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DEFAULT_LIMITS, inspectXlsx } from "../../src/writers/xlsx";
import { inspectXlsxParts } from "../../src/writers/xlsx/zipGuard";
import { isFastPart, readFastWorkbook } from "../../src/writers/xlsx/fastGrid";
import { loadXlsx, readLoadedScoresheet } from "../../src/writers/xlsx/readXlsx";
import type { GridSource } from "../../src/layout";
import { craftZip, storedEntries, withZip64 } from "../support/zip";
import type { Craft, ReadEntry } from "../support/zip";

const FILLED = fs.readFileSync(
  path.join(__dirname, "../fixtures/circulation/layout2/filled.xlsx")
) as Uint8Array as Buffer;

const S1 = "xl/worksheets/sheet1.xml";
const S2 = "xl/worksheets/sheet2.xml";
const STYLES = "xl/styles.xml";
const APP = "docProps/app.xml";
const b = (s: string): Buffer => Buffer.from(s, "latin1");
const deflate = (raw: Buffer): Buffer => zlib.deflateRawSync(raw);
const base = (): ReadEntry[] => storedEntries(FILLED);
const at = (es: readonly Craft[], name: string): number =>
  es.findIndex((e) => e.name.equals(b(name)));
/** The workbook's entries with the named one changed. */
const edit = (name: string, f: (e: ReadEntry) => Craft): Craft[] =>
  base().map((e) => (e.name.equals(b(name)) ? f(e) : e));
const stored = (e: ReadEntry): Craft => ({ ...e, method: 0, data: e.raw });
const extraEntry = (name: Buffer, text = "<a/>", flags = 0): ReadEntry => ({
  name,
  method: 8,
  data: deflate(b(text)),
  raw: b(text),
  flags,
});

/** What a GridSource holds, cell by cell (values, formulas, formats, merges). */
function dumpGrid(grid: GridSource): unknown {
  return grid.sheetNames().map((sheet) => {
    const cells: unknown[] = [];
    for (let r = 0; r < grid.rowCount(sheet); r++)
      for (let c = 0; c < 60; c++) {
        const v = grid.cell(sheet, r, c);
        const f = grid.formula?.(sheet, r, c);
        if ((v !== null && v !== undefined && v !== "") || f)
          cells.push([r, c, v, f, grid.numberFormat?.(sheet, r, c)]);
      }
    return { sheet, rows: grid.rowCount(sheet), cells, merges: grid.merges?.(sheet) };
  });
}

/** The fast reader's outcome: its grid and Total's cell, or why it declined (any throw). */
function fastOutcome(source: Parameters<typeof readFastWorkbook>[0]): unknown {
  try {
    const w = readFastWorkbook(source);
    return { grid: dumpGrid(w.grid), total: w.namedCell("Total") };
  } catch (e) {
    return { declined: (e as Error).message };
  }
}

type Load = "fast" | "exceljs" | `refused ${string}`;

/**
 * [label, bytes, handed on?, loadXlsx's verdict (which reader, or the first problem's code), and for an accepted
 * workbook whether it scores as the untouched one (else ExcelJS, not finding a worksheet, reads no identity meta)]
 */
type Case = readonly [string, () => Buffer, boolean, Load, ("as-filled" | "no-meta")?];

const CASES: readonly Case[] = [
  ["the workbook as it is", () => FILLED, true, "fast"],
  ["rebuilt by the test's writer", () => craftZip(base()), true, "fast"],
  // Local headers that disagree with the central directory (both readers go by the central one).
  [
    "a local name that differs (sheet1's local header says sheet9)",
    () => craftZip(edit(S1, (e) => ({ ...e, local: { name: b("xl/worksheets/sheet9.xml") } }))),
    true,
    "fast",
  ],
  [
    "a local name longer than the central one",
    () => craftZip(edit(S1, (e) => ({ ...e, local: { name: b(`${S1}.bak`) } }))),
    true,
    "fast",
  ],
  [
    "zero sizes in every local header",
    () => craftZip(base().map((e) => ({ ...e, local: { size: 0, compressedSize: 0 } }))),
    true,
    "fast",
  ],
  [
    "data descriptors (flag bit 3) with zero local sizes",
    () =>
      craftZip(
        base().map((e) => ({
          ...e,
          flags: 8,
          local: { size: 0, compressedSize: 0 },
          descriptor: Buffer.concat([Buffer.from([0x50, 0x4b, 7, 8]), Buffer.alloc(12)]),
        }))
      ),
    true,
    "fast",
  ],
  [
    "flag bit 3 in the local headers only",
    () => craftZip(base().map((e) => ({ ...e, local: { flags: 8, size: 0, compressedSize: 0 } }))),
    true,
    "fast",
  ],
  [
    "a local header that says stored where the central one says deflate",
    () => craftZip(edit(S1, (e) => ({ ...e, local: { method: 0 } }))),
    true,
    "fast",
  ],
  [
    "an extra field in every local header only",
    () =>
      craftZip(
        base().map((e) => ({ ...e, local: { extra: Buffer.from([0x99, 0x99, 2, 0, 1, 2]) } }))
      ),
    true,
    "fast",
  ],
  [
    "an extra field in every central header only",
    () =>
      craftZip(base().map((e) => ({ ...e, centralExtra: Buffer.from([0x99, 0x99, 2, 0, 1, 2]) }))),
    true,
    "fast",
  ],
  [
    "a zip64 extra field in the central headers without a zip64 end record",
    () =>
      craftZip(
        base().map((e) => {
          const x = Buffer.alloc(20);
          x.writeUInt16LE(1, 0);
          x.writeUInt16LE(16, 2);
          x.writeBigUInt64LE(BigInt(e.raw.length), 4);
          x.writeBigUInt64LE(BigInt(e.data.length), 12);
          return { ...e, centralExtra: x };
        })
      ),
    true,
    "fast",
  ],
  // Central entries sharing a local header, duplicate names.
  [
    "a second central entry (another name) pointing at sheet2's local header",
    () => {
      const es = base();
      return craftZip([
        ...es,
        { ...es[at(es, S2)]!, name: b(APP.replace("app", "extra")), sameLocalAs: at(es, S2) },
      ]);
    },
    true,
    "fast",
  ],
  [
    "a second central entry named sheet2 pointing at sheet2's local header",
    () => {
      const es = base();
      return craftZip([...es, { ...es[at(es, S2)]!, sameLocalAs: at(es, S2) }]);
    },
    true,
    "exceljs",
  ],
  [
    "sheet1's central entry pointing at sheet2's local header",
    () => {
      const es = base();
      const [i1, i2] = [at(es, S1), at(es, S2)];
      return craftZip(
        es.map((e, i) => (i === i1 ? { ...es[i2]!, name: e.name, sameLocalAs: i2 } : e))
      );
    },
    true,
    "refused corrupt", // ExcelJS: JSZip finds the declared size wrong, as before
  ],
  [
    "xl/worksheets/sheet1.xml twice, the first a different sheet",
    () => {
      const es = base();
      es.splice(at(es, S1), 0, extraEntry(b(S1), "<worksheet/>"));
      return craftZip(es);
    },
    true,
    "exceljs",
  ],
  [
    "xl/worksheets/sheet1.xml twice, the same",
    () => {
      const es = base();
      return craftZip([...es, es[at(es, S1)]!]);
    },
    true,
    "exceljs",
  ],
  [
    "xl/styles.xml twice",
    () => craftZip([...base(), base()[at(base(), STYLES)]!]),
    true,
    "exceljs",
  ],
  // Stored parts and declared sizes that lie (fflate reads stored data by its compressed size).
  ["every part stored", () => craftZip(base().map(stored)), true, "fast"],
  ...([100, -100] as const).map((d): Case => [
    `stored sheet1 declaring ${d} bytes more than it holds`,
    () => craftZip(edit(S1, (e) => ({ ...stored(e), size: e.raw.length + d }))),
    true,
    "fast",
  ]),
  ...([0, 0xfffffffe, 0xffffffff] as const).map((size): Case => [
    `stored sheet1 declaring size ${size.toString(16)}`,
    () => craftZip(edit(S1, (e) => ({ ...stored(e), size }))),
    true,
    "fast",
  ]),
  [
    "stored docProps/app.xml declaring size ffffffff",
    () => craftZip(edit(APP, (e) => ({ ...stored(e), size: 0xffffffff }))),
    true,
    "fast",
  ],
  [
    "deflated docProps/app.xml declaring size ffffffff (not a part the fast reader reads)",
    () => craftZip(edit(APP, (e) => ({ ...e, size: 0xffffffff }))),
    true,
    "fast",
  ],
  [
    "stored sheet1 whose compressed size cuts it short",
    () => craftZip(edit(S1, (e) => ({ ...stored(e), compressedSize: e.raw.length - 200 }))),
    true,
    "refused corrupt",
  ],
  // Deflated parts whose declared size lies, or whose stream is cut or odd.
  [
    "deflated sheet1 declaring one byte less (fflate would cut it)",
    () => craftZip(edit(S1, (e) => ({ ...e, size: e.raw.length - 1 }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 declaring one byte more",
    () => craftZip(edit(S1, (e) => ({ ...e, size: e.raw.length + 1 }))),
    true,
    "fast",
  ],
  [
    "deflated sheet1 declaring size 0",
    () => craftZip(edit(S1, (e) => ({ ...e, size: 0 }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated styles declaring 10 bytes",
    () => craftZip(edit(STYLES, (e) => ({ ...e, size: 10 }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 declaring size ffffffff",
    () => craftZip(edit(S1, (e) => ({ ...e, size: 0xffffffff }))),
    false,
    "fast",
  ],
  [
    "deflated sheet1 whose stream is cut 30 bytes short",
    () => craftZip(edit(S1, (e) => ({ ...e, data: e.data.subarray(0, e.data.length - 30) }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 whose stream lacks its last byte",
    () => craftZip(edit(S1, (e) => ({ ...e, data: e.data.subarray(0, e.data.length - 1) }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 with bytes after the end of its stream",
    () => craftZip(edit(S1, (e) => ({ ...e, data: Buffer.concat([e.data, b("garbage")]) }))),
    true,
    "fast",
  ],
  [
    "deflated sheet1 in stored deflate blocks declaring one byte less (fflate would throw)",
    () =>
      craftZip(
        edit(S1, (e) => ({
          ...e,
          data: zlib.deflateRawSync(e.raw, { level: 0 }),
          size: e.raw.length - 1,
        }))
      ),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 with no data, declaring 100 bytes (fflate would give 100 NULs)",
    () => craftZip(edit(S1, (e) => ({ ...e, data: Buffer.alloc(0), size: 100 }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 sync-flushed, with no final block",
    () =>
      craftZip(
        edit(S1, (e) => ({
          ...e,
          data: zlib.deflateRawSync(e.raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
        }))
      ),
    false,
    "refused corrupt",
  ],
  [
    "docProps/app.xml with compression method 9",
    () => craftZip(edit(APP, (e) => ({ ...e, method: 9 }))),
    false,
    "refused corrupt",
  ],
  [
    "sheet1 with compression method 12",
    () => craftZip(edit(S1, (e) => ({ ...e, method: 12 }))),
    false,
    "refused corrupt",
  ],
  // The end record.
  [
    "an end record whose this-disk count differs from the total",
    () => craftZip(base(), { diskCount: 3 }),
    false,
    "exceljs",
  ],
  [
    "an end record whose this-disk count is 0",
    () => craftZip(base(), { diskCount: 0 }),
    false,
    "exceljs",
  ],
  [
    "a comment holding a fake end record (no entries)",
    () => {
      const fake = Buffer.alloc(22);
      fake.writeUInt32LE(0x06054b50, 0);
      return craftZip(base(), { comment: Buffer.concat([fake, Buffer.alloc(10)]) });
    },
    false,
    "refused foreign-file",
  ],
  [
    "a comment holding a second zip, its end record last (a different sheet1)",
    () => {
      const real = craftZip(base());
      const alt = edit(S1, (e) => {
        const raw = b(e.raw.toString("latin1").replace(/<v>\d+<\/v>/, "<v>999</v>"));
        return { ...e, raw, data: deflate(raw) };
      });
      return craftZip(base(), { comment: craftZip(alt, { origin: real.length }) });
    },
    true,
    "refused corrupt",
  ],
  ["a plain comment", () => craftZip(base(), { comment: b("hello PK") }), true, "fast"],
  [
    "a comment length that lies",
    () => craftZip(base(), { comment: b("hello"), commentLength: 100 }),
    true,
    "fast",
  ],
  [
    "bytes after the end record",
    () => Buffer.concat([craftZip(base()), Buffer.alloc(100, 1)]),
    true,
    "fast",
  ],
  [
    "a self-extractor stub that the offsets do not count",
    () => craftZip(base(), { stub: b("PK\x03\x04junkjunkjunkjunkjunkjunkjunkjunk") }),
    false,
    "refused corrupt",
  ],
  ["a zip64 end record", () => withZip64(craftZip(base())), false, "fast"],
  [
    "a zip64 end record whose signature is wrong",
    () => withZip64(craftZip(base()), { recordSignature: 0x12345678 }),
    false,
    "refused too-many-entries",
  ],
  [
    "a zip64 end record counting fewer entries",
    () => withZip64(craftZip(base()), { count: 10 }),
    false,
    "refused not-xlsx",
  ],
  // Names.
  [
    "sheet1 named ./xl/worksheets/sheet1.xml",
    () => craftZip(edit(S1, (e) => ({ ...e, name: b(`./${S1}`) }))),
    true,
    "exceljs",
  ],
  [
    "styles named XL/styles.xml",
    () => craftZip(edit(STYLES, (e) => ({ ...e, name: b("XL/styles.xml") }))),
    true,
    "refused corrupt",
  ],
  [
    "sheet1 named xl/worksheets/Sheet1.xml",
    () => craftZip(edit(S1, (e) => ({ ...e, name: b("xl/worksheets/Sheet1.xml") }))),
    true,
    "exceljs",
    "no-meta",
  ],
  [
    "the UTF-8 flag on every entry",
    () => craftZip(base().map((e) => ({ ...e, flags: 0x800 }))),
    true,
    "fast",
  ],
  [
    "a GBK name without the UTF-8 flag (中文.xml)",
    () =>
      craftZip([
        ...base(),
        extraEntry(Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x2e, 0x78, 0x6d, 0x6c])),
      ]),
    true,
    "fast",
  ],
  [
    "a CP437 byte in a worksheet-like name without the UTF-8 flag",
    () =>
      craftZip([
        ...base(),
        extraEntry(Buffer.concat([b("xl/worksheets/sheet1"), Buffer.from([0x80]), b(".xml")])),
      ]),
    true,
    "fast",
  ],
  [
    "invalid UTF-8 in a worksheet-like name with the UTF-8 flag",
    () =>
      craftZip([
        ...base(),
        extraEntry(
          Buffer.concat([b("xl/worksheets/sheet"), Buffer.from([0xc0, 0xaf]), b("1.xml")]),
          "<a/>",
          0x800
        ),
      ]),
    true,
    "fast",
  ],
  [
    "sheet1's name after a UTF-8 BOM, with the UTF-8 flag",
    () =>
      craftZip(
        edit(S1, (e) => ({
          ...e,
          name: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b(S1)]),
          flags: 0x800,
        }))
      ),
    true,
    "fast",
  ],
  [
    "sheet1's name after a UTF-8 BOM, without the UTF-8 flag",
    () =>
      craftZip(
        edit(S1, (e) => ({ ...e, name: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b(S1)]) }))
      ),
    true,
    "exceljs",
    "no-meta",
  ],
  [
    "a name of 65,535 non-ASCII bytes without the UTF-8 flag",
    () =>
      craftZip([
        ...base(),
        { ...extraEntry(Buffer.alloc(65535, 0x80)), method: 0, data: b("x"), raw: b("x") },
      ]),
    true,
    "fast",
  ],
  [
    "a NUL in a name",
    () => craftZip([...base(), extraEntry(b(`${S1}\0`))]),
    false,
    "refused unsafe-entry",
  ],
  [
    "a directory entry xl/worksheets/sheet1.xml/",
    () =>
      craftZip([
        ...base(),
        { name: b(`${S1}/`), method: 0, data: Buffer.alloc(0), raw: Buffer.alloc(0) },
      ]),
    true,
    "exceljs",
  ],
  [
    "an entry named __proto__",
    () => craftZip([...base(), extraEntry(b("__proto__"))]),
    true,
    "fast",
  ],
];

describe("the gate hands on the parts it inflated only where fflate would read the same", () => {
  let original: ReturnType<typeof readLoadedScoresheet>;
  beforeAll(async () => {
    const loaded = await loadXlsx(FILLED, "filled.xlsx");
    if (!loaded.ok) throw new Error("the fixture does not load");
    original = readLoadedScoresheet(loaded.loaded);
  });

  test.each(CASES.map((c) => [c[0], c] as const))("%s", async (_label, c: Case) => {
    const [, make, handoff, load, scored = "as-filled"] = c;
    const bytes = new Uint8Array(make());
    const inspection = inspectXlsxParts(bytes, DEFAULT_LIMITS, "", isFastPart);
    expect(inspection.problems).toEqual(inspectXlsx(bytes));
    expect(inspection.parts !== undefined).toBe(handoff);
    if (inspection.parts)
      expect(fastOutcome({ names: inspection.names, files: inspection.parts })).toEqual(
        fastOutcome(bytes)
      );

    const result = await loadXlsx(bytes, "x.xlsx");
    const verdict = result.ok
      ? result.loaded.workbook
        ? "exceljs"
        : "fast"
      : `refused ${result.errors[0]!.code}`;
    expect(verdict).toBe(load);
    if (result.ok) {
      const sheet = readLoadedScoresheet(result.loaded);
      if (scored === "no-meta")
        expect(sheet.evaluation).toEqual({ ...original.evaluation, meta: {} });
      else {
        expect(sheet.evaluation).toEqual(original.evaluation);
        expect(sheet.errors).toEqual(original.errors);
        expect(sheet.warnings).toEqual(original.warnings);
      }
    }
  });

  test("a deflated sheet1 declaring size fffffffe is handed on (the fast reader's own unzip would allocate 4 GB)", async () => {
    const bytes = new Uint8Array(craftZip(edit(S1, (e) => ({ ...e, size: 0xfffffffe }))));
    expect(inspectXlsxParts(bytes, DEFAULT_LIMITS, "", isFastPart).parts).toBeDefined();
    const result = await loadXlsx(bytes, "x.xlsx");
    expect(result.ok && !result.loaded.workbook).toBe(true);
  });

  test("a kept part past the inflated-size budget is a zip bomb; at the budget it is handed on", async () => {
    const total = base().reduce((sum, e) => sum + e.raw.length, 0);
    const limits = (maxInflatedBytes: number) => ({ ...DEFAULT_LIMITS, maxInflatedBytes });
    const bytes = new Uint8Array(FILLED);
    expect(inspectXlsxParts(bytes, limits(total), "", isFastPart).parts).toBeDefined();
    // Budgets that end inside the last part (xl/workbook.xml, kept) and inside a worksheet (kept).
    for (const limit of [total - 1, Math.floor(total / 2)]) {
      const inspection = inspectXlsxParts(bytes, limits(limit), "", isFastPart);
      expect(inspection).toEqual({
        problems: [{ code: "zip-bomb", limit }],
        names: inspection.names,
      });
      const result = await loadXlsx(bytes, "x.xlsx", limits(limit));
      expect(result.ok ? "ok" : result.errors.map((e) => e.code)).toEqual(["zip-bomb"]);
    }
  });

  test("a 65,535-byte non-ASCII name is decoded in slices, as fflate does, not spread into one call", () => {
    // String.fromCharCode(...name) pushes every byte on the stack: 65,535 arguments overflow a stack that the old
    // gate (which never decoded Latin-1) and fflate (16,384 at a time) read through.
    const bytes = new Uint8Array(
      craftZip([
        ...base(),
        { ...extraEntry(Buffer.alloc(65535, 0x80)), method: 0, data: b("x"), raw: b("x") },
      ])
    );
    const spy = jest.spyOn(String, "fromCharCode");
    try {
      const inspection = inspectXlsxParts(bytes, DEFAULT_LIMITS, "", isFastPart);
      expect(inspection.names).toContain("\x80".repeat(65535));
      expect(Math.max(0, ...spy.mock.calls.map((c) => c.length))).toBeLessThanOrEqual(16384);
    } finally {
      spy.mockRestore();
    }
  });
});
