/**
 * Checks an .xlsx container before any library parses it: its kind (zip, encrypted OLE, other), macros,
 * external links, and the inflated size, which is capped by streaming inflate so a zip bomb stops at the limit.
 * Plain Uint8Array and pako, so the same guard runs in Node (CLI) and in the task pane.
 */
import pako from "pako";
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
const utf8 = new TextDecoder("utf-8");

class OverLimit extends Error {
  override readonly name = "OverLimit";
}

function readCentralDirectory(buf: Uint8Array, view: DataView): Entry[] | string {
  const min = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "no end of central directory";
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || view.getUint32(offset, true) !== 0x02014b50)
      return "broken central directory";
    const nameLen = view.getUint16(offset + 28, true);
    entries.push({
      name: utf8.decode(buf.subarray(offset + 46, offset + 46 + nameLen)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLen + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

function entryData(buf: Uint8Array, view: DataView, e: Entry): Uint8Array | undefined {
  if (e.localOffset + 30 > buf.length || view.getUint32(e.localOffset, true) !== 0x04034b50)
    return undefined;
  const start =
    e.localOffset +
    30 +
    view.getUint16(e.localOffset + 26, true) +
    view.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > buf.length) return undefined;
  return buf.subarray(start, start + e.compressedSize);
}

/** Inflates an entry, stopping as soon as the output passes the budget; keeps the bytes only when asked. */
function inflate(
  data: Uint8Array,
  method: number,
  budget: number,
  keep: boolean
): { size: number; bytes?: Uint8Array } | "over" | "bad" {
  if (method === 0)
    return data.length > budget ? "over" : { size: data.length, ...(keep ? { bytes: data } : {}) };
  if (method !== 8) return "bad";
  let size = 0;
  const chunks: Uint8Array[] = [];
  const inflater = new pako.Inflate({ raw: true, chunkSize: 1 << 16 });
  inflater.onData = (chunk: pako.Data) => {
    const bytes = chunk as Uint8Array;
    size += bytes.length;
    if (size > budget) throw new OverLimit();
    if (keep) chunks.push(bytes);
  };
  try {
    inflater.push(data, true);
  } catch (e) {
    if (e instanceof OverLimit) return "over";
    return "bad";
  }
  if (inflater.err) return "bad";
  if (!keep) return { size };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { size, bytes };
}

/** Every problem that makes a file unfit to be parsed as a scoresheet; empty when it may be parsed. */
export function inspectXlsx(buf: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): Problem[] {
  if (buf.length > limits.maxFileBytes)
    return [{ code: "too-large", size: buf.length, limit: limits.maxFileBytes }];
  if (buf.length >= 8 && OLE_MAGIC.every((b, i) => buf[i] === b)) return [{ code: "encrypted" }];
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.length < 22 || view.getUint32(0, true) !== 0x04034b50)
    return [{ code: "not-xlsx", detail: buf.length === 0 ? "empty file" : "not a zip container" }];
  const entries = readCentralDirectory(buf, view);
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
  let contentTypes = "";
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const data = entryData(buf, view, e);
    const result = data
      ? inflate(data, e.method, limits.maxInflatedBytes - total, e.name === "[Content_Types].xml")
      : "bad";
    if (result === "over")
      return [...problems, { code: "zip-bomb", limit: limits.maxInflatedBytes }];
    if (result === "bad") return [...problems, { code: "corrupt", detail: `entry ${e.name}` }];
    total += result.size;
    if (result.bytes) contentTypes = utf8.decode(result.bytes);
  }
  if (/macroEnabled/i.test(contentTypes)) problems.push({ code: "macro-workbook" });
  return problems;
}
