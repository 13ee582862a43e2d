/**
 * Preview entry (preview.html): the task pane next to a simulated worksheet, in any browser.
 * This page never loads office.js; it installs a host as window.Office / window.Excel first.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { waitForOffice } from "../taskpane/hostEnvironment";
import { installOfficeShim, readPreviewOptions } from "./officeShim";
import { PreviewPage } from "./PreviewPage";

// ─── SIMULATOR INSTALL POINT ────────────────────────────────────────────────────────────────
// When src/sim lands, replace the minimal shim below with the simulated Excel host, e.g.
//   import { createOfficeShim, createSimulatedExcel } from "../sim";
//   const host = createSimulatedExcel();
//   const shim = createOfficeShim(host);   // install its Office / Excel as window.Office / window.Excel
// and hand the simulator's grid view to <PreviewPage grid={...} /> below (it renders into #sim-grid).
// installOfficeShim() leaves an already-installed window.Office alone, so it can stay as a fallback.
installOfficeShim(window, readPreviewOptions(window.location.search));
// ─────────────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  await waitForOffice();
  const container = document.getElementById("root");
  if (!container) throw new Error("preview.html has no #root element");
  createRoot(container).render(
    <StrictMode>
      <PreviewPage />
    </StrictMode>
  );
}

main().catch((err: unknown) => {
  document.body.textContent = `gridscore preview: ${err instanceof Error ? err.message : String(err)}`;
});
