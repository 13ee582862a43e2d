/**
 * Reading an evaluation JSON's bytes safely: bounded in size and depth, decoded by its real encoding (UTF-8 with or
 * without BOM, UTF-16 with BOM, GB18030/GBK with a warning), never showing U+FFFD, never throwing for bad input.
 * Plain Uint8Array and TextDecoder: runs in Node and in the task pane.
 */
import type { Problem } from "../../engine";

export interface JsonLimits {
  /** Largest JSON file accepted, bytes. An evaluation JSON is a few KB; 5 MB leaves room for long notes. */
  readonly maxBytes: number;
  /** Deepest nesting of objects and arrays accepted. An evaluation JSON nests 5 levels. */
  readonly maxDepth: number;
}

export const JSON_LIMITS: JsonLimits = { maxBytes: 5 * 1024 * 1024, maxDepth: 64 };

export type JsonRead =
  | { readonly ok: true; readonly value: unknown; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Decodes strictly; undefined when the bytes are not valid in that encoding, or the runtime lacks it. */
function decode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The text of a JSON file and any warning about its encoding, or the problem that refuses it. */
export function decodeJsonText(
  bytes: Uint8Array
): { text: string; warnings: Problem[] } | { problem: Problem } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    const text = decode("utf-8", bytes.subarray(3));
    return text === undefined
      ? { problem: { code: "encoding-refused", encoding: "unknown" } }
      : { text, warnings: [] };
  }
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    const text = decode(a === 0xff ? "utf-16le" : "utf-16be", bytes.subarray(2));
    return text === undefined
      ? { problem: { code: "encoding-refused", encoding: "utf-16" } }
      : { text, warnings: [] };
  }
  const utf8 = decode("utf-8", bytes);
  if (utf8 !== undefined) return { text: utf8, warnings: [] };
  if (bytes.subarray(0, 64).includes(0))
    return { problem: { code: "encoding-refused", encoding: "utf-16" } };
  const gb = decode("gb18030", bytes);
  if (gb !== undefined && /[\u4e00-\u9fff]/.test(gb))
    return { text: gb, warnings: [{ code: "encoding-converted", encoding: "gb18030" }] };
  return {
    problem: { code: "encoding-refused", encoding: gb === undefined ? "unknown" : "gb18030" },
  };
}

/** The deepest nesting of `{` and `[` in JSON text, strings skipped; stops counting past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return max;
}

/**
 * Parses JSON bytes within limits: size first, then encoding, then a depth pre-scan, and only then JSON.parse, so
 * neither a huge nor a deeply nested file can exhaust the heap or the stack. Never throws for bad input.
 */
export function readJsonBytes(bytes: Uint8Array, limits: JsonLimits = JSON_LIMITS): JsonRead {
  if (bytes.length === 0) return { ok: false, problems: [{ code: "empty-file" }] };
  if (bytes.length > limits.maxBytes)
    return {
      ok: false,
      problems: [{ code: "too-large", size: bytes.length, limit: limits.maxBytes }],
    };
  const decoded = decodeJsonText(bytes);
  if ("problem" in decoded) return { ok: false, problems: [decoded.problem] };
  if (jsonDepth(decoded.text, limits.maxDepth) > limits.maxDepth)
    return { ok: false, problems: [{ code: "json-too-deep", limit: limits.maxDepth }] };
  try {
    return { ok: true, value: JSON.parse(decoded.text) as unknown, warnings: decoded.warnings };
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 160) : "syntax error";
    return { ok: false, problems: [{ code: "json-invalid", detail }] };
  }
}

/** Whether bytes look like JSON text rather than a binary container: `{` or `[` after blanks and a BOM. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return true;
  for (; i < Math.min(bytes.length, 4096); i++) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x7b || b === 0x5b;
  }
  return false;
}
