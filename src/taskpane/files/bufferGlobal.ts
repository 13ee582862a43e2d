/**
 * src/writers/xlsx/writeXlsx.ts ends with `Buffer.from(...)`: fine in Node, a ReferenceError in a browser,
 * where webpack 5 provides no Buffer. Until the writer returns a plain Uint8Array, the pane installs the
 * `buffer` package's Buffer (the polyfill webpack 4 used; ExcelJS depends on it) as a global before it or
 * the adapter writes .xlsx bytes. Loaded with import(), so it stays out of the first paint; a no-op
 * wherever a Buffer already exists (Node, tests, a fixed writer).
 */
export async function ensureBufferGlobal(): Promise<void> {
  if (typeof Reflect.get(globalThis, "Buffer") === "function") return;
  const { Buffer } = await import(/* webpackChunkName: "buffer-polyfill" */ "buffer");
  if (typeof Reflect.get(globalThis, "Buffer") !== "function")
    Reflect.set(globalThis, "Buffer", Buffer);
}
