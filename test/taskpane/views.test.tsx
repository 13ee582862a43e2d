/**
 * @jest-environment jsdom
 *
 * The view switch: a view whose code fails to load says so in a MessageBar and loads again on Retry; files
 * dropped on the Merge view's zone are read like picked ones.
 */
import "./browserGlobals";
import { act } from "react";
import { App } from "../../src/taskpane/components/App";
import { stringsZhCN } from "../../src/taskpane/i18n";
import { expertWorkbook } from "../office/group";
import { buttonByText, click, mount, text, waitFor, type Mounted } from "./dom";
import { createFakeAdapter } from "./fakeAdapter";

let mockFailLoad = false;
jest.mock("../../src/taskpane/components/ReportView/ReportView", () => {
  if (mockFailLoad) throw new Error("Loading chunk report-view failed");
  return jest.requireActual("../../src/taskpane/components/ReportView/ReportView");
});

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
});

it("shows a view that failed to load as a MessageBar and loads it again on Retry", async () => {
  mockFailLoad = true;
  // React and jsdom report the caught error on the console; the MessageBar is what this test checks.
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  mounted = await mount(<App adapter={createFakeAdapter()} locale="zh-CN" />);
  await click(document.getElementById("gridscore-tab-report")!);
  await waitFor(() => document.querySelector('[data-operation="view"]') !== null, "the failure");
  const bar = document.querySelector('[data-operation="view"]');
  expect(text(bar)).toContain(stringsZhCN.failures.titles.view);
  expect(text(bar)).toContain("Loading chunk report-view failed");
  // The other views are unaffected.
  expect(document.getElementById("gridscore-view-scoresheet")!.hidden).toBe(true);
  mockFailLoad = false;
  await click(buttonByText(stringsZhCN.views.retry));
  await waitFor(
    () => document.querySelector('[data-testid="report-view"]') !== null,
    "the report view"
  );
  expect(document.querySelector('[data-operation="view"]')).toBeNull();
  quiet.mockRestore();
});

it("reads files dropped on the Merge view's zone", async () => {
  mounted = await mount(<App adapter={createFakeAdapter()} locale="zh-CN" />);
  await click(document.getElementById("gridscore-tab-merge")!);
  await waitFor(() => document.querySelector('[data-testid="merge-drop"]') !== null, "merge");
  const zone = document.querySelector<HTMLElement>('[data-testid="merge-drop"]')!;
  const file = new File([(await expertWorkbook(0)).slice().buffer], "张一.xlsx");
  const drag = (type: string): Event => {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, "dataTransfer", {
      value: { types: ["Files"], files: [file], dropEffect: "none" },
    });
    return event;
  };
  await act(async () => {
    zone.dispatchEvent(drag("dragover"));
    await Promise.resolve();
  });
  expect(text(zone)).toBe(stringsZhCN.merge.dropHere);
  await act(async () => {
    zone.dispatchEvent(drag("drop"));
    await Promise.resolve();
  });
  await waitFor(
    () => document.querySelectorAll('[data-testid="expert-row"]').length === 1,
    "the dropped file"
  );
  expect(text(zone)).toBe(stringsZhCN.merge.pick);
  expect(text(document.querySelector('[data-testid="expert-row"] td'))).toBe("张一");
});
