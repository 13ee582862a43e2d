/**
 * @jest-environment jsdom
 *
 * The 汇总 view shows a total below the pass mark as 299.99, never 300 (README: Numbers): a consensus of exactly
 * 89999/300 (不合格), written by gridscore merge, picked in the pane with a file it refuses.
 */
import "./browserGlobals";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { act } from "react";
import { App } from "../../src/taskpane/components/App";
import { runCli } from "../support/cli";
import { writeShownTotalExperts } from "../support/shownTotal";
import { click, flush, mount, text, waitFor, type Mounted } from "./dom";

let files: File[] = [];
let mounted: Mounted | undefined;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gs-pane-shown-"));
  const out = path.join(dir, "mc2.xlsx");
  const r = await runCli(["merge", ...writeShownTotalExperts(dir), "--method", "mean", "-o", out]);
  expect(r.code).toBe(0);
  files = [new File([fs.readFileSync(out)], "mc2.xlsx"), new File(["会议记录"], "notes.txt")];
});

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
});

const view = () => document.querySelector('[data-testid="rollup-view"]');

test("the unit's total and its level's mean are 299.99 beside 不合格", async () => {
  mounted = await mount(<App adapter={null} locale="zh-CN" save={jest.fn()} />);
  await click(document.getElementById("gridscore-tab-rollup")!);
  await waitFor(() => view() !== null, "the roll-up view");
  const input = view()!.querySelector<HTMLInputElement>('[data-testid="merge-files"]')!;
  await act(async () => {
    Object.defineProperty(input, "files", { value: files, configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await Promise.resolve();
  });
  await waitFor(() => document.querySelector('[data-testid="rollup-refused"]') !== null, "files");
  await flush();
  const [unit] = [...document.querySelectorAll<HTMLElement>('[data-testid="rollup-unit"]')];
  expect(text(unit)).toContain("299.99");
  expect(text(unit)).toContain("不合格");
  expect(text(unit)).not.toMatch(/(^|\D)300(\D|$)/);
  const county = [
    ...document.querySelectorAll('[data-testid="rollup-level"][data-level="county"] td'),
  ].map((td) => text(td));
  expect(county).toEqual(["1", "0", "0%", "299.99"]);
});
