/**
 * A minimal zip writer for crafting hostile files (macro, external links, zip bombs) in tests.
 */
import * as zlib from "zlib";

export interface ZipEntry {
  readonly name: string;
  /** Raw deflate data, or stored bytes when `stored` is set. */
  readonly data: Buffer;
  readonly stored?: boolean;
  /** Declared uncompressed size (a bomb may lie). */
  readonly size?: number;
}

/** Deflates text or bytes for an entry. */
export function deflated(name: string, content: string | Buffer): ZipEntry {
  const raw = typeof content === "string" ? Buffer.from(content) : content;
  return { name, data: zlib.deflateRawSync(raw), size: raw.length };
}

/** Builds a zip archive from entries (CRC left 0: the guard under test does not rely on it). */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(e.size ?? e.data.length, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.stored ? 0 : 8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(Math.min(e.size ?? e.data.length, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
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
