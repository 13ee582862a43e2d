/**
 * What a browser has and jest's jsdom environment lacks, for tests that run the real .xlsx reader and the
 * docx writer in jsdom: TextDecoder / TextEncoder (Node's, which follow the same standard).
 * Import this first, before anything that uses them at module load.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

if (typeof globalThis.TextDecoder === "undefined")
  Reflect.set(globalThis, "TextDecoder", NodeTextDecoder);
if (typeof globalThis.TextEncoder === "undefined")
  Reflect.set(globalThis, "TextEncoder", NodeTextEncoder);
