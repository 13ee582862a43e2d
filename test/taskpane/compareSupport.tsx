/**
 * The pane's 对比 section mounted on the simulated host, and files picked into its slots, as a person does: the
 * set-up shared by the compare tests (compare.test.tsx, comparePlanSource.test.tsx, compareWarnings.test.tsx…).
 */
import "./browserGlobals";
import * as fs from "fs";
import { deserialize, serialize } from "v8";
import { act, type ReactElement } from "react";
import { App } from "../../src/taskpane/components/App";
import { setup, uninstallOffice } from "../office/helpers";
import { click, mount, text, waitFor, type Mounted } from "./dom";

// jsdom's window has no structuredClone; the simulated host clones with it, as browsers do.
if (typeof globalThis.structuredClone !== "function")
  Reflect.set(globalThis, "structuredClone", (v: unknown): unknown => deserialize(serialize(v)));

let mounted: Mounted | undefined;

/** Unmounts the pane and removes the simulated Office: call from afterEach. */
export function unmountCompare(): void {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
  uninstallOffice();
}

/** Mounts `pane` (an `<App …/>` on the simulated host) as the pane that {@link unmountCompare} unmounts. */
export async function mountPane(pane: ReactElement): Promise<void> {
  mounted = await mount(pane);
}

/** Opens the Report view (报告) and waits until it shows. */
export async function openReport(): Promise<void> {
  await click(document.getElementById("gridscore-tab-report")!);
  await waitFor(() => document.querySelector('[data-testid="report-view"]') !== null, "report");
}

/** Picks `file` into the 对比 slot and waits until the slot names it. */
export async function pick(slot: "before" | "after" | "plan", file: File): Promise<void> {
  const input = document.querySelector<HTMLInputElement>(`[data-testid="compare-${slot}"]`)!;
  await act(async () => {
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await Promise.resolve();
  });
  await waitFor(
    () => text(document.querySelector(`[data-testid="compare-${slot}-name"]`)) === file.name,
    slot
  );
}

/** The file at `p` as a picked File named `name`. */
export const fileOf = (p: string, name: string): File => new File([fs.readFileSync(p)], name);

/**
 * Mounts the pane (zh-CN), opens the Report view and picks the two evaluations into 之前 and 之后; waits for the
 * comparison.
 */
export async function openCompare(before: File, after: File): Promise<void> {
  const { adapter } = setup();
  await mountPane(<App adapter={adapter} locale="zh-CN" />);
  await openReport();
  await pick("before", before);
  await pick("after", after);
  await waitFor(() => document.querySelector('[data-testid="compare-result"]') !== null, "result");
}

/** The text of the 对比 section's warning list (empty when it shows none). */
export const compareWarningsText = (): string =>
  text(document.querySelector('[data-testid="compare-warnings"]'));
