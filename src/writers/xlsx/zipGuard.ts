/**
 * Checks an .xlsx container before any library parses it: its kind (zip, encrypted OLE, other), macros,
 * external links, and the inflated size, which is capped by streaming inflate so a zip bomb stops at the limit.
 */
import * as zlib from "zlib";
import type { Problem } from "../../engine";

export interface ZipLimits {
  /** Largest file accepted, bytes. */
  readonly maxFileBytes: number;
  /** Largest total after inflating every entry, bytes. */
  readonly maxInflatedBytes: number;
  readonly maxEntries: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxEntries: 2000,
};

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function readCentralDirectory(buf: Buffer): Entry[] | string {
  const min = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "no end of central directory";
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50)
      return "broken central directory";
    const method = buf.readUInt16LE(offset + 10);
    const compressedSize = buf.readUInt32LE(offset + 20);
    const nameLen = buf.readUInt16LE(offset + 28);
    const extraLen = buf.readUInt16LE(offset + 30);
    const commentLen = buf.readUInt16LE(offset + 32);
    const localOffset = buf.readUInt32LE(offset + 42);
    const name = buf.toString("utf8", offset + 46, offset + 46 + nameLen);
    entries.push({ name, method, compressedSize, localOffset });
    offset += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function inflatedSize(buf: Buffer, e: Entry, budget: number): number | "over" | "bad" {
  if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== 0x04034b50)
    return "bad";
  const start =
    e.localOffset +
    30 +
    buf.readUInt16LE(e.localOffset + 26) +
    buf.readUInt16LE(e.localOffset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data.length > budget ? "over" : data.length;
  if (e.method !== 8) return "bad";
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ||
      err instanceof RangeError
      ? "over"
      : "bad";
  }
}

/** Every problem that makes a file unfit to be parsed as a scoresheet; empty when it may be parsed. */
export function inspectXlsx(buf: Buffer, limits: ZipLimits = DEFAULT_LIMITS): Problem[] {
  if (buf.length > limits.maxFileBytes)
    return [{ code: "too-large", size: buf.length, limit: limits.maxFileBytes }];
  if (OLE_MAGIC.every((b, i) => buf[i] === b)) return [{ code: "encrypted" }];
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50)
    return [{ code: "not-xlsx", detail: buf.length === 0 ? "empty file" : "not a zip container" }];
  const entries = readCentralDirectory(buf);
  if (typeof entries === "string") return [{ code: "corrupt", detail: entries }];
  if (entries.length > limits.maxEntries)
    return [{ code: "zip-bomb", limit: limits.maxInflatedBytes }];
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    if (names.has("xl/workbook.bin")) return [{ code: "macro-workbook" }];
    return [{ code: "not-xlsx", detail: "no xl/workbook.xml" }];
  }
  const problems: Problem[] = [];
  if ([...names].some((n) => /vbaProject\.bin$/i.test(n)))
    problems.push({ code: "macro-workbook" });
  if ([...names].some((n) => n.startsWith("xl/externalLinks/")))
    problems.push({ code: "external-links" });
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const size = inflatedSize(buf, e, limits.maxInflatedBytes - total);
    if (size === "over") return [...problems, { code: "zip-bomb", limit: limits.maxInflatedBytes }];
    if (size === "bad") return [...problems, { code: "corrupt", detail: `entry ${e.name}` }];
    total += size;
  }
  const types = inflateEntry(
    buf,
    entries.find((e) => e.name === "[Content_Types].xml")!
  );
  if (types && /macroEnabled/i.test(types)) problems.push({ code: "macro-workbook" });
  return problems;
}

function inflateEntry(buf: Buffer, e: Entry): string | undefined {
  const start =
    e.localOffset +
    30 +
    buf.readUInt16LE(e.localOffset + 26) +
    buf.readUInt16LE(e.localOffset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  try {
    return (e.method === 0 ? data : zlib.inflateRawSync(data)).toString("utf8");
  } catch {
    return undefined;
  }
}
