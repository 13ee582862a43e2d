/**
 * Checks an .xlsx container before any library parses it: what the file really is (by content: zip, OLE, PDF,
 * JSON, text), the entry count (read from the end record before any entry is parsed), entry names (path
 * traversal), macros, external content, XML nesting and DTDs, and the inflated size, capped by streaming inflate so a
 * zip bomb stops at the limit. Plain Uint8Array and pako, so the same guard runs in Node (CLI) and in the task pane.
 */
import pako from "pako";
import type { Problem } from "../../engine";
import { classifyOle } from "../input/ole";
import { sniff } from "../input/sniff";
import { XmlScanner, isXmlPart } from "../input/xmlScan";
import { externalContent, keepsText } from "./external";

export interface ZipLimits {
  /** Largest file accepted, bytes. */
  readonly maxFileBytes: number;
  /** Largest total after inflating every entry, bytes. */
  readonly maxInflatedBytes: number;
  /** Most entries (parts) accepted; a scoresheet has a few dozen. */
  readonly maxEntries: number;
  /** Deepest XML element nesting accepted in any part (default 100; a worksheet nests about 7). */
  readonly maxXmlDepth?: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxEntries: 2000,
  maxXmlDepth: 100,
};

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

const utf8 = new TextDecoder("utf-8");

class OverLimit extends Error {
  override readonly name = "OverLimit";
}

/** The end-of-central-directory record: entry count (zip64 aware) and where the directory starts. */
function endRecord(buf: Uint8Array, view: DataView): { count: number; offset: number } | undefined {
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    let count = view.getUint16(i + 10, true);
    const offset = view.getUint32(i + 16, true);
    // zip64: the locator sits just before the record and points at the zip64 end record.
    if (count === 0xffff && i >= 20 && view.getUint32(i - 20, true) === 0x07064b50) {
      const at = Number(view.getBigUint64(i - 12, true));
      if (at + 56 <= buf.length && view.getUint32(at, true) === 0x06064b50)
        count = Number(view.getBigUint64(at + 32, true));
    }
    return { count, offset };
  }
  return undefined;
}

function readEntries(
  buf: Uint8Array,
  view: DataView,
  count: number,
  start: number
): Entry[] | string {
  let offset = start;
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

/**
 * Inflates an entry chunk by chunk, handing each chunk to `onChunk` and stopping as soon as the output passes the
 * budget; keeps the bytes only when asked.
 */
function inflate(
  data: Uint8Array,
  method: number,
  budget: number,
  keep: boolean,
  onChunk: (chunk: Uint8Array) => void
): { size: number; bytes?: Uint8Array } | "over" | "bad" {
  if (method === 0) {
    if (data.length > budget) return "over";
    onChunk(data);
    return { size: data.length, ...(keep ? { bytes: data } : {}) };
  }
  if (method !== 8) return "bad";
  let size = 0;
  const chunks: Uint8Array[] = [];
  const inflater = new pako.Inflate({ raw: true, chunkSize: 1 << 16 });
  inflater.onData = (chunk: pako.Data) => {
    const bytes = chunk as Uint8Array;
    size += bytes.length;
    if (size > budget) throw new OverLimit();
    onChunk(bytes);
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

/** An entry name that could escape a folder if extracted: `..` segments, absolute paths, drive letters. */
function unsafeName(name: string): boolean {
  return (
    name.includes("\\") ||
    name.includes("\0") ||
    name.startsWith("/") ||
    /^[a-z]:/i.test(name) ||
    name.split("/").some((s) => s === "..")
  );
}

/** What a zip that is not an .xlsx is, from its part names and its `mimetype` part (ODF). */
function foreignZip(names: ReadonlySet<string>, mimetype: string): Problem | undefined {
  if (mimetype.includes("opendocument.spreadsheet")) return { code: "foreign-file", kind: "ods" };
  if (mimetype.includes("opendocument")) return { code: "foreign-file", kind: "odf" };
  if (names.has("word/document.xml")) return { code: "foreign-file", kind: "docx" };
  if (names.has("ppt/presentation.xml")) return { code: "foreign-file", kind: "pptx" };
  if (names.has("xl/workbook.bin")) return { code: "macro-workbook" };
  if (!names.has("[Content_Types].xml")) return { code: "foreign-file", kind: "zip" };
  if (!names.has("xl/workbook.xml")) return { code: "not-xlsx", detail: "no xl/workbook.xml" };
  return undefined;
}

/** A file that is not a zip at all, by its first bytes and (for OLE's xls/et tie only) its name. */
function notZip(buf: Uint8Array, fileName: string): Problem {
  const kind = sniff(buf);
  switch (kind) {
    case "empty":
      return { code: "empty-file" };
    case "ole": {
      const ole = classifyOle(buf, fileName);
      return ole === "encrypted" ? { code: "encrypted" } : { code: "foreign-file", kind: ole };
    }
    case "pdf":
    case "json":
    case "binary":
      return { code: "foreign-file", kind };
    case "text":
      return { code: "not-xlsx", detail: "文本文件 / a text file" };
    case "zip":
      return { code: "corrupt", detail: "no end of central directory" };
  }
}

/**
 * Every problem that makes a file unfit to be parsed as a scoresheet; empty when it may be parsed.
 * @param fileName only breaks the tie between a legacy .xls and a WPS .et, which share a format.
 */
export function inspectXlsx(
  buf: Uint8Array,
  limits: ZipLimits = DEFAULT_LIMITS,
  fileName = ""
): Problem[] {
  if (buf.length > limits.maxFileBytes)
    return [{ code: "too-large", size: buf.length, limit: limits.maxFileBytes }];
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.length < 22 || view.getUint32(0, true) !== 0x04034b50) return [notZip(buf, fileName)];
  const end = endRecord(buf, view);
  if (!end) return [{ code: "corrupt", detail: "no end of central directory" }];
  if (end.count > limits.maxEntries)
    return [{ code: "too-many-entries", count: end.count, limit: limits.maxEntries }];
  const entries = readEntries(buf, view, end.count, end.offset);
  if (typeof entries === "string") return [{ code: "corrupt", detail: entries }];
  const unsafe = entries.find((e) => unsafeName(e.name));
  if (unsafe) return [{ code: "unsafe-entry", entry: unsafe.name.slice(0, 200) }];
  const names = new Set(entries.map((e) => e.name));
  const mimeEntry = entries.find((e) => e.name === "mimetype");
  const mimeData = mimeEntry && entryData(buf, view, mimeEntry);
  const mime = mimeData && inflate(mimeData, mimeEntry.method, 1024, true, () => undefined);
  const foreign = foreignZip(
    names,
    typeof mime === "object" && mime.bytes ? utf8.decode(mime.bytes) : ""
  );
  if (foreign) return [foreign];
  const problems: Problem[] = [];
  if ([...names].some((n) => /vbaProject\.bin$/i.test(n)))
    problems.push({ code: "macro-workbook" });
  const texts = new Map<string, string>();
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const data = entryData(buf, view, e);
    const scanner = isXmlPart(e.name) ? new XmlScanner(limits.maxXmlDepth ?? 100) : undefined;
    const result = data
      ? inflate(data, e.method, limits.maxInflatedBytes - total, keepsText(e.name), (c) =>
          scanner?.feed(c)
        )
      : "bad";
    if (result === "over")
      return [...problems, { code: "zip-bomb", limit: limits.maxInflatedBytes }];
    if (result === "bad") return [...problems, { code: "corrupt", detail: `entry ${e.name}` }];
    const scan = scanner?.result() ?? "ok";
    if (scan === "doctype") return [...problems, { code: "xml-doctype", part: e.name }];
    if (scan === "too-deep")
      return [
        ...problems,
        { code: "xml-too-deep", part: e.name, limit: limits.maxXmlDepth ?? 100 },
      ];
    total += result.size;
    if (result.bytes) texts.set(e.name, utf8.decode(result.bytes));
  }
  if (/macroEnabled/i.test(texts.get("[Content_Types].xml") ?? "") && problems.length === 0)
    problems.push({ code: "macro-workbook" });
  problems.push(...externalContent([...names], texts));
  return problems;
}
