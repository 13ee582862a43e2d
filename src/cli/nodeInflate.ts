/**
 * Node's zlib as the container gate's first inflater (src/writers/input/inflateRaw.ts): several times faster than
 * pako, which the gate keeps for every stream this one does not inflate whole (issues 14, 15).
 */
import { setInflateRaw } from "../writers/input/inflateRaw";

/**
 * zlib, loaded on the first inflate rather than at start-up (about 2 ms, which `gridscore template` and
 * `score x.json` would pay for nothing: issue 15); undefined on a Node 20 before 20.16, which lacks
 * process.getBuiltinModule, where pako inflates everything as before.
 */
let zlib: typeof import("zlib") | null | undefined;
function loadZlib(): typeof import("zlib") | undefined {
  if (zlib === undefined) zlib = process.getBuiltinModule?.("zlib") ?? null;
  return zlib ?? undefined;
}

/**
 * A whole raw deflate stream inflated by zlib, stopped past `maxBytes` of output (Node's `maxOutputLength`), or
 * undefined on any failure: corrupt, cut short (zlib's "unexpected end of file") or too large.
 */
export function nodeInflateRaw(data: Uint8Array, maxBytes: number): Uint8Array | undefined {
  const z = loadZlib();
  if (z === undefined) return undefined;
  try {
    const out = z.inflateRawSync(data, { maxOutputLength: maxBytes });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    return undefined;
  }
}

/** Installs {@link nodeInflateRaw} for this thread (the main thread and every reading worker). */
export function installNodeInflate(): void {
  setInflateRaw(nodeInflateRaw);
}
