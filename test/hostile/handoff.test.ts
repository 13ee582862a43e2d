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

const FILLED = fs.readFileSync(
  path.join(__dirname, "../fixtures/circulation/layout2/filled.xlsx")
) as Uint8Array as Buffer;

/** One entry of a crafted zip: the central directory's view, and where the local header says otherwise. */
interface Craft {
  readonly name: Buffer;
  /** 0 stored, 8 deflate, or anything else. */
  readonly method: number;
  /** The bytes as stored (raw deflate for method 8). */
  readonly data: Buffer;
  /** The inflated bytes (for rebuilding). */
  readonly raw: Buffer;
  /** Declared uncompressed size in the central directory (defaults to raw's length). */
  readonly size?: number;
  /** Declared compressed size in the central directory (defaults to data's length). */
  readonly compressedSize?: number;
  readonly flags?: number;
  readonly local?: {
    readonly name?: Buffer;
    readonly method?: number;
    readonly flags?: number;
    readonly size?: number;
    readonly compressedSize?: number;
    readonly extra?: Buffer;
  };
  readonly centralExtra?: Buffer;
  /** Written after the data: a data descriptor. */
  readonly descriptor?: Buffer;
  /** Point the central entry at this earlier entry's local header instead of writing one of its own. */
  readonly sameLocalAs?: number;
}

interface CraftEnd {
  /** Entry counts in the end record: on this disk (offset 8) and in all (offset 10). */
  readonly diskCount?: number;
  readonly totalCount?: number;
  readonly comment?: Buffer;
  /** The comment length the end record declares (defaults to the comment's). */
  readonly commentLength?: number;
  /** Bytes before the first local header, not counted in any offset (a self-extractor's stub). */
  readonly stub?: Buffer;
  /** Where the zip will sit in a larger file: every offset counts from here (default 0). */
  readonly origin?: number;
}

/** Every entry of a zip as it was stored (names in Latin-1, so any bytes survive). */
function entriesOf(buf: Buffer): Craft[] {
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out: Craft[] = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = Buffer.from(buf.subarray(at + 46, at + 46 + nameLength));
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = Buffer.from(buf.subarray(start, start + compressed));
    out.push({ name, method, data, raw: method === 8 ? zlib.inflateRawSync(data) : data });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

/** A zip of the entries, each central and local header as the craft says. */
function build(entries: readonly Craft[], end: CraftEnd = {}): Buffer {
  const locals: Buffer[] = end.stub ? [end.stub] : [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = end.origin ?? 0;
  for (const e of entries) {
    const size = e.size ?? e.raw.length;
    let at = offset;
    if (e.sameLocalAs !== undefined) at = offsets[e.sameLocalAs]!;
    else {
      const name = e.local?.name ?? e.name;
      const extra = e.local?.extra ?? Buffer.alloc(0);
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(e.local?.flags ?? e.flags ?? 0, 6);
      header.writeUInt16LE(e.local?.method ?? e.method, 8);
      header.writeUInt32LE(e.local?.compressedSize ?? e.data.length, 18);
      header.writeUInt32LE(e.local?.size ?? size, 22);
      header.writeUInt16LE(name.length, 26);
      header.writeUInt16LE(extra.length, 28);
      const descriptor = e.descriptor ?? Buffer.alloc(0);
      locals.push(header, name, extra, e.data, descriptor);
      offset += 30 + name.length + extra.length + e.data.length + descriptor.length;
    }
    offsets.push(at);
    const extra = e.centralExtra ?? Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.compressedSize ?? e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(at, 42);
    centrals.push(central, e.name, extra);
  }
  const cd = Buffer.concat(centrals);
  const comment = end.comment ?? Buffer.alloc(0);
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(end.diskCount ?? entries.length, 8);
  record.writeUInt16LE(end.totalCount ?? entries.length, 10);
  record.writeUInt32LE(cd.length, 12);
  record.writeUInt32LE(offset, 16);
  record.writeUInt16LE(end.commentLength ?? comment.length, 20);
  return Buffer.concat([...locals, cd, record, comment]);
}

/** A zip rewritten with a zip64 end record and locator before its end record (counts 0xffff there). */
function withZip64(
  zip: Buffer,
  opts: { count?: number; recordSignature?: number; endCount?: number } = {}
): Buffer {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = zip.readUInt16LE(eocd + 10);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(opts.recordSignature ?? 0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(opts.count ?? count), 24);
  record.writeBigUInt64LE(BigInt(opts.count ?? count), 32);
  record.writeBigUInt64LE(BigInt(zip.readUInt32LE(eocd + 12)), 40);
  record.writeBigUInt64LE(BigInt(zip.readUInt32LE(eocd + 16)), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(eocd), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.from(zip.subarray(eocd, eocd + 22));
  end.writeUInt16LE(opts.endCount ?? 0xffff, 8);
  end.writeUInt16LE(opts.endCount ?? 0xffff, 10);
  return Buffer.concat([zip.subarray(0, eocd), record, locator, end]);
}

const S1 = "xl/worksheets/sheet1.xml";
const S2 = "xl/worksheets/sheet2.xml";
const STYLES = "xl/styles.xml";
const APP = "docProps/app.xml";
const b = (s: string): Buffer => Buffer.from(s, "latin1");
const deflate = (raw: Buffer): Buffer => zlib.deflateRawSync(raw);
const base = (): Craft[] => entriesOf(FILLED);
const at = (es: readonly Craft[], name: string): number =>
  es.findIndex((e) => e.name.equals(b(name)));
/** The workbook's entries with the named one changed. */
const edit = (name: string, f: (e: Craft) => Craft): Craft[] =>
  base().map((e) => (e.name.equals(b(name)) ? f(e) : e));
const stored = (e: Craft): Craft => ({ ...e, method: 0, data: e.raw });
const extraEntry = (name: Buffer, text = "<a/>", flags = 0): Craft => ({
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
  ["rebuilt by the test's writer", () => build(base()), true, "fast"],
  // Local headers that disagree with the central directory (both readers go by the central one).
  [
    "a local name that differs (sheet1's local header says sheet9)",
    () => build(edit(S1, (e) => ({ ...e, local: { name: b("xl/worksheets/sheet9.xml") } }))),
    true,
    "fast",
  ],
  [
    "a local name longer than the central one",
    () => build(edit(S1, (e) => ({ ...e, local: { name: b(`${S1}.bak`) } }))),
    true,
    "fast",
  ],
  [
    "zero sizes in every local header",
    () => build(base().map((e) => ({ ...e, local: { size: 0, compressedSize: 0 } }))),
    true,
    "fast",
  ],
  [
    "data descriptors (flag bit 3) with zero local sizes",
    () =>
      build(
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
    () => build(base().map((e) => ({ ...e, local: { flags: 8, size: 0, compressedSize: 0 } }))),
    true,
    "fast",
  ],
  [
    "a local header that says stored where the central one says deflate",
    () => build(edit(S1, (e) => ({ ...e, local: { method: 0 } }))),
    true,
    "fast",
  ],
  [
    "an extra field in every local header only",
    () =>
      build(base().map((e) => ({ ...e, local: { extra: Buffer.from([0x99, 0x99, 2, 0, 1, 2]) } }))),
    true,
    "fast",
  ],
  [
    "an extra field in every central header only",
    () => build(base().map((e) => ({ ...e, centralExtra: Buffer.from([0x99, 0x99, 2, 0, 1, 2]) }))),
    true,
    "fast",
  ],
  [
    "a zip64 extra field in the central headers without a zip64 end record",
    () =>
      build(
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
      return build([
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
      return build([...es, { ...es[at(es, S2)]!, sameLocalAs: at(es, S2) }]);
    },
    true,
    "exceljs",
  ],
  [
    "sheet1's central entry pointing at sheet2's local header",
    () => {
      const es = base();
      const [i1, i2] = [at(es, S1), at(es, S2)];
      return build(
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
      return build(es);
    },
    true,
    "exceljs",
  ],
  [
    "xl/worksheets/sheet1.xml twice, the same",
    () => {
      const es = base();
      return build([...es, es[at(es, S1)]!]);
    },
    true,
    "exceljs",
  ],
  ["xl/styles.xml twice", () => build([...base(), base()[at(base(), STYLES)]!]), true, "exceljs"],
  // Stored parts and declared sizes that lie (fflate reads stored data by its compressed size).
  ["every part stored", () => build(base().map(stored)), true, "fast"],
  ...([100, -100] as const).map((d): Case => [
    `stored sheet1 declaring ${d} bytes more than it holds`,
    () => build(edit(S1, (e) => ({ ...stored(e), size: e.raw.length + d }))),
    true,
    "fast",
  ]),
  ...([0, 0xfffffffe, 0xffffffff] as const).map((size): Case => [
    `stored sheet1 declaring size ${size.toString(16)}`,
    () => build(edit(S1, (e) => ({ ...stored(e), size }))),
    true,
    "fast",
  ]),
  [
    "stored docProps/app.xml declaring size ffffffff",
    () => build(edit(APP, (e) => ({ ...stored(e), size: 0xffffffff }))),
    true,
    "fast",
  ],
  [
    "deflated docProps/app.xml declaring size ffffffff (not a part the fast reader reads)",
    () => build(edit(APP, (e) => ({ ...e, size: 0xffffffff }))),
    true,
    "fast",
  ],
  [
    "stored sheet1 whose compressed size cuts it short",
    () => build(edit(S1, (e) => ({ ...stored(e), compressedSize: e.raw.length - 200 }))),
    true,
    "refused corrupt",
  ],
  // Deflated parts whose declared size lies, or whose stream is cut or odd.
  [
    "deflated sheet1 declaring one byte less (fflate would cut it)",
    () => build(edit(S1, (e) => ({ ...e, size: e.raw.length - 1 }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 declaring one byte more",
    () => build(edit(S1, (e) => ({ ...e, size: e.raw.length + 1 }))),
    true,
    "fast",
  ],
  [
    "deflated sheet1 declaring size 0",
    () => build(edit(S1, (e) => ({ ...e, size: 0 }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated styles declaring 10 bytes",
    () => build(edit(STYLES, (e) => ({ ...e, size: 10 }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 declaring size ffffffff",
    () => build(edit(S1, (e) => ({ ...e, size: 0xffffffff }))),
    false,
    "fast",
  ],
  [
    "deflated sheet1 whose stream is cut 30 bytes short",
    () => build(edit(S1, (e) => ({ ...e, data: e.data.subarray(0, e.data.length - 30) }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 whose stream lacks its last byte",
    () => build(edit(S1, (e) => ({ ...e, data: e.data.subarray(0, e.data.length - 1) }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 with bytes after the end of its stream",
    () => build(edit(S1, (e) => ({ ...e, data: Buffer.concat([e.data, b("garbage")]) }))),
    true,
    "fast",
  ],
  [
    "deflated sheet1 in stored deflate blocks declaring one byte less (fflate would throw)",
    () =>
      build(
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
    () => build(edit(S1, (e) => ({ ...e, data: Buffer.alloc(0), size: 100 }))),
    false,
    "refused corrupt",
  ],
  [
    "deflated sheet1 sync-flushed, with no final block",
    () =>
      build(
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
    () => build(edit(APP, (e) => ({ ...e, method: 9 }))),
    false,
    "refused corrupt",
  ],
  [
    "sheet1 with compression method 12",
    () => build(edit(S1, (e) => ({ ...e, method: 12 }))),
    false,
    "refused corrupt",
  ],
  // The end record.
  [
    "an end record whose this-disk count differs from the total",
    () => build(base(), { diskCount: 3 }),
    false,
    "exceljs",
  ],
  [
    "an end record whose this-disk count is 0",
    () => build(base(), { diskCount: 0 }),
    false,
    "exceljs",
  ],
  [
    "a comment holding a fake end record (no entries)",
    () => {
      const fake = Buffer.alloc(22);
      fake.writeUInt32LE(0x06054b50, 0);
      return build(base(), { comment: Buffer.concat([fake, Buffer.alloc(10)]) });
    },
    false,
    "refused foreign-file",
  ],
  [
    "a comment holding a second zip, its end record last (a different sheet1)",
    () => {
      const real = build(base());
      const alt = edit(S1, (e) => {
        const raw = b(e.raw.toString("latin1").replace(/<v>\d+<\/v>/, "<v>999</v>"));
        return { ...e, raw, data: deflate(raw) };
      });
      return build(base(), { comment: build(alt, { origin: real.length }) });
    },
    true,
    "refused corrupt",
  ],
  ["a plain comment", () => build(base(), { comment: b("hello PK") }), true, "fast"],
  [
    "a comment length that lies",
    () => build(base(), { comment: b("hello"), commentLength: 100 }),
    true,
    "fast",
  ],
  [
    "bytes after the end record",
    () => Buffer.concat([build(base()), Buffer.alloc(100, 1)]),
    true,
    "fast",
  ],
  [
    "a self-extractor stub that the offsets do not count",
    () => build(base(), { stub: b("PK\x03\x04junkjunkjunkjunkjunkjunkjunkjunk") }),
    false,
    "refused corrupt",
  ],
  ["a zip64 end record", () => withZip64(build(base())), false, "fast"],
  [
    "a zip64 end record whose signature is wrong",
    () => withZip64(build(base()), { recordSignature: 0x12345678 }),
    false,
    "refused too-many-entries",
  ],
  [
    "a zip64 end record counting fewer entries",
    () => withZip64(build(base()), { count: 10 }),
    false,
    "refused not-xlsx",
  ],
  // Names.
  [
    "sheet1 named ./xl/worksheets/sheet1.xml",
    () => build(edit(S1, (e) => ({ ...e, name: b(`./${S1}`) }))),
    true,
    "exceljs",
  ],
  [
    "styles named XL/styles.xml",
    () => build(edit(STYLES, (e) => ({ ...e, name: b("XL/styles.xml") }))),
    true,
    "refused corrupt",
  ],
  [
    "sheet1 named xl/worksheets/Sheet1.xml",
    () => build(edit(S1, (e) => ({ ...e, name: b("xl/worksheets/Sheet1.xml") }))),
    true,
    "exceljs",
    "no-meta",
  ],
  [
    "the UTF-8 flag on every entry",
    () => build(base().map((e) => ({ ...e, flags: 0x800 }))),
    true,
    "fast",
  ],
  [
    "a GBK name without the UTF-8 flag (中文.xml)",
    () =>
      build([...base(), extraEntry(Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x2e, 0x78, 0x6d, 0x6c]))]),
    true,
    "fast",
  ],
  [
    "a CP437 byte in a worksheet-like name without the UTF-8 flag",
    () =>
      build([
        ...base(),
        extraEntry(Buffer.concat([b("xl/worksheets/sheet1"), Buffer.from([0x80]), b(".xml")])),
      ]),
    true,
    "fast",
  ],
  [
    "invalid UTF-8 in a worksheet-like name with the UTF-8 flag",
    () =>
      build([
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
      build(
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
      build(
        edit(S1, (e) => ({ ...e, name: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b(S1)]) }))
      ),
    true,
    "exceljs",
    "no-meta",
  ],
  [
    "a name of 65,535 non-ASCII bytes without the UTF-8 flag",
    () =>
      build([
        ...base(),
        { ...extraEntry(Buffer.alloc(65535, 0x80)), method: 0, data: b("x"), raw: b("x") },
      ]),
    true,
    "fast",
  ],
  [
    "a NUL in a name",
    () => build([...base(), extraEntry(b(`${S1}\0`))]),
    false,
    "refused unsafe-entry",
  ],
  [
    "a directory entry xl/worksheets/sheet1.xml/",
    () =>
      build([
        ...base(),
        { name: b(`${S1}/`), method: 0, data: Buffer.alloc(0), raw: Buffer.alloc(0) },
      ]),
    true,
    "exceljs",
  ],
  ["an entry named __proto__", () => build([...base(), extraEntry(b("__proto__"))]), true, "fast"],
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
    const bytes = new Uint8Array(build(edit(S1, (e) => ({ ...e, size: 0xfffffffe }))));
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
      build([
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
