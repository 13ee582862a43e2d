/**
 * Zips in the tests, each job in one place.
 *
 * Valid archives (a workbook or report to read, parts to write back) go through fflate: `unzip` and `rezip`.
 * Hostile ones (central and local headers that disagree, sizes that lie, zip64 records, any method, a self-extractor
 * stub) are written by `craftZip`, the tests' one writer of zip headers, and read back entry by entry as stored by
 * `storedEntries`. `zip` is craftZip's short form for named entries (a macro, an external link, a zip bomb);
 * `withZip64` and `manyEntries` add zip64 end records.
 */
import { unzipSync, zipSync } from "fflate";
import * as zlib from "zlib";

/** Every entry of a valid zip archive, inflated (fflate's unzipSync), by name. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  return new Map(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [
      name,
      Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    ])
  );
}

/** A fixed date for every entry `rezip` writes, so the same parts give the same bytes. */
const REZIP_DATE = new Date(1980, 0, 1);

/**
 * A valid zip of the parts (fflate's zipSync: real CRCs, as a strict reader such as LibreOffice checks), each
 * deflated at level 6 (zlib's default too), in the map's order.
 */
export function rezip(parts: ReadonlyMap<string, Buffer | string>): Buffer {
  const files = Object.fromEntries(
    [...parts].map(([name, content]) => [
      name,
      typeof content === "string" ? Buffer.from(content) : content,
    ])
  );
  return Buffer.from(zipSync(files, { level: 6, mtime: REZIP_DATE }));
}

/** One entry of a crafted zip: the central directory's view, and where the local header says otherwise. */
export interface Craft {
  /** The name's bytes (any encoding, any bytes). */
  readonly name: Buffer;
  /** 0 stored, 8 deflate, or anything else. */
  readonly method: number;
  /** The bytes as stored (raw deflate for method 8). */
  readonly data: Buffer;
  /** The inflated bytes, where known (storedEntries gives them, for rebuilding). */
  readonly raw?: Buffer;
  /** Declared uncompressed size in the central directory (defaults to raw's length, else data's). */
  readonly size?: number;
  /** Declared compressed size in the central directory (defaults to data's length). */
  readonly compressedSize?: number;
  readonly flags?: number;
  /** Where the local header differs from the central one (each field defaults to the central one's). */
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

/** An entry as `storedEntries` reads it: its inflated bytes known. */
export type ReadEntry = Craft & { readonly raw: Buffer };

/** The end record of a crafted zip, and what comes before and after the entries. */
export interface CraftEnd {
  /** Entry counts in the end record: on this disk (offset 8) and in all (offset 10); default the count, at most 0xffff. */
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

/** Offset of the end-of-central-directory record: the last signature found searching back from the end. */
function endRecordAt(buf: Buffer): number {
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  return eocd;
}

/**
 * Every entry of a zip as it was stored, through the central directory and each local header's lengths (names as
 * bytes, so any survive; method and data as stored; deflated data inflated into `raw`, stored data as it is).
 */
export function storedEntries(buf: Buffer): ReadEntry[] {
  const eocd = endRecordAt(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out: ReadEntry[] = [];
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

/**
 * A zip of the entries, each central and local header as the craft says (version 20, CRC 0: the guards under test
 * do not check it), then the end record as `end` says. The tests' one writer of zip headers.
 */
export function craftZip(entries: readonly Craft[], end: CraftEnd = {}): Buffer {
  const locals: Buffer[] = end.stub ? [end.stub] : [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = end.origin ?? 0;
  for (const e of entries) {
    const size = e.size ?? e.raw?.length ?? e.data.length;
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
  const count = Math.min(entries.length, 0xffff);
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(end.diskCount ?? count, 8);
  record.writeUInt16LE(end.totalCount ?? count, 10);
  record.writeUInt32LE(cd.length, 12);
  record.writeUInt32LE(offset, 16);
  record.writeUInt16LE(end.commentLength ?? comment.length, 20);
  return Buffer.concat([...locals, cd, record, comment]);
}

/**
 * A zip rewritten with a zip64 end record and locator before its end record, whose counts become 0xffff (or
 * `endCount`). The zip64 record counts the end record's total (or `count`) under `recordSignature` (default the
 * right one).
 */
export function withZip64(
  zip: Buffer,
  opts: { count?: number; recordSignature?: number; endCount?: number } = {}
): Buffer {
  const eocd = endRecordAt(zip);
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

/** A zip with `n` empty stored entries (x/0.xml, x/1.xml, …) and zip64 end records, so the count is not cut to 16 bits. */
export function manyEntries(n: number): Buffer {
  const empty = Buffer.alloc(0);
  const entries = Array.from({ length: n }, (_, i): Craft => ({
    name: Buffer.from(`x/${i}.xml`),
    method: 0,
    data: empty,
  }));
  return withZip64(craftZip(entries), { count: n });
}

/** An entry for `zip`, named by a string. */
export interface ZipEntry {
  readonly name: string;
  /** Raw deflate data, or stored bytes when `stored` is set. */
  readonly data: Buffer;
  readonly stored?: boolean;
  /** Declared uncompressed size (a bomb may lie); defaults to data's length. */
  readonly size?: number;
}

/** Deflates text or bytes for an entry. */
export function deflated(name: string, content: string | Buffer): ZipEntry {
  const raw = typeof content === "string" ? Buffer.from(content) : content;
  return { name, data: zlib.deflateRawSync(raw), size: raw.length };
}

/** craftZip's short form: the entries with their headers agreeing, a size past 32 bits declared as 0xffffffff. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  return craftZip(
    entries.map((e) => ({
      name: Buffer.from(e.name),
      method: e.stored ? 0 : 8,
      data: e.data,
      size: Math.min(e.size ?? e.data.length, 0xffffffff),
    }))
  );
}

/** A deflate stream of `gigabytes` GiB of zeros, built by repeating a sync-flushed block: a few MB on disk. */
export function zeroBomb(gigabytes: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
    level: 9,
  });
  const parts: Buffer[] = [];
  for (let i = 0; i < gigabytes * 1024; i++) parts.push(block);
  parts.push(Buffer.from([0x03, 0x00])); // final empty fixed-Huffman block
  return Buffer.concat(parts);
}

export const MINIMAL_PARTS: readonly ZipEntry[] = [
  deflated(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  ),
  deflated(
    "xl/workbook.xml",
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
  ),
];
