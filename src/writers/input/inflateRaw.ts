/**
 * An optional native raw-deflate inflater for the container gate (zipGuard.ts). The gate inflates every part of
 * every workbook with pako, which runs in the task pane and in Node alike; the CLI installs Node's zlib here
 * ({@link setInflateRaw}, src/cli/main.ts and readWorker.ts), several times faster (issues 14, 15: pako took about
 * a tenth of a workbook's read).
 *
 * The installed inflater is only ever trusted with a stream it inflates whole within the budget: whenever it
 * fails in any way (a corrupt or cut stream, output past the budget) it returns undefined and the gate inflates
 * the entry again with pako, whose verdicts ("bad", "over", a cut stream's partial output) the gate's tests pin.
 * Deflate decoding is deterministic, so a stream both inflate whole gives the same bytes
 * (test/writers/inflateRaw.test.ts).
 */

/**
 * Inflates a whole raw deflate stream (RFC 1951) of at most `maxBytes` output bytes (`maxBytes` ≥ 1), or gives
 * undefined: when the stream is corrupt, cut short, or inflates past `maxBytes`.
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array | undefined;

let installed: InflateRaw | undefined;

/** Installs `fn` as the gate's first inflater, or with undefined goes back to pako alone. */
export function setInflateRaw(fn: InflateRaw | undefined): void {
  installed = fn;
}

/** The installed inflater, if any (zipGuard.ts). */
export function installedInflateRaw(): InflateRaw | undefined {
  return installed;
}
