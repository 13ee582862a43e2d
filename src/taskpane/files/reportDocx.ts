/**
 * The Word report in the pane. src/report's renderReportDocx packs with docx's Packer.toBuffer, whose Node
 * Buffer output does not exist in a browser ("nodebuffer is not supported by this platform"). Until src/report
 * exposes its Document, this wrapper routes that one toBuffer call to docx's platform-neutral Uint8Array
 * output: the override is installed for the synchronous part of renderReportDocx only (which builds the
 * Document and calls toBuffer before its first await) and removed before anything else can run.
 * docx and the report writer are loaded with import() on first use.
 */
import type { ReportModel } from "../../report/types";

/** Renders the report model as .docx bytes, in a browser as in Node. */
export async function renderReportDocxBytes(model: ReportModel): Promise<Uint8Array> {
  const [{ Packer }, { renderReportDocx }] = await Promise.all([
    import(/* webpackChunkName: "docx" */ "docx"),
    import(/* webpackChunkName: "docx" */ "../../report/docx"),
  ]);
  const original = Object.getOwnPropertyDescriptor(Packer, "toBuffer");
  let packed: Promise<Uint8Array>;
  try {
    Packer.toBuffer = (file, prettify, overrides) =>
      // A Uint8Array where a Buffer is declared: renderReportDocx only passes the bytes on.
      Packer.pack(file, "uint8array", prettify, overrides) as unknown as Promise<Buffer>;
    packed = renderReportDocx(model);
  } finally {
    if (original) Object.defineProperty(Packer, "toBuffer", original);
  }
  const bytes = await packed;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
