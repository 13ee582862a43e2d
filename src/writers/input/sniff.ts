/**
 * Classifying a file by its first bytes, never by its name: a zip container (.xlsx and its relatives), an OLE
 * container (.xls, .et, .doc, encrypted OOXML), a PDF, JSON text, other text, or binary.
 */
import { isOle } from "./ole";
import { looksLikeJson } from "./json";

/** What the first bytes say a file is. */
export type Sniffed = "empty" | "zip" | "ole" | "pdf" | "json" | "text" | "binary";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** True when the first 4 KB decode as UTF-8 text without NUL bytes. */
function isText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Sniffs a file from its first bytes (4 KB are enough). JSON is recognised by a leading `{` or `[` after blanks and
 * a BOM, or a UTF-16 BOM; GBK text that is not valid UTF-8 but starts like JSON is still "json" (decoded later).
 */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (isOle(bytes)) return "ole";
  if (startsWith(bytes, PDF_MAGIC)) return "pdf";
  if (looksLikeJson(bytes)) return "json";
  return isText(bytes) ? "text" : "binary";
}
