/**
 * Checks an .xlsx container before any library parses it: what the file really is (by content: zip, OLE, PDF,
 * JSON, text), the entry count (read from the end record before any entry is parsed), entry names (path
 * traversal), macros, external content, XML nesting and DTDs, and the inflated size, capped by streaming inflate so a
 * zip bomb stops at the limit. Plain Uint8Array and pako, so the same guard runs in Node (CLI) and in the task pane;
 * the CLI installs Node's zlib to go first (../input/inflateRaw.ts), pako keeping every stream zlib does not inflate whole.
 * Since it inflates every part anyway, it can keep the parts a reader asks for ({@link inspectXlsxParts}), so that
 * the fast reader (fastGrid.ts) does not inflate them a second time (issue 15).
 */
import type { Data } from "pako";
import { Inflate } from "pako/lib/inflate"; // the inflate half only (pakoInflate.d.ts)
import type { Problem } from "../../engine";
import { installedInflateRaw } from "../input/inflateRaw";
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
  /** The name as fflate's unzipSync decodes it (CP437 read as Latin-1 without the UTF-8 flag), see zipName. */
  readonly zipName: string;
  readonly method: number;
  readonly compressedSize: number;
  /** As the central directory declares it. */
  readonly size: number;
  readonly localOffset: number;
}

const utf8 = new TextDecoder("utf-8");

/** Bytes per String.fromCharCode call when decoding Latin-1 (fflate's strFromU8 uses 16,384). */
const LATIN1_SLICE = 4096;

/**
 * An entry name as fflate's unzipSync gives it to the fast reader, so that the names handed on are the ones it
 * read itself before (issue 15): UTF-8 when the entry's UTF-8 flag (bit 11) is set, otherwise Latin-1. The same
 * as the gate's own UTF-8 reading for ASCII names, which every part the fast reader reads has.
 */
function zipName(bytes: Uint8Array, flags: number, name: string): string {
  if (flags & 0x800) return name;
  let ascii = true;
  for (const b of bytes) if (b >= 0x80) ascii = false;
  if (ascii) return name;
  // In slices, as fflate's strFromU8 does: a name of up to 65,535 bytes spread into one call can overflow the stack.
  let latin1 = "";
  for (let i = 0; i < bytes.length; i += LATIN1_SLICE)
    latin1 += String.fromCharCode(...bytes.subarray(i, i + LATIN1_SLICE));
  return latin1;
}

class OverLimit extends Error {
  override readonly name = "OverLimit";
}

/**
 * The end-of-central-directory record: entry count (zip64 aware) and where the directory starts; `plain` when
 * fflate's unzipSync reads the same directory from it (this disk's count is the total, and no zip64 locator).
 */
function endRecord(
  buf: Uint8Array,
  view: DataView
): { count: number; offset: number; plain: boolean } | undefined {
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    let count = view.getUint16(i + 10, true);
    const offset = view.getUint32(i + 16, true);
    const locator = i >= 20 && view.getUint32(i - 20, true) === 0x07064b50;
    const plain = !locator && count === view.getUint16(i + 8, true);
    // zip64: the locator sits just before the record and points at the zip64 end record.
    if (count === 0xffff && locator) {
      const at = Number(view.getBigUint64(i - 12, true));
      if (at + 56 <= buf.length && view.getUint32(at, true) === 0x06064b50)
        count = Number(view.getBigUint64(at + 32, true));
    }
    return { count, offset, plain };
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
    const nameBytes = buf.subarray(offset + 46, offset + 46 + nameLen);
    const name = utf8.decode(nameBytes);
    entries.push({
      name,
      zipName: zipName(nameBytes, view.getUint16(offset + 8, true), name),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
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

/** An entry inflated: its size, and its bytes when asked. */
interface Inflated {
  readonly size: number;
  readonly bytes?: Uint8Array;
  /** A deflate stream that ran to its end (not cut short), so what fflate's unzipSync reads too. */
  readonly complete?: true;
}

/** Joins inflated chunks. */
function joined(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/**
 * Inflates a deflate stream with pako chunk by chunk, handing each chunk to `onChunk` and stopping as soon as the
 * output passes the budget; keeps the bytes only when asked. With `finish`, a stream cut short gives what it had
 * (as the gate always took it); without, it gives "cut" (pako holds back its last partial chunk then).
 */
function inflateRaw(
  data: Uint8Array,
  budget: number,
  keep: boolean,
  finish: boolean,
  onChunk: (chunk: Uint8Array) => void
): Inflated | "over" | "bad" | "cut" {
  let size = 0;
  const chunks: Uint8Array[] = [];
  const inflater = new Inflate({ raw: true, chunkSize: 1 << 16 });
  inflater.onData = (chunk: Data) => {
    const bytes = chunk as Uint8Array;
    size += bytes.length;
    if (size > budget) throw new OverLimit();
    onChunk(bytes);
    if (keep) chunks.push(bytes);
  };
  try {
    inflater.push(data, finish);
  } catch (e) {
    if (e instanceof OverLimit) return "over";
    return "bad";
  }
  if (inflater.err) return "bad";
  // Without `finish`, pako ends (and frees) the inflater only at the end of the stream.
  const complete = !finish && (inflater as unknown as { ended: boolean }).ended;
  if (!finish && !complete) return "cut";
  const ended = complete ? { complete: true as const } : {};
  return keep ? { size, bytes: joined(chunks, size), ...ended } : { size, ...ended };
}

/**
 * Inflates an entry chunk by chunk, handing each chunk to a fresh `sink()` and stopping as soon as the output
 * passes the budget; keeps the bytes only when asked. A deflate stream cut short is inflated again from the start
 * with pako's finish, into a new sink, for the verdict the gate always gave it. An installed native inflater
 * (inflateRaw.ts) goes first; whatever it does not inflate whole within the budget, pako inflates as before.
 */
function inflate(
  data: Uint8Array,
  method: number,
  budget: number,
  keep: boolean,
  sink: () => (chunk: Uint8Array) => void
): Inflated | "over" | "bad" {
  if (method === 0) {
    if (data.length > budget) return "over";
    sink()(data);
    return { size: data.length, ...(keep ? { bytes: data } : {}) };
  }
  if (method !== 8) return "bad";
  const native = budget >= 1 ? installedInflateRaw()?.(data, budget) : undefined;
  if (native !== undefined) {
    // Inflated whole within the budget (inflateRaw.ts): what pako gives a complete stream, in one chunk.
    sink()(native);
    return { size: native.length, ...(keep ? { bytes: native } : {}), complete: true };
  }
  const whole = inflateRaw(data, budget, keep, false, sink());
  if (whole !== "cut") return whole;
  const cut = inflateRaw(data, budget, keep, true, sink());
  return cut === "cut" ? "bad" : cut; // (finish never gives "cut")
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

/** What the container gate found, and the parts it was asked to keep. */
export interface XlsxInspection {
  /** Every problem that makes the file unfit to be parsed as a scoresheet; empty when it may be parsed. */
  readonly problems: Problem[];
  /**
   * The inflated bytes of the parts `keep` chose, by name, when there are no problems and the fast reader's own
   * unzip (fflate's unzipSync) would have read exactly these bytes: undefined otherwise (a zip64 or multi-disk
   * end record, a part larger than its declared size or whose deflate stream ends early), so that the reader
   * unzips for itself as before.
   */
  readonly parts?: Map<string, Uint8Array>;
  /** Every entry name in directory order, as fflate decodes them ([] when refused before the directory). */
  readonly names: string[];
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
  return inspectXlsxParts(buf, limits, fileName).problems;
}

/**
 * The container gate ({@link inspectXlsx}), keeping the inflated bytes of the parts `keep` names (by the name
 * fflate gives them) so that a reader need not inflate them again.
 */
export function inspectXlsxParts(
  buf: Uint8Array,
  limits: ZipLimits = DEFAULT_LIMITS,
  fileName = "",
  keep?: (name: string) => boolean
): XlsxInspection {
  const names: string[] = [];
  const refuse = (problems: Problem[]): XlsxInspection => ({ problems, names });
  if (buf.length > limits.maxFileBytes)
    return refuse([{ code: "too-large", size: buf.length, limit: limits.maxFileBytes }]);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.length < 22 || view.getUint32(0, true) !== 0x04034b50)
    return refuse([notZip(buf, fileName)]);
  const end = endRecord(buf, view);
  if (!end) return refuse([{ code: "corrupt", detail: "no end of central directory" }]);
  if (end.count > limits.maxEntries)
    return refuse([{ code: "too-many-entries", count: end.count, limit: limits.maxEntries }]);
  const entries = readEntries(buf, view, end.count, end.offset);
  if (typeof entries === "string") return refuse([{ code: "corrupt", detail: entries }]);
  for (const e of entries) names.push(e.zipName);
  const unsafe = entries.find((e) => unsafeName(e.name));
  if (unsafe) return refuse([{ code: "unsafe-entry", entry: unsafe.name.slice(0, 200) }]);
  const nameSet = new Set(entries.map((e) => e.name));
  const mimeEntry = entries.find((e) => e.name === "mimetype");
  const mimeData = mimeEntry && entryData(buf, view, mimeEntry);
  const mime = mimeData && inflate(mimeData, mimeEntry.method, 1024, true, () => () => undefined);
  const foreign = foreignZip(
    nameSet,
    typeof mime === "object" && mime.bytes ? utf8.decode(mime.bytes) : ""
  );
  if (foreign) return refuse([foreign]);
  const problems: Problem[] = [];
  if ([...nameSet].some((n) => /vbaProject\.bin$/i.test(n)))
    problems.push({ code: "macro-workbook" });
  const texts = new Map<string, string>();
  let parts = keep && end.plain ? new Map<string, Uint8Array>() : undefined;
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const data = entryData(buf, view, e);
    let scanner: XmlScanner | undefined;
    const sink = (): ((chunk: Uint8Array) => void) => {
      scanner = isXmlPart(e.name) ? new XmlScanner(limits.maxXmlDepth ?? 100) : undefined;
      return (c) => scanner?.feed(c);
    };
    const part = parts !== undefined && keep!(e.zipName);
    const text = keepsText(e.name);
    const result = data
      ? inflate(data, e.method, limits.maxInflatedBytes - total, text || part, sink)
      : "bad";
    if (result === "over")
      return refuse([...problems, { code: "zip-bomb", limit: limits.maxInflatedBytes }]);
    if (result === "bad")
      return refuse([...problems, { code: "corrupt", detail: `entry ${e.name}` }]);
    const scan = scanner?.result() ?? "ok";
    if (scan === "doctype") return refuse([...problems, { code: "xml-doctype", part: e.name }]);
    if (scan === "too-deep")
      return refuse([
        ...problems,
        { code: "xml-too-deep", part: e.name, limit: limits.maxXmlDepth ?? 100 },
      ]);
    total += result.size;
    if (text && result.bytes) texts.set(e.name, utf8.decode(result.bytes));
    if (part) {
      // fflate's unzipSync inflates into the declared size, so a part larger than that it reads cut short, and a
      // stream cut short not at all (it throws): the reader unzips for itself then, as before.
      if (e.method === 8 && (!result.complete || e.size === 0xffffffff || result.size > e.size))
        parts = undefined;
      else parts?.set(e.zipName, result.bytes ?? new Uint8Array(0));
    }
  }
  if (/macroEnabled/i.test(texts.get("[Content_Types].xml") ?? "") && problems.length === 0)
    problems.push({ code: "macro-workbook" });
  problems.push(...externalContent([...nameSet], texts));
  return problems.length > 0 ? refuse(problems) : { problems, names, ...(parts ? { parts } : {}) };
}
