/**
 * The input gate's content side: classifying bytes (zip, OLE, PDF, JSON, text), reading OLE directories, bounded
 * JSON decoding and parsing, and the streaming XML scan. No file system here: the CLI's path side is
 * src/cli/gate.ts, and the task pane calls these on the bytes of a picked file.
 */
export { sniff } from "./sniff";
export type { Sniffed } from "./sniff";
export { classifyOle, oleEntryNames, isOle } from "./ole";
export type { OleKind } from "./ole";
export { JSON_LIMITS, decodeJsonText, jsonDepth, looksLikeJson, readJsonBytes } from "./json";
export type { JsonLimits, JsonRead } from "./json";
export { XmlScanner, isXmlPart } from "./xmlScan";
export type { XmlScanResult } from "./xmlScan";
