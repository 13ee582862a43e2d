/**
 * @jest-environment jsdom
 *
 * The Report view with a fake adapter: the report of the open workbook (read again on each action) as a Word
 * download and as a report sheet through the adapter, a self-evaluation titled as one, the report of the
 * Merge view's consensus, and failures as MessageBars.
 */
import "./browserGlobals";
import { App } from "../../src/taskpane/components/App";
import { DOCX_MIME } from "../../src/taskpane/files/download";
import { stringsZhCN } from "../../src/taskpane/i18n";
import { GROUP, expertWorkbook } from "../office/group";
import { zipEntry } from "../report/support";
import { act } from "react";
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
import { createFakeAdapter, liveState, type FakeAdapter } from "./fakeAdapter";

const t = stringsZhCN.report;
let mounted: Mounted | undefined;

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
});

async function openView(view: "merge" | "report"): Promise<void> {
  await click(document.getElementById(`gridscore-tab-${view}`)!);
  await waitFor(
    () => document.querySelector(`[data-testid="${view}-view"]`) !== null,
    `the ${view} view`
  );
}

async function renderReport(adapter: FakeAdapter | null, save = jest.fn()): Promise<void> {
  mounted = await mount(<App adapter={adapter} locale="zh-CN" save={save} />);
  await openView("report");
}

const META = {
  organization: "某市",
  evaluator: "李四",
  role: "expert",
  date: "2026-06-03",
} as const;
const ITEMS = { "A.1.1": { lines: { "A.1.1.1": 1 }, notes: { "A.1.1.1": "方针未正式发布" } } };

describe("the Report view", () => {
  it("downloads the open workbook's report as Word and writes the report sheet", async () => {
    const adapter = createFakeAdapter({ exists: true, live: liveState(ITEMS, { meta: META }) });
    const save = jest.fn();
    await renderReport(adapter, save);
    const reads = adapter.readLive.mock.calls.length;
    await clickAndAwait(save, () => click(buttonByText(t.download)));
    expect(adapter.readLive.mock.calls.length).toBe(reads + 1);
    const [bytes, name, mime] = save.mock.calls[0] as [Uint8Array, string, string];
    expect(name).toBe("评估报告-某市.docx");
    expect(mime).toBe(DOCX_MIME);
    const document_ = zipEntry(Buffer.from(bytes), "word/document.xml");
    expect(document_).toContain("评估报告");
    expect(document_).toContain("方针未正式发布");
    expect(text(document.querySelector("#gridscore-status"))).toBe(t.downloaded(name));
    expect(text(document.querySelector('[data-testid="report-last"]'))).toContain("《评估报告》");

    await clickAndAwait(adapter.writeReportSheet, () => click(buttonByText(t.write)));
    const sheet = adapter.writeReportSheet.mock.calls[0]![0];
    expect(sheet.name).toBe("评估报告");
    expect(sheet.kind).toBe("report");
    await flush();
    expect(text(document.querySelector("#gridscore-status"))).toBe(t.written("评估报告、整改台账"));
    // The remediation plan follows the report sheet, as `report --sheet` writes it: A.1.1.1's point, then the A.7
    // items this workbook left empty (each scored 0).
    const plan = adapter.writeReportSheet.mock.calls[1]![0];
    expect(plan.name).toBe("整改台账");
    const cell = (row: number, col: number) =>
      plan.cells.find((c) => c.row === row && c.col === col)?.content;
    expect(cell(7, 1)).toEqual({ kind: "text", text: "A.1.1.1" });
    expect(cell(7, 5)).toEqual({ kind: "number", value: 1 });
    const keys = plan.cells
      .filter((c) => c.col === 1 && c.row >= 7 && c.content.kind === "text")
      .map((c) => (c.content.kind === "text" ? c.content.text : ""));
    expect(keys).toEqual(["A.1.1.1", "A.7.1", "A.7.2", "A.7.3", "A.7.4"]);
  });

  it("titles a self-evaluation as one", async () => {
    const meta = { ...META, role: "self" } as const;
    const adapter = createFakeAdapter({ exists: true, live: liveState(ITEMS, { meta }) });
    const save = jest.fn();
    await renderReport(adapter, save);
    await clickAndAwait(adapter.writeReportSheet, () => click(buttonByText(t.write)));
    expect(adapter.writeReportSheet.mock.calls[0]![0].name).toBe("自我评价报告");
    await clickAndAwait(save, () => click(buttonByText(t.download)));
    expect(save.mock.calls[0]![1]).toBe("自我评价报告-某市.docx");
  });

  it("reports on the Merge view's consensus", async () => {
    const adapter = createFakeAdapter();
    const save = jest.fn();
    mounted = await mount(<App adapter={adapter} locale="zh-CN" save={save} />);
    await openView("report");
    const consensusRadio = document.querySelector<HTMLInputElement>('input[value="consensus"]')!;
    expect(consensusRadio.disabled).toBe(true);
    expect(text(document.body)).not.toContain(t.noConsensus);

    await openView("merge");
    const files = await Promise.all(
      GROUP.map(
        async (name, k) => new File([(await expertWorkbook(k)).slice().buffer], `${name}.xlsx`)
      )
    );
    const input = document.querySelector<HTMLInputElement>('[data-testid="merge-files"]')!;
    await act(async () => {
      Object.defineProperty(input, "files", { value: files, configurable: true });
      input.dispatchEvent(new Event("change", { bubbles: true }));
      await Promise.resolve();
    });
    await waitFor(() => document.querySelector('[data-testid="consensus"]') !== null, "consensus");

    await openView("report");
    expect(consensusRadio.disabled).toBe(false);
    await click(consensusRadio);
    const reads = adapter.readLive.mock.calls.length;
    await clickAndAwait(save, () => click(buttonByText(t.download)));
    expect(adapter.readLive.mock.calls.length).toBe(reads);
    const [bytes, name] = save.mock.calls[0] as [Uint8Array, string];
    expect(name).toBe("评估报告-示例市网格化服务管理中心.docx");
    const xml = zipEntry(Buffer.from(bytes), "word/document.xml");
    expect(xml).toContain("示例市网格化服务管理中心");
    expect(xml).toContain("赵四：机构图不完整");
  });

  it("shows a workbook without a scoresheet and a refused write as MessageBars", async () => {
    const adapter = createFakeAdapter();
    const save = jest.fn();
    await renderReport(adapter, save);
    await click(buttonByText(t.download));
    await flush();
    expect(save).not.toHaveBeenCalled();
    const bar = document.querySelector('[data-testid="report-view"] [data-operation="reportRead"]');
    expect(text(bar)).toContain(stringsZhCN.failures.noScoresheet);

    const live = liveState(ITEMS, { meta: META });
    adapter.readLive.mockResolvedValue({ ok: true, value: live });
    adapter.writeReportSheet.mockResolvedValueOnce({
      ok: false,
      failure: { kind: "sheet-exists", sheet: "评估报告" },
    });
    await click(buttonByText(t.write));
    await flush();
    const refused = document.querySelector('[data-operation="reportSheet"]');
    expect(text(refused)).toContain(stringsZhCN.failures.sheetExists("评估报告"));
    expect(document.querySelector('[data-operation="reportRead"]')).toBeNull();
  });

  it("offers only the consensus without Excel", async () => {
    await renderReport(null);
    expect(document.querySelector<HTMLInputElement>('input[value="workbook"]')!.disabled).toBe(
      true
    );
    expect(text(document.body)).toContain(t.noConsensus);
    expect(buttonByText(t.download).disabled).toBe(true);
  });
});
