import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App, type AppProps } from "./components/App";
import { waitForOffice } from "./hostEnvironment";

/** Waits for Office (so theme and language are known) and renders the pane; shared by Excel and tests. */
export async function mountTaskpane(container: HTMLElement, props: AppProps = {}): Promise<Root> {
  await waitForOffice();
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App {...props} />
    </StrictMode>
  );
  return root;
}
