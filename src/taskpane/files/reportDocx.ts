/**
 * The Word report in the pane: docx and the report writer are loaded with import() on first use.
 */
import type { ReportModel } from "../../report/types";

/** Renders the report model as .docx bytes, in a browser as in Node. */
export async function renderReportDocxBytes(model: ReportModel): Promise<Uint8Array> {
  const { renderReportDocx } = await import(/* webpackChunkName: "docx" */ "../../report/docx");
  return renderReportDocx(model);
}
