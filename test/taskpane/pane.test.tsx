/**
 * @jest-environment jsdom
 *
 * The evaluators' task pane against a fake adapter: both languages, the metadata form and the one primary
 * button, the rebuild confirmation, the live problems (click → select), the live summary (115/120 note,
 * verdict), watch/unwatch, re-check, export and every failure as a MessageBar.
 */
import { act } from "react";
import * as util from "util";
import { App } from "../../src/taskpane/components/App";
import { STANDARD, maxGapNote, totalGapNote } from "../../src/standard";
import type { LocatedProblem } from "../../src/engine";
import { stringsEnUS, stringsZhCN } from "../../src/taskpane/i18n";
import { OVER_LIMIT, createFakeAdapter, liveState, ok, type FakeAdapter } from "./fakeAdapter";
import { buttonByText, byLabel, click, flush, mount, setValue, text, type Mounted } from "./dom";

let mounted: Mounted | undefined;

async function emit(
  adapter: FakeAdapter,
  state: Parameters<FakeAdapter["emit"]>[0]
): Promise<void> {
  await act(async () => {
    adapter.emit(state);
    await Promise.resolve();
  });
}

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = "";
});

async function renderPane(
  adapter: FakeAdapter | null,
  locale: "zh-CN" | "en-US" = "zh-CN",
  save?: (bytes: Uint8Array, name: string) => void
): Promise<Mounted> {
  mounted = await mount(<App adapter={adapter} locale={locale} save={save} downloadGapMs={0} />);
  return mounted;
}

const A4 = STANDARD.tables.find((t) => t.id === "A.4")!;

const NOT_A_NUMBER: LocatedProblem = {
  code: "not-a-number",
  itemId: "A.1.1",
  lineId: "A.1.1.2",
  value: "很多",
  where: { sheet: "A.1", cell: "G5" },
};
const MISSING_NOTE: LocatedProblem = {
  code: "missing-note",
  itemId: "A.1.1",
  lineId: "A.1.1.1",
  where: { sheet: "A.1", cell: "H4" },
};
const UNLOCATED: LocatedProblem = { code: "missing-value", itemId: "A.7.1" };

describe("rendering in both languages", () => {
  it("renders the zh-CN form with the four levels and two roles and reads the workbook once", async () => {
    const adapter = createFakeAdapter();
    const { container } = await renderPane(adapter);
    for (const label of ["被评单位", "层级", "评估人", "角色", "日期"]) {
      expect(byLabel(label)).toBeTruthy();
    }
    const level = byLabel("层级") as HTMLSelectElement;
    expect([...level.options].map((o) => o.text)).toEqual([
      "请选择层级",
      "省辖市",
      "县（市、区）",
      "乡（镇、街道）",
      "村（社区/居）",
    ]);
    const role = byLabel("角色") as HTMLSelectElement;
    expect([...role.options].map((o) => o.value)).toEqual(["", "expert", "self"]);
    expect([...role.options].map((o) => o.text)).toContain("评估专家");
    expect((byLabel("日期") as HTMLInputElement).type).toBe("date");
    expect(buttonByText("生成评分表")).toBeTruthy();
    expect(adapter.inspect).toHaveBeenCalledTimes(1);
    expect(adapter.readLive).toHaveBeenCalledTimes(1);
    expect(adapter.watch).toHaveBeenCalledTimes(1);
    // A fresh workbook: an informational MessageBar, no error.
    const bar = container.querySelector('[data-operation="live"]');
    expect(text(bar)).toContain(stringsZhCN.failures.noScoresheet);
    expect(text(container)).toContain(stringsZhCN.summary.noScoresheet);
  });

  it("renders in en-US", async () => {
    const adapter = createFakeAdapter({ exists: true, live: liveState() });
    const { container } = await renderPane(adapter, "en-US");
    for (const label of ["Organization evaluated", "Level", "Evaluator", "Role", "Date"]) {
      expect(byLabel(label)).toBeTruthy();
    }
    expect(buttonByText("Rebuild (keep entries)")).toBeTruthy();
    expect(text(container)).toContain("Score summary");
    expect(text(container)).toContain(maxGapNote(A4, "en-US")!);
    expect(text(container.querySelector('[data-testid="verdict"]'))).toBe("Pass (合格)");
    expect(text(container)).toContain(stringsEnUS.problems.none);
  });

  it("says so when there is no Excel at all, and still offers blank copies", async () => {
    const { container } = await renderPane(null);
    const bar = container.querySelector('[data-operation="connect"]');
    expect(text(bar)).toContain(stringsZhCN.failures.noExcel);
    expect(buttonByText("生成评分表").disabled).toBe(true);
    expect(buttonByText("下载 .xlsx").disabled).toBe(true);
    expect(buttonByText("生成空白评分表").disabled).toBe(false);
  });
});

describe("writing the scoresheet", () => {
  it("writes the whole scoresheet with the form's metadata", async () => {
    const adapter = createFakeAdapter();
    const { container } = await renderPane(adapter);
    await setValue(byLabel("被评单位"), "  江宁区网格化服务管理中心 ");
    await setValue(byLabel("层级"), "county");
    await setValue(byLabel("评估人"), "王评");
    await setValue(byLabel("角色"), "expert");
    await setValue(byLabel("日期"), "2024-05-06");
    await click(buttonByText("生成评分表"));
    expect(adapter.writeScoresheet).toHaveBeenCalledTimes(1);
    expect(adapter.writeScoresheet).toHaveBeenCalledWith({
      organization: "江宁区网格化服务管理中心",
      level: "county",
      evaluator: "王评",
      role: "expert",
      date: "2024-05-06",
    });
    expect(text(container.querySelector("#gridscore-status"))).toBe(stringsZhCN.write.created(3));
    // Re-read and re-watched after writing; the button now rebuilds.
    expect(adapter.readLive).toHaveBeenCalledTimes(2);
    expect(adapter.watch).toHaveBeenCalledTimes(2);
    expect(adapter.unsubscribe).toHaveBeenCalledTimes(1);
    expect(buttonByText("重建评分表（保留已填内容）")).toBeTruthy();
    expect(container.querySelector('[data-operation="live"]')).toBeNull();
    // Nothing entered: everything full marks except A.7's values still missing.
    expect(text(container.querySelector('[data-testid="total"]'))).toBe(
      String(liveState().report.total)
    );
  });

  it("leaves empty fields out of the metadata", async () => {
    const adapter = createFakeAdapter();
    await renderPane(adapter);
    await setValue(byLabel("被评单位"), "某街道");
    await click(buttonByText("生成评分表"));
    expect(adapter.writeScoresheet).toHaveBeenCalledWith({ organization: "某街道" });
  });

  it("asks before rebuilding and says that every entry is kept", async () => {
    const meta = { organization: "某市", level: "city", evaluator: "李四", role: "self" } as const;
    const adapter = createFakeAdapter({ exists: true, meta, live: liveState({}, { meta }) });
    const { container } = await renderPane(adapter);
    // Prefilled from the workbook.
    expect((byLabel("被评单位") as HTMLInputElement).value).toBe("某市");
    expect((byLabel("层级") as HTMLSelectElement).value).toBe("city");
    expect((byLabel("角色") as HTMLSelectElement).value).toBe("self");

    await click(buttonByText("重建评分表（保留已填内容）"));
    const dialog = document.querySelector('[role="alertdialog"]');
    expect(dialog).not.toBeNull();
    expect(text(dialog)).toContain(stringsZhCN.write.confirmTitle);
    for (const kept of stringsZhCN.write.confirmKeeps) expect(text(dialog)).toContain(kept);
    expect(adapter.writeScoresheet).not.toHaveBeenCalled();

    await click(buttonByText("取消", dialog!));
    await flush();
    expect(adapter.writeScoresheet).not.toHaveBeenCalled();

    await click(buttonByText("重建评分表（保留已填内容）"));
    await click(buttonByText("重建", document.querySelector('[role="alertdialog"]')!));
    expect(adapter.writeScoresheet).toHaveBeenCalledTimes(1);
    expect(adapter.writeScoresheet).toHaveBeenCalledWith(meta);
    expect(text(container.querySelector("#gridscore-status"))).toBe(stringsZhCN.write.rebuilt(4));
  });
});

describe("live problems", () => {
  it("lists errors before warnings with counts, and a click selects the cell", async () => {
    const live = liveState({}, { problems: [MISSING_NOTE, UNLOCATED, OVER_LIMIT, NOT_A_NUMBER] });
    const adapter = createFakeAdapter({ exists: true, live });
    const { container } = await renderPane(adapter);
    const section = container.querySelector('[data-testid="problems"]')!;
    expect(text(section.querySelector('[data-testid="problem-counts"]'))).toBe(
      "错误 2 个，提示 2 个"
    );
    const list = section.querySelector("ul")!;
    expect(list.getAttribute("aria-label")).toBe("问题列表：错误 2 个，提示 2 个");
    const items = [...list.querySelectorAll("li")];
    expect(items.map((li) => li.getAttribute("data-severity"))).toEqual([
      "error",
      "error",
      "warning",
      "warning",
    ]);
    expect(text(items[0])).toContain("A.1.1.1");
    expect(text(items[0])).toContain("工作表 A.1，单元格 G4");
    expect(text(items[0])).toMatch(/^错误：/);
    // The unlocated one is plain text, the located ones are buttons.
    expect(items[3]!.querySelector("button")).toBeNull();
    const first = items[0]!.querySelector("button")!;
    expect(first.type).toBe("button");
    await click(first);
    expect(adapter.select).toHaveBeenCalledWith("A.1", "G4");
    expect(text(container.querySelector("#gridscore-status"))).toBe(
      stringsZhCN.problems.selected("A.1", "G4")
    );
  });

  it("describes problems in English in the en-US pane", async () => {
    const adapter = createFakeAdapter({
      exists: true,
      live: liveState({}, { problems: [OVER_LIMIT] }),
    });
    const { container } = await renderPane(adapter, "en-US");
    const item = container.querySelector('[data-testid="problems"] li');
    expect(text(item)).toMatch(/^Error: /);
    expect(text(item)).toContain("sheet A.1, cell G4");
    expect(text(container.querySelector('[data-testid="problem-counts"]'))).toBe(
      "1 error, 0 warnings"
    );
  });

  it("follows edits through watch and stops watching on unmount", async () => {
    const adapter = createFakeAdapter({ exists: true, live: liveState() });
    const view = await renderPane(adapter);
    expect(adapter.listeners.size).toBe(1);
    const edited = liveState(
      { "A.1.1": { lines: { "A.1.1.1": 7 } } },
      {
        problems: [OVER_LIMIT, MISSING_NOTE],
        progress: { itemsWithDeductions: 1, notesMissing: 1, items: 103 },
      }
    );
    await flush();
    await emit(adapter, ok(edited));
    await flush();
    expect(text(view.container.querySelector('[data-testid="problem-counts"]'))).toBe(
      "错误 1 个，提示 1 个"
    );
    expect(text(view.container.querySelector('[data-testid="total"]'))).toBe(
      String(edited.report.total)
    );
    expect(edited.report.total).toBeLessThan(495);
    expect(text(view.container.querySelector('[data-testid="progress"]'))).toContain(
      "有扣分的评价内容：1 / 103"
    );
    // A failed re-read arrives as a MessageBar.
    await emit(adapter, {
      ok: false,
      failure: { kind: "office-error", code: "GeneralException", message: "boom" },
    });
    await flush();
    expect(text(view.container.querySelector('[data-operation="live"]'))).toContain(
      "Excel 报告错误 GeneralException：boom"
    );
    view.unmount();
    mounted = undefined;
    await flush();
    expect(adapter.unsubscribe).toHaveBeenCalledTimes(1);
    expect(adapter.listeners.size).toBe(0);
  });
});

describe("live summary", () => {
  it("shows A.4 as 115 computed / 120 declared with the note, the total against 495/500 and the verdict", async () => {
    const adapter = createFakeAdapter({ exists: true, live: liveState() });
    const { container } = await renderPane(adapter);
    const summary = container.querySelector('[data-testid="summary"]')!;
    const rows = [...summary.querySelectorAll("tbody tr[data-table]")];
    expect(rows.map((r) => r.getAttribute("data-table"))).toEqual([
      "A.1",
      "A.2",
      "A.3",
      "A.4",
      "A.5",
      "A.6",
      "A.7",
    ]);
    const a4 = summary.querySelector('tr[data-table="A.4"]')!;
    expect(text(a4.querySelector('[data-testid="max"]'))).toBe("115 计算 / 120 标注");
    expect(text(summary.querySelector('[data-testid="note"]'))).toBe(maxGapNote(A4, "zh-CN"));
    expect(summary.querySelectorAll('[data-testid="note"]')).toHaveLength(1);
    const a1 = summary.querySelector('tr[data-table="A.1"]')!;
    expect(text(a1.querySelector('[data-testid="max"]'))).toBe("60");
    const totalRow = summary.querySelector('[data-testid="total-row"]')!;
    const total = liveState().report.total;
    expect(text(totalRow.querySelector('[data-testid="total"]'))).toBe(String(total));
    expect([...totalRow.children].map((c) => text(c))).toEqual([
      "总分",
      String(total),
      "495 计算 / 500 标注",
    ]);
    expect(text(summary)).toContain(totalGapNote(STANDARD, "zh-CN")!);
    expect(text(summary)).toContain("合格线300 分");
    const verdict = summary.querySelector('[data-testid="verdict"]')!;
    expect(text(verdict)).toBe("合格");
    expect(verdict.getAttribute("data-pass")).toBe("true");
    expect(verdict.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("shows 不合格 below the pass mark", async () => {
    // Mark most items 应有未有 (absent → 0) to fall below 300.
    const items = Object.fromEntries(
      STANDARD.tables
        .filter((t) => ["A.1", "A.3", "A.4"].includes(t.id))
        .flatMap((t) => t.items.map((i) => [i.id, { status: "absent" }]))
    );
    const live = liveState(items);
    expect(live.report.pass).toBe(false);
    const adapter = createFakeAdapter({ exists: true, live });
    const { container } = await renderPane(adapter);
    const verdict = container.querySelector('[data-testid="verdict"]')!;
    expect(text(verdict)).toBe("不合格");
    expect(verdict.getAttribute("data-pass")).toBe("false");
    expect(text(container.querySelector('[data-testid="total"]'))).toBe(String(live.report.total));
  });

  it("re-checks on demand (Excel may fire no change event for list picks)", async () => {
    const adapter = createFakeAdapter({ exists: true, live: liveState() });
    const { container } = await renderPane(adapter);
    expect(adapter.readLive).toHaveBeenCalledTimes(1);
    await click(buttonByText("重新检查"));
    expect(adapter.readLive).toHaveBeenCalledTimes(2);
    expect(text(container.querySelector("#gridscore-status"))).toBe(stringsZhCN.summary.checked);
  });
});

describe("failures", () => {
  it("shows a failed write as an error MessageBar in the pane's language, dismissible", async () => {
    const adapter = createFakeAdapter();
    adapter.writeScoresheet.mockResolvedValueOnce({
      ok: false,
      failure: { kind: "office-error", code: "AccessDenied", message: "The sheet is protected." },
    });
    const { container } = await renderPane(adapter);
    await click(buttonByText("生成评分表"));
    const bar = container.querySelector('[data-operation="write"]')!;
    expect(text(bar)).toContain("无法写入评分表");
    expect(text(bar)).toContain("Excel 报告错误 AccessDenied：The sheet is protected.");
    await click(bar.querySelector(`button[aria-label="${stringsZhCN.failures.dismiss}"]`)!);
    expect(container.querySelector('[data-operation="write"]')).toBeNull();
  });

  it("notes once, as information, that the host skipped part of the layout", async () => {
    const adapter = createFakeAdapter();
    const skipped = ok({
      syncs: 2,
      keptInputs: 0,
      mode: "created" as const,
      warnings: [{ kind: "feature-skipped" as const, feature: "borders" as const }],
    });
    adapter.writeScoresheet.mockResolvedValueOnce(skipped).mockResolvedValueOnce(skipped);
    const { container } = await renderPane(adapter);
    await click(buttonByText("生成评分表"));
    expect(container.querySelector('[data-operation="write"][data-intent="warning"]')).toBeNull();
    const bar = container.querySelector('[data-operation="write"][data-intent="info"]');
    expect(text(bar)).toContain("当前环境未绘制：边框");
    await click(bar!.querySelector(`button[aria-label="${stringsZhCN.failures.dismiss}"]`)!);
    await click(buttonByText("生成评分表"));
    expect(container.querySelector('[data-operation="write"]')).toBeNull();
  });

  it("explains an unsupported Excel, a foreign workbook and a thrown error", async () => {
    const adapter = createFakeAdapter();
    adapter.inspect.mockResolvedValueOnce({
      ok: false,
      failure: { kind: "unsupported", requirement: "ExcelApi 1.9" },
    });
    adapter.readLive.mockResolvedValueOnce({
      ok: false,
      failure: { kind: "not-a-scoresheet", detail: "sheet A.1 has other columns" },
    });
    adapter.select.mockRejectedValueOnce(new Error("RichApi.Error: connection lost"));
    const { container } = await renderPane(adapter, "en-US");
    expect(text(container.querySelector('[data-operation="inspect"]'))).toContain(
      "This version of Excel lacks a feature the add-in needs (ExcelApi 1.9)"
    );
    expect(text(container.querySelector('[data-operation="live"]'))).toContain(
      "(sheet A.1 has other columns)"
    );
    await emit(adapter, ok(liveState({}, { problems: [OVER_LIMIT] })));
    await flush();
    await click(container.querySelector<HTMLButtonElement>('[data-testid="problems"] button')!);
    expect(text(container.querySelector('[data-operation="select"]'))).toContain(
      "Something unexpected went wrong: RichApi.Error: connection lost"
    );
  });

  it("spells out a read failure's problems", async () => {
    const adapter = createFakeAdapter({ exists: true, live: liveState() });
    adapter.exportXlsx.mockResolvedValueOnce({
      ok: false,
      failure: {
        kind: "read-failed",
        file: "workbook",
        problems: [{ ...OVER_LIMIT }],
      },
    });
    const save = jest.fn();
    const { container } = await renderPane(adapter, "zh-CN", save);
    await click(buttonByText("下载 .xlsx"));
    expect(save).not.toHaveBeenCalled();
    const bar = container.querySelector('[data-operation="export"]');
    expect(text(bar)).toContain("无法导出 .xlsx");
    expect(text(bar)).toContain("无法读取 workbook：错误：工作表 A.1，单元格 G4");
  });
});

describe("export", () => {
  it("downloads the open scoresheet's bytes", async () => {
    const meta = { organization: "某/市:中心" };
    const adapter = createFakeAdapter({ exists: true, meta, live: liveState({}, { meta }) });
    const save = jest.fn();
    const { container } = await renderPane(adapter, "zh-CN", save);
    await click(buttonByText("下载 .xlsx"));
    expect(adapter.exportXlsx).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(new Uint8Array([0x50, 0x4b, 3, 4]), "评分表-某_市_中心.xlsx");
    expect(text(container.querySelector("#gridscore-status"))).toBe(
      "已下载 评分表-某_市_中心.xlsx。"
    );
  });

  it("asks for at least one evaluator's name before making blank copies", async () => {
    const adapter = createFakeAdapter();
    const save = jest.fn();
    const { container } = await renderPane(adapter, "zh-CN", save);
    await click(buttonByText("生成空白评分表"));
    expect(text(container)).toContain(stringsZhCN.export.blankNoNames);
    expect(save).not.toHaveBeenCalled();
  });

  it("builds one personalised blank workbook per evaluator, loading the writer lazily", async () => {
    // jsdom lacks the text codecs ExcelJS uses; browsers and Node have them.
    Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
    const adapter = createFakeAdapter();
    const save = jest.fn();
    const { container } = await renderPane(adapter, "zh-CN", save);
    await setValue(byLabel("被评单位"), "某区");
    await setValue(byLabel("评估组成员姓名"), "张三\n 李四 \n\n张三\n");
    await click(buttonByText("生成空白评分表"));
    for (let i = 0; i < 50 && save.mock.calls.length < 2; i += 1) await flush(2);
    await flush();
    expect(text(container.querySelector('[data-operation="blank"]'))).toBe("");
    expect(save.mock.calls.map((c) => c[1])).toEqual(["评分表-张三.xlsx", "评分表-李四.xlsx"]);
    const bytes = save.mock.calls[0]![0] as Uint8Array;
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip container
    expect(text(container.querySelector("#gridscore-status"))).toBe(
      stringsZhCN.export.blankDone(2)
    );
    expect(adapter.exportXlsx).not.toHaveBeenCalled();
  });

  it("makes the copies from a picked evaluation plan: one per member when no names are typed (4.3, 7.2)", async () => {
    Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
    const adapter = createFakeAdapter();
    const save = jest.fn();
    const { container } = await renderPane(adapter, "zh-CN", save);
    const plan = {
      format: "gridscore-plan/1",
      organization: "示例市网格化服务管理中心",
      level: "city",
      members: [{ name: "甲", role: "组长" }, { name: "乙" }],
      notApplicable: [{ item: "A.3.3", reason: "本市无跨部门联办事项" }],
    };
    const pickPlan = async (json: string) => {
      const input = container.querySelector<HTMLInputElement>('[data-testid="plan-file"]')!;
      const file = new File([json], "plan.json", { type: "application/json" });
      Object.defineProperty(file, "text", { value: () => Promise.resolve(json) });
      await act(async () => {
        Object.defineProperty(input, "files", { value: [file], configurable: true });
        input.dispatchEvent(new Event("change", { bubbles: true }));
        await Promise.resolve();
      });
      await flush(3);
    };
    await pickPlan("{ not json");
    expect(text(container)).toContain(
      stringsZhCN.export.planInvalid("plan.json", "不是有效的 JSON 文件")
    );
    await click(buttonByText("生成空白评分表"));
    expect(save).not.toHaveBeenCalled();
    await pickPlan(JSON.stringify(plan));
    expect(text(container.querySelector('[data-testid="plan-name"]'))).toBe("plan.json");
    expect(text(container)).toContain(stringsZhCN.export.planLoaded(2, 1));
    await click(buttonByText("生成空白评分表"));
    for (let i = 0; i < 50 && save.mock.calls.length < 2; i += 1) await flush(2);
    await flush();
    expect(save.mock.calls.map((c) => c[1])).toEqual(["评分表-甲.xlsx", "评分表-乙.xlsx"]);
    expect(text(container.querySelector("#gridscore-status"))).toBe(
      stringsZhCN.export.blankDone(2)
    );
  });
});
