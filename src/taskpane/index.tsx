/**
 * Task-pane entry (taskpane.html): office.js is loaded by the page; wait for it, then render <App />.
 * Heavy libraries (exceljs, hyperformula) must only be reached through import() from here on.
 */
import { mountTaskpane } from "./mountTaskpane";

const container = document.getElementById("container");
if (container) {
  mountTaskpane(container).catch((err: unknown) => {
    container.textContent = `gridscore: ${err instanceof Error ? err.message : String(err)}`;
  });
}
