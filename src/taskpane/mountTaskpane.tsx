import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { createHostAdapter } from "./adapter";
import { App, type AppProps } from "./components/App";
import { waitForOffice } from "./hostEnvironment";

/**
 * Waits for Office (so theme and language are known) and renders the pane; shared by Excel and tests.
 * Without an adapter in props, the pane uses the Office.js adapter over the page's Excel (none: null).
 */
export async function mountTaskpane(container: HTMLElement, props: AppProps = {}): Promise<Root> {
  await waitForOffice();
  const adapter = props.adapter === undefined ? createHostAdapter() : props.adapter;
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App {...props} adapter={adapter} />
    </StrictMode>
  );
  return root;
}
