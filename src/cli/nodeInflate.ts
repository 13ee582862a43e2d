/**
 * Node's zlib as the container gate's first inflater (src/writers/input/inflateRaw.ts): several times faster than
 * pako, which the gate keeps for every stream this one does not inflate whole (issues 14, 15).
 */
import { inflateRawSync } from "zlib";
import { setInflateRaw } from "../writers/input/inflateRaw";

/**
 * A whole raw deflate stream inflated by zlib, stopped past `maxBytes` of output (Node's `maxOutputLength`), or
 * undefined on any failure: corrupt, cut short (zlib's "unexpected end of file") or too large.
 */
export function nodeInflateRaw(data: Uint8Array, maxBytes: number): Uint8Array | undefined {
  try {
    const out = inflateRawSync(data, { maxOutputLength: maxBytes });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    return undefined;
  }
}

/** Installs {@link nodeInflateRaw} for this thread (the main thread and every reading worker). */
export function installNodeInflate(): void {
  setInflateRaw(nodeInflateRaw);
}
