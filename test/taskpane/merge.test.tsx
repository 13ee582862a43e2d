/**
 * @jest-environment jsdom
 *
 * The Merge view with a fake adapter and the REAL reader on workbooks generated here: the view loads only
 * when its tab is chosen; five files give the experts table and the consensus with the flagged items first;
 * the method changes the numbers; a file in error blocks the merge with its message; the consensus sheets go
 * to the adapter and the consensus workbook to the download.
 */
import "./browserGlobals";
import { act } from "react";
import { App } from "../../src/taskpane/components/App";
import { readConsensusXlsx } from "../../src/merge";
import { allItems } from "../../src/standard";
import { stringsEnUS, stringsZhCN } from "../../src/taskpane/i18n";
import { A12_CONSENSUS, GROUP, expertEvaluation, expertWorkbook } from "../office/group";
import {
  buttonByText,
  click,
  clickAndAwait,
  flush,
  mount,
  text,
  waitFor,
  type Mounted,
} from "./dom";
import { createFakeAdapter, type FakeAdapter } from "./fakeAdapter";

const NOW = new Date("2026-11-28T08:00:00.000Z");
let files: File[] = [];
let badFile: File;
let mounted: Mounted | undefined;

beforeAll(async () => {
  files = await Promise.all(
    GROUP.map(async (name, k) => new File([blobPart(await expertWorkbook(k))], `${name}.xlsx`))
  );
  const base = expertEvaluation(5);
  const bad = { ...base, items: { ...base.items, "A.1.1": { lines: { "A.1.1.1": 7 } } } };
  badFile = new File([blobPart(await expertWorkbook(5, bad))], "出错.xlsx");
});

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
});

async function renderMerge(
  adapter: FakeAdapter | null,
  locale: "zh-CN" | "en-US" = "zh-CN",
  save = jest.fn()
): Promise<Mounted> {
  mounted = await mount(<App adapter={adapter} locale={locale} save={save} now={() => NOW} />);
  await click(document.getElementById("gridscore-tab-merge")!);
  await waitFor(
    () => document.querySelector('[data-testid="merge-view"]') !== null,
    "the merge view"
  );
  return mounted;
}

/** Picks files through the hidden file input, as the picker would. */
async function pick(picked: File[]): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('[data-testid="merge-files"]')!;
  const before = rows().length;
  await act(async () => {
    Object.defineProperty(input, "files", { value: picked, configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await Promise.resolve();
  });
  await waitFor(() => rows().length === before + picked.length, "the files to be read");
  await flush();
}

const rows = (): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>('[data-testid="expert-row"]'),
];
const shown = (testId: string): string => text(document.querySelector(`[data-testid="${testId}"]`));
const itemConsensus = (id: string): string =>
  text(document.querySelector(`[data-item="${id}"] [data-testid="item-consensus"]`));

async function chooseMethod(value: string): Promise<void> {
  const radio = document.querySelector<HTMLInputElement>(
    `[data-testid="merge-method"] input[value="${value}"]`
  )!;
  await click(radio);
}

describe("the Merge view", () => {
  it("is loaded only when its tab is chosen", async () => {
    mounted = await mount(<App adapter={createFakeAdapter()} locale="zh-CN" />);
    // Fluent's Tab repeats its label in a hidden bold copy (reserved width): the first copy is the label.
    const tabs = [...document.querySelectorAll('[role="tab"]')].map((t) => [
      t.id,
      text(t.querySelector("span")),
    ]);
    expect(tabs).toEqual([
      ["gridscore-tab-scoresheet", "评分表"],
      ["gridscore-tab-merge", "合并"],
      ["gridscore-tab-report", "报告"],
      ["gridscore-tab-rollup", "汇总"],
    ]);
    expect(document.querySelector('[data-testid="merge-view"]')).toBeNull();
    const panel = document.getElementById("gridscore-view-merge")!;
    expect(panel.getAttribute("role")).toBe("tabpanel");
    expect(panel.hidden).toBe(true);
  });

  it("reads five workbooks into the experts table and shows the consensus, flagged items first", async () => {
    await renderMerge(createFakeAdapter());
    expect(text(document.body)).toContain(stringsZhCN.merge.empty);
    await pick(files);
    expect(rows().map((r) => r.getAttribute("data-file"))).toEqual(GROUP.map((n) => `${n}.xlsx`));
    expect(rows().map((r) => text(r.querySelector("td")))).toEqual([...GROUP]);
    expect(text(rows()[3]!.querySelector('[data-testid="expert-total"]'))).toBe("487");
    expect(text(document.querySelector("#gridscore-status"))).toBe(stringsZhCN.merge.read(5));

    const items = [...document.querySelectorAll('[data-testid="consensus-items"] li')];
    expect(items.map((li) => li.getAttribute("data-item"))).toEqual(["A.1.2", "A.2.2"]);
    expect(items.every((li) => li.getAttribute("data-flagged") === "true")).toBe(true);
    expect(itemConsensus("A.1.2")).toBe("7.4 / 10");
    expect(text(items[0])).toContain("4–10");
    expect(text(items[0])).toContain("赵四、钱五");
    expect(text(items[1]!.querySelector('[data-testid="item-conflict"]'))).toBe(
      "不适用：张一；正常：王二、李三、赵四、钱五"
    );
    expect(shown("flagged-count")).toBe("2");
    expect(shown("consensus-verdict")).toBe("合格");
    expect(document.querySelectorAll('[data-testid="subtotal"]')).toHaveLength(7);

    // All items on request, the flagged ones still first.
    await click(buttonByText(buttonTextStartingWith("显示全部")));
    const all = [...document.querySelectorAll('[data-testid="consensus-items"] li')];
    expect(all).toHaveLength(allItems().length);
    expect(all.slice(0, 2).map((li) => li.getAttribute("data-item"))).toEqual(["A.1.2", "A.2.2"]);
  });

  it("changes the numbers with the method, and notes the fallback below five experts", async () => {
    await renderMerge(createFakeAdapter());
    await pick(files);
    const mean = shown("consensus-total");
    await chooseMethod("median");
    expect(itemConsensus("A.1.2")).toBe(`${A12_CONSENSUS.median} / 10`);
    expect(shown("consensus-method")).toBe("中位数");
    expect(shown("consensus-total")).not.toBe(mean);
    await chooseMethod("trimmed");
    expect(itemConsensus("A.1.2")).toBe("7.67 / 10");
    expect(shown("consensus-method")).toBe("去掉最高最低后平均");
    expect(text(document.body)).not.toContain(stringsZhCN.merge.fallback);

    // Four experts: the trimmed mean falls back to the mean, and the view says so.
    await click(rows()[4]!.querySelector("button")!);
    expect(rows()).toHaveLength(4);
    expect(text(document.body)).toContain(stringsZhCN.merge.fallback);
    expect(shown("consensus-method")).toBe("算术平均");
  });

  it("blocks the merge on a file in error, listing its message, until the file is removed", async () => {
    const adapter = createFakeAdapter();
    await renderMerge(adapter);
    await pick([...files, badFile]);
    const blocked = document.querySelector('[data-operation="mergeBlocked"]');
    expect(text(blocked)).toContain(stringsZhCN.merge.blocked(1));
    const bad = rows().find((r) => r.getAttribute("data-file") === "出错.xlsx")!;
    expect(bad.getAttribute("data-errors")).toBe("1");
    const problems = text(bad.nextElementSibling);
    expect(problems).toContain("错误");
    expect(problems).toContain("A.1.1.1");
    expect(problems).toMatch(/工作表 A\.1，单元格 G\d+/);
    expect(document.querySelector('[data-testid="consensus"]')).toBeNull();
    expect(buttonByText(stringsZhCN.merge.write).disabled).toBe(true);
    expect(buttonByText(stringsZhCN.merge.download).disabled).toBe(true);

    await click(bad.querySelector("button")!);
    expect(document.querySelector('[data-operation="mergeBlocked"]')).toBeNull();
    expect(shown("consensus-total")).not.toBe("");
  });

  it("merges only the valid files when the secretary chooses to, recording the file left out and why", async () => {
    const adapter = createFakeAdapter();
    await renderMerge(adapter);
    await pick([...files, badFile]);
    const skip = document.querySelector<HTMLInputElement>('[data-testid="merge-skip-invalid"]')!;
    expect(skip.type).toBe("checkbox");
    expect(text(document.body)).toContain(stringsZhCN.merge.skipInvalid(1));
    expect(document.querySelector('[data-testid="consensus"]')).toBeNull();
    await click(skip);
    expect(document.querySelector('[data-operation="mergeBlocked"]')).toBeNull();
    expect(shown("consensus-total")).not.toBe("");
    await click(buttonByText(stringsZhCN.merge.write));
    const model = adapter.writeConsensus.mock.calls[0]![0];
    const summary = model.sheets.find((sh) => sh.name === "共识汇总")!;
    const lines = summary.cells.flatMap((c) => (c.content.kind === "text" ? [c.content.text] : []));
    const left = lines.find((l) => l.startsWith("未计入："));
    expect(left).toContain("出错.xlsx");
    expect(left).toContain("A.1.1.1");
  });

  it("writes the consensus sheets through the adapter and downloads the consensus workbook", async () => {
    const adapter = createFakeAdapter();
    const save = jest.fn();
    await renderMerge(adapter, "zh-CN", save);
    await pick(files);
    await click(buttonByText(stringsZhCN.merge.write));
    expect(adapter.writeConsensus).toHaveBeenCalledTimes(1);
    const model = adapter.writeConsensus.mock.calls[0]![0];
    expect(model.sheets.slice(0, 2).map((s) => s.name)).toEqual(["共识汇总", "共识"]);
    expect(text(document.querySelector("#gridscore-status"))).toContain("共识汇总、共识");

    await clickAndAwait(save, () => click(buttonByText(stringsZhCN.merge.download)));
    const [bytes, name] = save.mock.calls[0] as [Uint8Array, string, string];
    expect(name).toBe("共识-示例市网格化服务管理中心.xlsx");
    const read = await readConsensusXlsx(bytes, name);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.result.record.method).toBe("mean");
    expect(read.result.record.mergedAt).toBe(NOW.toISOString());
  });

  it("shows a refused write as a MessageBar", async () => {
    const adapter = createFakeAdapter();
    adapter.writeConsensus.mockResolvedValueOnce({
      ok: false,
      failure: { kind: "sheet-exists", sheet: "共识" },
    });
    await renderMerge(adapter);
    await pick(files.slice(0, 2));
    await click(buttonByText(stringsZhCN.merge.write));
    const bar = document.querySelector('[data-operation="mergeWrite"]');
    expect(text(bar)).toContain(stringsZhCN.failures.titles.mergeWrite);
    expect(text(bar)).toContain(stringsZhCN.failures.sheetExists("共识"));
  });

  it("speaks English", async () => {
    await renderMerge(null, "en-US");
    expect(text(document.body)).toContain(stringsEnUS.merge.heading);
    expect(buttonByText(stringsEnUS.merge.pick)).toBeTruthy();
    expect(buttonByText(stringsEnUS.merge.write).disabled).toBe(true);
    expect(
      text(document.querySelector('[data-testid="merge-view"] [data-operation="connect"]'))
    ).toContain(stringsEnUS.failures.noExcel);
  });
});

/** The bytes as a Blob part (a copy on its own ArrayBuffer). */
function blobPart(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

function buttonTextStartingWith(prefix: string): string {
  const button = [...document.querySelectorAll("button")].find((b) =>
    (b.textContent ?? "").startsWith(prefix)
  );
  if (!button) throw new Error(`no button starting with ${prefix}`);
  return button.textContent ?? "";
}
