/**
 * Preview entry (preview.html): the task pane next to a simulated worksheet, in any browser.
 * This page never loads office.js; it installs the simulated Excel host as window.Office / window.Excel,
 * and the REAL pane with the REAL Office.js adapter runs against it.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createOfficeShim, createSimulatedExcel } from "../sim";
import { createHostAdapter } from "../taskpane/adapter";
import { waitForOffice } from "../taskpane/hostEnvironment";
import { installOfficeShim, readPreviewOptions } from "./officeShim";
import { PreviewPage } from "./PreviewPage";
import { SimGrid } from "./SimGrid";

// ─── SIMULATOR INSTALL POINT ────────────────────────────────────────────────────────────────
const options = readPreviewOptions(window.location.search);
const host = createSimulatedExcel();
const shim = createOfficeShim(host, { displayLanguage: options.displayLanguage });
shim.install(window);
// The pane reads Office.context.officeTheme.isDarkTheme; ?theme=dark pretends a dark Office theme.
Reflect.set(shim.Office.context, "officeTheme", {
  bodyBackgroundColor: options.isDarkTheme ? "#262626" : "#ffffff",
  bodyForegroundColor: options.isDarkTheme ? "#ffffff" : "#000000",
  controlBackgroundColor: options.isDarkTheme ? "#333333" : "#ffffff",
  controlForegroundColor: options.isDarkTheme ? "#ffffff" : "#000000",
  isDarkTheme: options.isDarkTheme,
});
// installOfficeShim() leaves the simulator's window.Office alone; it stays as the fallback.
installOfficeShim(window, options);
// For e2e tests and manual poking in the console: the simulated host behind the grid.
Reflect.set(window, "__gridscoreSim", host);
// ─────────────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  await waitForOffice();
  const container = document.getElementById("root");
  if (!container) throw new Error("preview.html has no #root element");
  const adapter = createHostAdapter();
  createRoot(container).render(
    <StrictMode>
      <PreviewPage adapter={adapter} grid={<SimGrid host={host} />} />
    </StrictMode>
  );
}

main().catch((err: unknown) => {
  document.body.textContent = `gridscore preview: ${err instanceof Error ? err.message : String(err)}`;
});
